import * as vscode from 'vscode';
import type { DaemonHttp } from '../daemon-http';
import { OPENAI_KEY_SECRET } from '../secrets';
import { reportDaemonDown, type CommandDeps, type DaemonDown } from './guard';

/** Open Dashboard: the browser dashboard through a fresh one-time login URL (the token itself never leaves the extension). */
export function openDashboardCommand(deps: CommandDeps) {
  return async (): Promise<boolean | DaemonDown> => {
    const url = deps.daemon.connection() ? await deps.daemon.loginUrl() : undefined;
    if (!url) return reportDaemonDown();
    return vscode.env.openExternal(vscode.Uri.parse(url));
  };
}

/** Toggle Monitoring: POST /api/soc/toggle; the status bar follows through soc/daemonStatus. */
export function toggleMonitoringCommand() {
  return async (http: DaemonHttp): Promise<boolean> => {
    const { monitoring } = await http.post<{ monitoring: boolean }>('/api/soc/toggle', {});
    void vscode.window.showInformationMessage(`SOC AI Agents: monitoring ${monitoring ? 'on' : 'off'}.`);
    return monitoring;
  };
}

/** Set OpenAI API Key: SecretStorage only; handed to the daemon over the IPC channel. Empty input removes it. */
export function setOpenAiKeyCommand(deps: CommandDeps) {
  return async (): Promise<void> => {
    const value = await vscode.window.showInputBox({
      title: 'SOC AI Agents: OpenAI API key',
      prompt: 'Stored in VS Code SecretStorage and handed to the local daemon — never written to settings. Leave empty to remove it.',
      placeHolder: 'sk-…',
      password: true,
      ignoreFocusOut: true,
    });
    if (value === undefined) return;
    const key = value.trim();
    if (key) await deps.context.secrets.store(OPENAI_KEY_SECRET, key);
    else await deps.context.secrets.delete(OPENAI_KEY_SECRET);
    await deps.daemon.sendApiKey(key || null);
    deps.log.info(key ? 'OpenAI API key stored in SecretStorage and handed to the daemon' : 'OpenAI API key removed');
    void vscode.window.showInformationMessage(key ? 'SOC AI Agents: OpenAI API key saved.' : 'SOC AI Agents: OpenAI API key removed.');
  };
}

/** Show documentation for a rule: the shipped Markdown page in the preview, any other URL in the browser. */
export function showRuleDocsCommand() {
  return async (ruleId?: unknown, href?: unknown): Promise<void> => {
    if (typeof href !== 'string' || !href) {
      void vscode.window.showWarningMessage(`SOC AI Agents: no documentation link for ${typeof ruleId === 'string' ? ruleId : 'this rule'}.`);
      return;
    }
    const uri = vscode.Uri.parse(href);
    if (uri.scheme === 'file') {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
      return;
    }
    await vscode.env.openExternal(uri);
  };
}
