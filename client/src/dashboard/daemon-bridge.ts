import WebSocket from 'ws';
import type { StreamMessage } from '../../../daemon/src/protocol/stream';
import type { ApiResponse, ConnectionState, HostToWebview, HttpMethod } from '../../../daemon/src/protocol/webview';
import { apiResponseOf, isProxiablePath } from '../../../daemon/src/protocol/webview';
import { Backoff } from '../../../webview/src/net/backoff';

/** Where the daemon is and the token to use; undefined while it is not running. */
export interface DaemonEndpoint {
  /** Base URL, e.g. `http://127.0.0.1:8787` (no trailing slash needed). */
  url: string;
  token: string;
}

export interface Disposable {
  dispose(): void;
}

/** What the extension tells the dashboard about its daemon. */
export interface DaemonEndpointSource {
  endpoint(): DaemonEndpoint | undefined;
  /** Fires when the daemon starts, stops, restarts or moves to another port. */
  onDidChangeEndpoint(listener: () => void): Disposable;
}

export interface BridgeOptions {
  backoff?: Backoff;
  /** Longest wait before live messages are handed on as one batch. */
  batchMs?: number;
  requestTimeoutMs?: number;
  log?: (message: string) => void;
}

type Sink = (message: HostToWebview) => void;

const MAX_BODY_CHARS = 1_000_000;

/**
 * The extension side of the dashboard: one live-stream socket and the token, shared by every open
 * dashboard (panel and sidebar). Webviews never see the token; they get typed messages. Free of
 * `vscode` so tests drive it with a real daemon and a real browser page.
 */
export class DaemonBridge implements Disposable {
  private readonly sinks = new Set<Sink>();
  private readonly backoff: Backoff;
  private readonly batchMs: number;
  private readonly requestTimeoutMs: number;
  private current: ConnectionState = { status: 'connecting', attempt: 0 };
  private socket: WebSocket | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private batch: StreamMessage[] = [];
  /** The socket's hello: a webview attached later needs it to load its snapshot. */
  private hello: StreamMessage | undefined;
  private batchTimer: NodeJS.Timeout | undefined;
  private readonly watch: Disposable;
  private disposed = false;

  constructor(
    private readonly source: DaemonEndpointSource,
    private readonly options: BridgeOptions = {},
  ) {
    this.backoff = options.backoff ?? new Backoff();
    this.batchMs = options.batchMs ?? 30;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 60_000;
    // A restart or a new port: drop the old socket and connect at once.
    this.watch = source.onDidChangeEndpoint(() => {
      this.backoff.reset();
      this.reconnect(true);
    });
  }

  get state(): ConnectionState {
    return this.current;
  }

  /** Starts delivering to `sink` (connecting if this is the first); it gets the current state at once. */
  attach(sink: Sink): Disposable {
    this.sinks.add(sink);
    sink({ type: 'connection', state: this.current });
    if (this.current.status === 'open' && this.hello) sink({ type: 'stream', messages: [this.hello] });
    if (!this.socket && !this.retryTimer) this.connect();
    return {
      dispose: () => {
        this.sinks.delete(sink);
        if (this.sinks.size === 0) this.close();
      },
    };
  }

  /** Skip the backoff wait (or, with `force`, drop a live socket) and connect now. */
  reconnect(force = false): void {
    if (this.disposed || this.sinks.size === 0) return;
    if (this.socket && !force) return;
    this.close();
    this.connect();
  }

  /** One API call with the token; never throws (no answer is status 0). */
  async request(method: HttpMethod, path: string, body?: unknown): Promise<ApiResponse> {
    const ep = this.source.endpoint();
    if (!ep) return { status: 0, body: { error: { message: 'the SOC daemon is not running' } } };
    if ((method !== 'GET' && method !== 'POST') || !isProxiablePath(path)) return { status: 400, body: { error: { message: 'the dashboard may only call the /api/ routes' } } };
    const json = body === undefined ? undefined : JSON.stringify(body);
    if (json !== undefined && json.length > MAX_BODY_CHARS) return { status: 413, body: { error: { message: 'request too large' } } };
    try {
      const res = await fetch(ep.url.replace(/\/$/, '') + path, {
        method,
        headers: { authorization: `Bearer ${ep.token}`, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(json === undefined ? {} : { body: json }),
        signal: AbortSignal.timeout(this.requestTimeoutMs),
      });
      return apiResponseOf(res.status, await res.text());
    } catch (e) {
      return { status: 0, body: { error: { message: e instanceof Error ? e.message : 'the daemon did not answer' } } };
    }
  }

  dispose(): void {
    this.disposed = true;
    this.watch.dispose();
    this.sinks.clear();
    this.close();
  }

  private setState(state: ConnectionState): void {
    this.current = state;
    this.flush();
    for (const sink of this.sinks) sink({ type: 'connection', state });
  }

  private connect(): void {
    if (this.disposed) return;
    const ep = this.source.endpoint();
    if (!ep) {
      this.setState({ status: 'stopped', reason: 'The SOC daemon is not running. It starts with the extension; see the SOC output channel if it failed.' });
      return;
    }
    this.setState({ status: 'connecting', attempt: this.backoff.attempt });
    const wsUrl = ep.url.replace(/^http/, 'ws').replace(/\/$/, '') + '/ws';
    const socket = new WebSocket(wsUrl, ['soc.v1'], { headers: { authorization: `Bearer ${ep.token}` }, handshakeTimeout: 10_000 });
    this.socket = socket;
    let failure = 'the daemon is not reachable';
    this.hello = undefined;
    socket.on('open', () => this.setState({ status: 'open' }));
    socket.on('message', (data: WebSocket.RawData) => this.onFrame(data));
    socket.on('unexpected-response', (_req, res) => {
      failure = res.statusCode === 401 ? 'the daemon refused the token (401)' : `the daemon answered ${res.statusCode ?? '?'}`;
      res.resume();
      socket.terminate();
    });
    socket.on('error', (e: Error) => {
      if (e.message) failure = `the daemon is not reachable (${e.message})`;
    });
    socket.on('close', () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.hello = undefined;
      this.scheduleRetry(failure);
    });
  }

  private onFrame(data: WebSocket.RawData): void {
    let msg: StreamMessage;
    try {
      const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8');
      msg = JSON.parse(text) as StreamMessage;
    } catch {
      return;
    }
    if (!msg || typeof msg.type !== 'string') return;
    if (msg.type === 'hello') {
      this.backoff.reset();
      this.hello = msg;
    }
    this.batch.push(msg);
    if (this.batch.length >= 500) this.flush();
    else this.batchTimer ??= setTimeout(() => this.flush(), this.batchMs);
  }

  private flush(): void {
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    if (!this.batch.length) return;
    const messages = this.batch;
    this.batch = [];
    for (const sink of this.sinks) sink({ type: 'stream', messages });
  }

  private scheduleRetry(reason: string): void {
    if (this.disposed || this.sinks.size === 0) return;
    const retryInMs = this.backoff.next();
    this.options.log?.(`dashboard: live stream closed (${reason}); retrying in ${retryInMs} ms`);
    this.setState({ status: 'unreachable', reason, attempt: this.backoff.attempt, retryInMs });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.connect();
    }, retryInMs);
  }

  private close(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.flush();
    const s = this.socket;
    this.socket = undefined;
    if (s) {
      s.removeAllListeners();
      s.on('error', () => undefined);
      s.terminate();
    }
  }
}
