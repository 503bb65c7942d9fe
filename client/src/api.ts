import type * as vscode from 'vscode';
import type { DaemonConnection, DaemonStatus } from '../../daemon/src/protocol/lsp';

/**
 * What the extension exports from `activate` (and hands to the dashboard panel code): how to reach
 * the daemon and when its health changes. The token never leaves the extension host.
 */
export interface SocClientApi {
  /** The latest daemon status (`starting` until the language server reports). */
  readonly status: DaemonStatus;
  readonly onStatus: vscode.Event<DaemonStatus>;
  /** URL and admin token while the daemon runs; undefined when it is down. */
  connection(): DaemonConnection | undefined;
  /** A fresh one-time login URL for a browser; undefined when the daemon is down. */
  loginUrl(): Promise<string | undefined>;
  /** The log channel the extension writes to (the panel may log there too). */
  readonly log: vscode.LogOutputChannel;
}
