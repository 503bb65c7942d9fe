import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { urlToHttpOptions } from 'node:url';
import { displayUrl } from '../../llm/chat-backend';
import { redactSecrets } from '../../util/logger';
import { HttpError } from '../http-error';
import type { UpstreamConfig } from './proxy-deps';
import { UpstreamError } from './proxy-errors';

/**
 * One upstream call's cancellation: a timer (to the headers, then reset on every chunk of a stream)
 * and the client's disconnect. Knows which of the two fired. A plain callback stops the request
 * rather than an AbortSignal: the signal's listeners and the stream wiring it sets up cost more
 * than the rest of the upstream call's setup (measured: bench/proxy.ts).
 */
export class Deadline {
  private timer: NodeJS.Timeout | undefined;
  private stop: ((reason: Error) => void) | undefined;
  private reason: Error | undefined;
  timedOut = false;
  clientGone = false;

  constructor(private readonly ms: number) {
    this.arm();
  }

  /** What stops the upstream call; runs at once when the deadline already passed or the client left. */
  bind(stop: (reason: Error) => void): void {
    this.stop = stop;
    if (this.reason) stop(this.reason);
  }

  /** (Re)starts the timer from now. */
  arm(): void {
    if (this.reason) return;
    if (this.timer) {
      // Called on every chunk of a stream: one timer re-armed in place, not a new one each time.
      this.timer.refresh();
      return;
    }
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.abort(new Error('upstream timeout'));
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
    this.abort(new Error('client disconnected'));
  }

  private abort(reason: Error): void {
    if (this.reason) return;
    this.reason = reason;
    this.timer = undefined;
    this.stop?.(reason);
  }

  /** The failure to report for an exception raised while talking to the upstream. */
  failure(e: unknown, where: string): UpstreamError {
    if (this.timedOut) return new UpstreamError('upstream_timeout', `the upstream model server did not answer within ${this.ms} ms (${where})`);
    const err = e as { code?: unknown; cause?: { code?: unknown } };
    const raw = typeof err.code === 'string' ? err.code : typeof err.cause?.code === 'string' ? err.cause.code : undefined;
    const code = raw && raw !== 'ABORT_ERR' && !this.reason ? ` (${raw})` : '';
    const what = where === 'connecting' ? 'could not be reached' : `connection failed while ${where}`;
    return new UpstreamError('upstream_unreachable', `the upstream model server ${what}${code}`);
  }
}

interface UpstreamErrorBody {
  error?: { message?: unknown; type?: unknown; code?: unknown };
}

/** Reads a body up to `max` bytes; larger bodies are an error, never buffered whole. */
export async function readCapped(res: Readable, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res) {
    const b = chunk as Buffer;
    size += b.byteLength;
    if (size > max) {
      res.destroy();
      throw new UpstreamError('upstream_bad_response', `the upstream response exceeds ${max} bytes`);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function header(res: IncomingMessage, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The upstream as the proxy sees it: the client's JSON body forwarded as is, with the proxy's own
 * key (the client's Authorization is the SOC token and never leaves the daemon).
 *
 * Plain node:http(s) with a keep-alive pool rather than fetch: on loopback fetch costs about 0.5 ms
 * more CPU and 1 ms more latency per call (measured), most of the proxy's 2 ms budget.
 */
export class UpstreamClient {
  private readonly lib: typeof http | typeof https;
  private readonly agent: http.Agent;
  /** Host, port and credentials of the base URL, parsed once rather than per call. */
  private readonly target: http.RequestOptions;
  private readonly basePath: string;

  constructor(private readonly cfg: UpstreamConfig) {
    const base = new URL(cfg.baseURL.replace(/\/+$/, ''));
    this.lib = base.protocol === 'https:' ? https : http;
    this.agent = new this.lib.Agent({ keepAlive: true, maxSockets: 256 });
    this.basePath = base.pathname.replace(/\/+$/, '');
    base.pathname = '/';
    base.search = '';
    this.target = urlToHttpOptions(base);
  }

  get timeoutMs(): number {
    return this.cfg.timeoutMs;
  }

  where(): string {
    return displayUrl(this.cfg.baseURL);
  }

  /** Idle pooled connections are closed (daemon shutdown). */
  close(): void {
    this.agent.destroy();
  }

  /** Sends the request and resolves with a 2xx response (headers read); anything else throws. */
  async send(method: 'GET' | 'POST', path: string, body: unknown, deadline: Deadline, accept: string): Promise<IncomingMessage> {
    const headers: Record<string, string | number> = { accept };
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    if (this.cfg.apiKey) headers.authorization = `Bearer ${this.cfg.apiKey}`;
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      let req: http.ClientRequest;
      try {
        req = this.lib.request({ ...this.target, path: `${this.basePath}${path}`, method, headers, agent: this.agent }, resolve);
      } catch (e) {
        reject(deadline.failure(e, 'connecting'));
        return;
      }
      req.on('error', (e) => reject(deadline.failure(e, 'connecting')));
      // Destroying the request also ends its response, if it came: a reader of the body sees the error.
      deadline.bind((reason) => req.destroy(reason));
      req.end(payload);
    });
    if (res.statusCode !== undefined && res.statusCode >= 200 && res.statusCode < 300) return res;
    throw await this.rejection(res, deadline);
  }

  /** A non-2xx answer: the client's own mistakes (4xx) pass through, the rest is the upstream's fault. */
  private async rejection(res: IncomingMessage, deadline: Deadline): Promise<Error> {
    const status = res.statusCode ?? 502;
    let text = '';
    try {
      text = await readCapped(res, 64 * 1024);
    } catch (e) {
      if (deadline.timedOut) return deadline.failure(e, 'reading an error');
    }
    if (status === 401 || status === 403) {
      return new UpstreamError('upstream_auth', `the upstream model server refused the proxy's credentials (HTTP ${status}); check the upstream API key the daemon is configured with`, status);
    }
    if (status >= 400 && status < 500) {
      let parsed: UpstreamErrorBody = {};
      try {
        parsed = JSON.parse(text) as UpstreamErrorBody;
      } catch {
        // not JSON: a generic message below
      }
      const e = parsed.error;
      const message = typeof e?.message === 'string' && e.message !== '' ? redactSecrets(e.message).slice(0, 500) : `the upstream model server answered HTTP ${status}`;
      const type = typeof e?.type === 'string' ? e.type.slice(0, 64) : 'invalid_request_error';
      const code = typeof e?.code === 'string' ? e.code.slice(0, 64) : `upstream_${status}`;
      const retry = header(res, 'retry-after');
      return new HttpError(status, message, code, type, retry && /^\d{1,6}$/.test(retry) ? { 'Retry-After': retry } : {});
    }
    return new UpstreamError('upstream_status', `the upstream model server failed (HTTP ${status})`, status);
  }
}
