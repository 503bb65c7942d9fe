import {
  WEBVIEW_PROTOCOL_VERSION,
  type DashboardHost,
  type DashboardShown,
  type HostToWebview,
  type WebviewToHost,
} from '../../../daemon/src/protocol/webview';
import { noAnswer, type ApiResponse, type DashboardTransport, type HttpMethod, type TransportEvents } from './transport';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** True inside a VS Code webview (the host injects `acquireVsCodeApi`). */
export function inVsCode(): boolean {
  return typeof (globalThis as { acquireVsCodeApi?: unknown }).acquireVsCodeApi === 'function';
}

const REQUEST_TIMEOUT_MS = 60_000;

/**
 * Inside VS Code: the extension holds the token and the live-stream socket; this side only sends
 * typed requests and receives typed messages (daemon/src/protocol/webview.ts).
 */
export class VsCodeTransport implements DashboardTransport {
  private readonly api: VsCodeApi = acquireVsCodeApi();
  private readonly pending = new Map<number, { resolve: (r: ApiResponse) => void; timer: ReturnType<typeof setTimeout> }>();
  private nextId = 1;
  private events: TransportEvents | undefined;
  host: DashboardHost;

  constructor(host: DashboardHost) {
    this.host = host;
  }

  start(events: TransportEvents): void {
    this.events = events;
    window.addEventListener('message', (ev: MessageEvent<HostToWebview>) => this.onMessage(ev.data));
    this.post({ type: 'ready', protocol: WEBVIEW_PROTOCOL_VERSION });
  }

  request(method: HttpMethod, path: string, body?: unknown): Promise<ApiResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(noAnswer('the extension did not answer in time'));
      }, REQUEST_TIMEOUT_MS);
      this.pending.set(id, { resolve, timer });
      this.post({ type: 'request', id, method, path, ...(body === undefined ? {} : { body }) });
    });
  }

  ruleDocHref(): undefined {
    return undefined;
  }

  openRuleDoc(ruleId: string): void {
    this.post({ type: 'openRuleDoc', ruleId });
  }

  reconnect(): void {
    this.post({ type: 'reconnect' });
  }

  saveViewState(state: Record<string, string>): void {
    this.api.setState(state);
  }

  loadViewState(): Record<string, string> {
    const s = this.api.getState();
    if (!s || typeof s !== 'object') return {};
    return Object.fromEntries(Object.entries(s).filter((e): e is [string, string] => typeof e[1] === 'string'));
  }

  reportShown(view: DashboardShown): void {
    this.post({ type: 'shown', view });
  }

  private post(message: WebviewToHost): void {
    this.api.postMessage(message);
  }

  private onMessage(msg: HostToWebview | undefined): void {
    if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string') return;
    switch (msg.type) {
      case 'init':
        this.host = msg.host;
        document.body.dataset.host = msg.host;
        return;
      case 'connection':
        this.events?.connection(msg.state);
        return;
      case 'stream':
        for (const m of msg.messages) this.events?.stream(m);
        return;
      case 'response': {
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        clearTimeout(p.timer);
        p.resolve(msg.response);
        return;
      }
      default:
        assertNever(msg);
    }
  }
}

/** Exhaustiveness: a new message type that is not handled above fails to compile. */
function assertNever(x: never): void {
  void x;
}
