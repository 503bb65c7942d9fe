import type { StreamMessage } from '../../../daemon/src/protocol/stream';
import { apiResponseOf } from '../../../daemon/src/protocol/webview';
import { Backoff } from './backoff';
import { noAnswer, parseStreamFrame, type ApiResponse, type DashboardTransport, type HttpMethod, type TransportEvents } from './transport';

/**
 * The browser page: same-origin fetch and WebSocket, authenticated by the HttpOnly session cookie
 * the one-time login link set. Reconnects with backoff whenever the socket closes.
 */
export class BrowserTransport implements DashboardTransport {
  readonly host = 'browser' as const;
  private events: TransportEvents | undefined;
  private socket: WebSocket | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly backoff = new Backoff();

  constructor(private readonly location: Location = window.location) {}

  start(events: TransportEvents): void {
    this.events = events;
    this.connect();
  }

  async request(method: HttpMethod, path: string, body?: unknown): Promise<ApiResponse> {
    try {
      const res = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return apiResponseOf(res.status, await res.text());
    } catch (e) {
      return noAnswer(e instanceof Error ? e.message : 'the daemon did not answer');
    }
  }

  ruleDocHref(ruleId: string): string {
    return `/docs/rules/${encodeURIComponent(ruleId)}`;
  }

  openRuleDoc(ruleId: string): void {
    window.open(this.ruleDocHref(ruleId), '_blank', 'noopener');
  }

  reconnect(): void {
    if (this.socket) return;
    clearTimeout(this.timer);
    this.connect();
  }

  saveViewState(state: Record<string, string>): void {
    const hash = new URLSearchParams(state).toString();
    history.replaceState(null, '', `#${hash}`);
  }

  loadViewState(): Record<string, string> {
    return Object.fromEntries(new URLSearchParams(this.location.hash.slice(1)));
  }

  reportShown(): void {
    // Nobody hosts the browser page.
  }

  private connect(): void {
    const events = this.events;
    if (!events) return;
    events.connection({ status: 'connecting', attempt: this.backoff.attempt });
    const scheme = this.location.protocol === 'https:' ? 'wss' : 'ws';
    let socket: WebSocket;
    try {
      socket = new WebSocket(`${scheme}://${this.location.host}/ws`, ['soc.v1']);
    } catch (e) {
      this.scheduleRetry(e instanceof Error ? e.message : 'cannot open the live stream');
      return;
    }
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      events.connection({ status: 'open' });
    };
    socket.onmessage = (ev: MessageEvent) => {
      const msg: StreamMessage | undefined = parseStreamFrame(ev.data);
      if (!msg) return;
      if (msg.type === 'hello') this.backoff.reset();
      events.stream(msg);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      void this.explainAndRetry(opened);
    };
  }

  /** A closed socket says nothing about why; ask the daemon whether it is down or the login ran out. */
  private async explainAndRetry(wasOpen: boolean): Promise<void> {
    const probe = await this.request('GET', '/api/soc/status');
    let reason = wasOpen ? 'the connection to the daemon was lost' : 'the daemon is not reachable';
    if (probe.status === 401) reason = 'not signed in: the daemon restarted or the session expired — open a new login link (`soc-agents daemon` prints one)';
    else if (probe.status !== 0 && probe.status !== 200) reason = `the daemon answered ${probe.status}`;
    this.scheduleRetry(reason);
  }

  private scheduleRetry(reason: string): void {
    const retryInMs = this.backoff.next();
    this.events?.connection({ status: 'unreachable', reason, attempt: this.backoff.attempt, retryInMs });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.connect(), retryInMs);
  }
}
