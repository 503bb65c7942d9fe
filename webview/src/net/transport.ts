import type { StreamMessage } from '../../../daemon/src/protocol/stream';
import type { ApiResponse, ConnectionState, DashboardHost, DashboardShown, HttpMethod } from '../../../daemon/src/protocol/webview';

export type { ApiResponse, ConnectionState, DashboardHost, DashboardShown, HttpMethod };

/** What a transport reports: the link's state and every live-stream message, in order. */
export interface TransportEvents {
  connection(state: ConnectionState): void;
  stream(message: StreamMessage): void;
}

/**
 * How the dashboard reaches the daemon. The browser page talks to it directly (fetch + /ws with
 * the session cookie); inside VS Code the extension does it for the page over postMessage.
 */
export interface DashboardTransport {
  readonly host: DashboardHost;
  start(events: TransportEvents): void;
  /** One API call; never rejects: a missing answer is status 0 with an error body. */
  request(method: HttpMethod, path: string, body?: unknown): Promise<ApiResponse>;
  /** A real link target for a rule's documentation, or undefined when `openRuleDoc` must be used. */
  ruleDocHref(ruleId: string): string | undefined;
  openRuleDoc(ruleId: string): void;
  /** Skip the rest of the backoff wait and try the daemon now. */
  reconnect(): void;
  /** Small UI state (selected tab) kept across reloads of the page or the hidden webview. */
  saveViewState(state: Record<string, string>): void;
  loadViewState(): Record<string, string>;
  /** Tells the host what the page shows now (VS Code: the extension and its tests; the browser: nobody). */
  reportShown(view: DashboardShown): void;
}

/** Turns a fetch-like failure into the transport's "no answer" response. */
export function noAnswer(message: string): ApiResponse {
  return { status: 0, body: { error: { message } } };
}

/** A live-stream frame is trusted only as far as its shape: an object with a string `type`. */
export function parseStreamFrame(data: unknown): StreamMessage | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const msg = JSON.parse(data) as unknown;
    if (msg && typeof msg === 'object' && typeof (msg as { type?: unknown }).type === 'string') return msg as StreamMessage;
  } catch {
    // A malformed frame is skipped, never fatal.
  }
  return undefined;
}
