/**
 * Messages between the dashboard webview and the VS Code extension that hosts it: one union per
 * direction, each handled with an exhaustive switch. Shared by client/src/dashboard and webview/src,
 * so this file imports nothing but types.
 *
 * Why postMessage and not a WebSocket from the webview: the admin token stays in the extension host
 * (the webview never sees it, so script injected into the page could not steal it), the webview's CSP
 * needs no `connect-src` at all, and the daemon sees the same authenticated client as every other
 * extension request. The browser page, served by the daemon itself, uses fetch and /ws directly with
 * its session cookie; both hosts feed the same `DashboardTransport` in the bundle.
 */
import type { StreamMessage } from './stream';

/** Bumped when a message changes shape incompatibly. */
export const WEBVIEW_PROTOCOL_VERSION = 1;

/** Where the dashboard runs: a VS Code editor panel, the sidebar view, or a browser tab. */
export type DashboardHost = 'panel' | 'sidebar' | 'browser';

/** The link to the daemon as the dashboard shows it. `unreachable` replaces data with a notice. */
export type ConnectionState =
  | { status: 'connecting'; attempt: number }
  | { status: 'open' }
  | { status: 'unreachable'; reason: string; attempt: number; retryInMs: number }
  /** The extension knows no daemon at all (not started, or stopped on purpose). */
  | { status: 'stopped'; reason: string };

export type HttpMethod = 'GET' | 'POST';

/** The outcome of one proxied API call: the daemon's status and JSON body (status 0: no answer). */
export interface ApiResponse {
  status: number;
  body: unknown;
}

/** An answer's status and text as an ApiResponse: the JSON body, or the start of a non-JSON body as an error message. */
export function apiResponseOf(status: number, text: string): ApiResponse {
  try {
    return { status, body: text ? (JSON.parse(text) as unknown) : {} };
  } catch {
    return { status, body: { error: { message: text.slice(0, 300) } } };
  }
}

/** Extension → webview. */
export type HostToWebview =
  | { type: 'init'; protocol: number; host: DashboardHost }
  | { type: 'connection'; state: ConnectionState }
  /** Live-stream messages in arrival order, batched (a flood costs a few postMessage calls, not thousands). */
  | { type: 'stream'; messages: StreamMessage[] }
  | { type: 'response'; id: number; response: ApiResponse };

/** Webview → extension. */
export type WebviewToHost =
  /** The page has loaded and listens; the extension answers with `init` and the connection state. */
  | { type: 'ready'; protocol: number }
  /** An API call the extension makes with its token. Only `/api/…` paths are forwarded. */
  | { type: 'request'; id: number; method: HttpMethod; path: string; body?: unknown }
  /** Open a rule's documentation page in the editor. */
  | { type: 'openRuleDoc'; ruleId: string }
  /** Try the daemon again now instead of waiting for the next backoff step. */
  | { type: 'reconnect' }
  /** What the page shows now (sent when it changes, throttled): lets the extension and its tests see the page is live. */
  | { type: 'shown'; view: DashboardShown };

export interface DashboardShown {
  connection: ConnectionState['status'];
  /** The REST snapshot is loaded and live messages apply on top of it. */
  synced: boolean;
  tab: string;
  alerts: number;
  latestAlertId?: string;
}

/** Paths the extension forwards for the webview: the API and nothing else (no /metrics, no /login). */
export function isProxiablePath(path: string): boolean {
  return /^\/api\/[\w\-./:%@]*(\?[\w\-.=&%:@,+]*)?$/.test(path) && !path.includes('..') && path.length <= 2048;
}

/** Rule ids as the catalog spells them; anything else is never turned into a file path or URL. */
export function isRuleId(id: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,79}$/.test(id);
}
