import * as vscode from 'vscode';
import type { DaemonStatus } from '../../daemon/src/protocol/lsp';
import { COMMANDS } from './command-ids';

/** One status-bar item driven by the daemon's health (rust-analyzer's serverStatus, biome's states). */
export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor() {
    this.item = vscode.window.createStatusBarItem('socAgents.status', vscode.StatusBarAlignment.Left, 10);
    this.item.name = 'SOC AI Agents';
    this.show({ state: 'starting', url: '', port: 0, openAlerts: 0 });
    this.item.show();
  }

  show(status: DaemonStatus): void {
    const { item } = this;
    item.backgroundColor = undefined;
    switch (status.state) {
      case 'starting':
        item.text = '$(sync~spin) SOC';
        item.command = COMMANDS.showLogs;
        break;
      case 'ready':
        item.text = status.openAlerts > 0 ? `$(shield) SOC $(bell-dot) ${status.openAlerts}` : '$(shield) SOC';
        item.command = COMMANDS.openDashboard;
        if (status.openAlerts > 0) item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
      case 'monitoring_off':
        item.text = '$(circle-slash) SOC off';
        item.command = COMMANDS.toggleMonitoring;
        break;
      case 'stopped':
        item.text = '$(debug-stop) SOC';
        item.command = COMMANDS.restartDaemon;
        break;
      case 'error':
        item.text = '$(error) SOC';
        item.command = COMMANDS.showLogs;
        item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        break;
    }
    item.tooltip = tooltip(status);
    item.accessibilityInformation = { label: `SOC AI Agents: ${describe(status)}` };
  }

  dispose(): void {
    this.item.dispose();
  }
}

function describe(s: DaemonStatus): string {
  switch (s.state) {
    case 'starting':
      return 'starting the daemon…';
    case 'ready':
      return `monitoring, ${s.openAlerts} open ${s.openAlerts === 1 ? 'incident' : 'incidents'}`;
    case 'monitoring_off':
      return 'monitoring is off';
    case 'stopped':
      return 'the daemon is stopped (Restart Daemon starts it)';
    case 'error':
      return `error — ${s.message ?? 'the daemon is not running'}`;
  }
}

function tooltip(s: DaemonStatus): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: [COMMANDS.showLogs, COMMANDS.restartDaemon, COMMANDS.openDashboard, COMMANDS.openDashboardInBrowser, COMMANDS.toggleMonitoring] };
  md.appendMarkdown(`**SOC AI Agents**: ${escape(describe(s))}\n\n`);
  if (s.url) md.appendMarkdown(`Daemon: \`${s.url}\`${s.securityMode ? ` · mode \`${s.securityMode}\`` : ''}${s.environment ? ` · \`${s.environment}\`` : ''}\n\n`);
  if (s.message && s.state !== 'error') md.appendMarkdown(`${escape(s.message)}\n\n`);
  const links = [`[$(output) Show Logs](command:${COMMANDS.showLogs})`, `[$(debug-restart) Restart Daemon](command:${COMMANDS.restartDaemon})`];
  if (s.state === 'ready' || s.state === 'monitoring_off') {
    links.push(`[$(dashboard) Open Dashboard](command:${COMMANDS.openDashboard})`);
    links.push(`[$(link-external) in Browser](command:${COMMANDS.openDashboardInBrowser})`);
    links.push(`[$(${s.state === 'ready' ? 'debug-pause' : 'play'}) ${s.state === 'ready' ? 'Pause' : 'Resume'} Monitoring](command:${COMMANDS.toggleMonitoring})`);
  }
  md.appendMarkdown(links.join(' · '));
  return md;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}
