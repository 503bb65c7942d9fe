import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../daemon/src/protocol/lsp';
import type { SocClientApi } from './api';
import { COMMANDS } from './command-ids';
import { registerCommands } from './commands/register';
import { registerDashboard } from './dashboard';
import { dashboardApi } from './dashboard-api';
import { DaemonClient } from './daemon-client';
import { StatusBar } from './status-bar';

export type { SocClientApi } from './api';

let daemon: DaemonClient | undefined;

/**
 * Thin wiring: a log channel, the daemon (language server + HTTP daemon in one process), the status
 * bar and the commands. Returns the API the dashboard panel and the tests use.
 */
export async function activate(context: vscode.ExtensionContext): Promise<SocClientApi> {
  const log = vscode.window.createOutputChannel('SOC AI Agents', { log: true });
  const statusBar = new StatusBar();
  daemon = new DaemonClient(context, log);
  const client = daemon;
  context.subscriptions.push(log, statusBar, client, client.onStatus((s) => statusBar.show(s)), ...registerCommands({ context, daemon: client, log }));
  // The dashboard (panel + sidebar) takes `socAgents.openDashboard`; the browser page is `openDashboardInBrowser`.
  registerDashboard(context, dashboardApi(client, log));
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // Everything else applies live; the port is bound at start.
      if (!e.affectsConfiguration(`${SETTINGS_SECTION}.daemon.port`)) return;
      const choice = await vscode.window.showInformationMessage('SOC AI Agents: the daemon port changed. Restart the daemon to use it?', 'Restart Daemon');
      if (choice) await vscode.commands.executeCommand(COMMANDS.restartDaemon);
    }),
  );
  await client.start();
  return {
    get status() {
      return client.status;
    },
    onStatus: client.onStatus,
    connection: () => client.connection(),
    loginUrl: () => client.loginUrl(),
    log,
  };
}

export async function deactivate(): Promise<void> {
  await daemon?.stop();
  daemon = undefined;
}
