import { displayUrl } from '../../llm/chat-backend';
import { redactSecrets } from '../../util/logger';
import { HttpError } from '../http-error';
import type { UpstreamConfig } from './proxy-deps';
import { UpstreamError } from './proxy-errors';

/**
 * One upstream call's cancellation: a timer (to the headers, then reset on every chunk of a stream)
 * and the client's disconnect, on one AbortController. Knows which of the two fired.
 */
export class Deadline {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  timedOut = false;
  clientGone = false;

  constructor(private readonly ms: number) {
    this.arm();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** (Re)starts the timer. */
  arm(): void {
    this.disarm();
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort(new Error('upstream timeout'));
    }, this.ms);
    this.timer.unref();
  }

  disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The client went away: the upstream request is not needed any more. */
  cancel(): void {
    this.clientGone = true;
    this.disarm();
    this.controller.abort(new Error('client disconnected'));
  }

  /** The failure to report for an exception raised while talking to the upstream. */
  failure(e: unknown, where: string): UpstreamError {
    if (this.timedOut) return new UpstreamError('upstream_timeout', `the upstream model server did not answer within ${this.ms} ms (${where})`);
    const cause = (e as { cause?: { code?: unknown } }).cause;
    const code = typeof cause?.code === 'string' ? ` (${cause.code})` : '';
    return new UpstreamError('upstream_unreachable', `the upstream model server could not be reached${code}`);
  }
}

interface UpstreamErrorBody {
  error?: { message?: unknown; type?: unknown; code?: unknown };
}

/** Reads a body up to `max` bytes; larger bodies are an error, never buffered whole. */
export async function readCapped(res: Response, max: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new UpstreamError('upstream_bad_response', `the upstream response exceeds ${max} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The upstream as the proxy sees it: the client's JSON body forwarded as is, with the proxy's own
 * key (the client's Authorization is the SOC token and never leaves the daemon).
 */
export class UpstreamClient {
  constructor(
    private readonly cfg: UpstreamConfig,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  get timeoutMs(): number {
    return this.cfg.timeoutMs;
  }

  where(): string {
    return displayUrl(this.cfg.baseURL);
  }

  /** Sends the request and resolves with a 2xx response (headers read); anything else throws. */
  async send(method: 'GET' | 'POST', path: string, body: unknown, deadline: Deadline, accept: string): Promise<Response> {
    const headers: Record<string, string> = { accept };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cfg.apiKey) headers.authorization = `Bearer ${this.cfg.apiKey}`;
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.cfg.baseURL.replace(/\/+$/, '')}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: deadline.signal,
        redirect: 'error',
      });
    } catch (e) {
      throw deadline.failure(e, 'connecting');
    }
    if (res.ok) return res;
    throw await this.rejection(res, deadline);
  }

  /** A non-2xx answer: the client's own mistakes (4xx) pass through, the rest is the upstream's fault. */
  private async rejection(res: Response, deadline: Deadline): Promise<Error> {
    let text = '';
    try {
      text = await readCapped(res, 64 * 1024);
    } catch (e) {
      if (deadline.timedOut) return deadline.failure(e, 'reading an error');
    }
    if (res.status === 401 || res.status === 403) {
      return new UpstreamError('upstream_auth', `the upstream model server refused the proxy's credentials (HTTP ${res.status}); check the upstream API key the daemon is configured with`, res.status);
    }
    if (res.status >= 400 && res.status < 500) {
      let parsed: UpstreamErrorBody = {};
      try {
        parsed = JSON.parse(text) as UpstreamErrorBody;
      } catch {
        // not JSON: a generic message below
      }
      const e = parsed.error;
      const message = typeof e?.message === 'string' && e.message !== '' ? redactSecrets(e.message).slice(0, 500) : `the upstream model server answered HTTP ${res.status}`;
      const type = typeof e?.type === 'string' ? e.type.slice(0, 64) : 'invalid_request_error';
      const code = typeof e?.code === 'string' ? e.code.slice(0, 64) : `upstream_${res.status}`;
      const retry = res.headers.get('retry-after');
      return new HttpError(res.status, message, code, type, retry && /^\d{1,6}$/.test(retry) ? { 'Retry-After': retry } : {});
    }
    return new UpstreamError('upstream_status', `the upstream model server failed (HTTP ${res.status})`, res.status);
  }
}
