import type { Request, Response } from 'express';
import { fallbackModels } from './fallback-completion';
import type { ProxyDeps } from './proxy-deps';
import { gateRefusal, UpstreamError } from './proxy-errors';
import { Deadline, readCapped, type UpstreamClient } from './upstream-client';

/** GET /v1/models: the upstream's list as it sent it, or the fallback model when there is no upstream. */
export async function handleModels(deps: ProxyDeps, upstream: UpstreamClient | undefined, req: Request, res: Response): Promise<void> {
  const gate = deps.soc.gate({ ip: deps.clientIp(req) });
  if (!gate.allowed) throw gateRefusal(gate);
  if (!upstream) {
    res.json(fallbackModels(deps.clock.now()));
    return;
  }
  const deadline = new Deadline(upstream.timeoutMs);
  res.on('close', () => {
    if (!res.writableFinished) deadline.cancel();
  });
  try {
    const up = await upstream.send('GET', '/models', undefined, deadline, 'application/json');
    const text = await readCapped(up, 4 * 1024 * 1024).catch((e: unknown) => {
      throw e instanceof UpstreamError ? e : deadline.failure(e, 'reading the model list');
    });
    try {
      JSON.parse(text);
    } catch {
      throw new UpstreamError('upstream_bad_response', 'the upstream model server sent a model list that is not JSON');
    }
    res.status(200).type('application/json').send(text);
  } catch (e) {
    if (e instanceof UpstreamError) {
      deps.logger.log('warn', 'proxy: model list failed', { code: e.code, upstream: upstream.where() });
      throw e.toHttp();
    }
    throw e;
  } finally {
    deadline.disarm();
  }
}
