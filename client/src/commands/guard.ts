import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from '../command-ids';
import type { DaemonClient } from '../daemon-client';
import { DaemonHttp, DaemonHttpError } from '../daemon-http';

export interface CommandDeps {
  context: vscode.ExtensionContext;
  daemon: DaemonClient;
  log: vscode.LogOutputChannel;
}

export const DAEMON_DOWN = 'SOC AI Agents daemon is not running — Restart Daemon?';

/** What a command that needs the daemon returns while it is down (also to callers of executeCommand). */
export interface DaemonDown {
  readonly daemonDown: true;
  readonly message: string;
}

/**
 * Says plainly that the daemon is down and offers the restart (rust-analyzer's command factories).
 * The notification is not awaited: a command run from a keybinding or another extension returns at
 * once instead of hanging until someone dismisses it.
 */
export function reportDaemonDown(): DaemonDown {
  void vscode.window.showErrorMessage(DAEMON_DOWN, 'Restart Daemon', 'Show Logs').then(async (choice) => {
    if (choice === 'Restart Daemon') await vscode.commands.executeCommand(COMMANDS.restartDaemon);
    if (choice === 'Show Logs') await vscode.commands.executeCommand(COMMANDS.showLogs);
  });
  return { daemonDown: true, message: DAEMON_DOWN };
}

function unreachable(e: unknown): boolean {
  // fetch rejects with a TypeError whose cause is the socket error (ECONNREFUSED, ECONNRESET).
  return e instanceof TypeError || (e instanceof Error && e.name === 'TimeoutError');
}

function reportError(deps: CommandDeps, e: unknown): DaemonDown | undefined {
  if (unreachable(e)) return reportDaemonDown();
  const message = e instanceof DaemonHttpError ? e.message : (e as Error).message;
  deps.log.error(`command failed: ${message}`);
  void vscode.window.showErrorMessage(`SOC AI Agents: ${message}`);
  return undefined;
}

/** A command that needs the daemon's HTTP API. */
export function withDaemon<A extends unknown[], R>(deps: CommandDeps, run: (http: DaemonHttp, ...args: A) => Promise<R>): (...args: A) => Promise<R | DaemonDown | undefined> {
  return async (...args: A) => {
    const conn = deps.daemon.connection();
    if (!conn) return reportDaemonDown();
    try {
      return await run(new DaemonHttp(conn), ...args);
    } catch (e) {
      return reportError(deps, e);
    }
  };
}

/** A command that needs the language server (scan, export). */
export function withClient<A extends unknown[], R>(deps: CommandDeps, run: (client: LanguageClient, ...args: A) => Promise<R>): (...args: A) => Promise<R | DaemonDown | undefined> {
  return async (...args: A) => {
    const client = deps.daemon.languageClient;
    if (!client) return reportDaemonDown();
    try {
      return await run(client, ...args);
    } catch (e) {
      return reportError(deps, e);
    }
  };
}
