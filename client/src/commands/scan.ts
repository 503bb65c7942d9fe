import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { ExportSarifRequest, ScanWorkspaceRequest, type ScanWorkspaceResult } from '../../../daemon/src/protocol/lsp';
import type { CommandDeps } from './guard';

/** Runs soc/scanWorkspace with a client-created work-done token, shown as a cancellable notification. */
export function scanWithProgress(client: LanguageClient): Thenable<ScanWorkspaceResult> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'SOC AI Agents: scanning workspace', cancellable: true },
    async (progress, cancel) => {
      const workDoneToken = randomUUID();
      let reported = 0;
      const sub = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const pct = value.percentage ?? reported;
        progress.report({ increment: Math.max(0, pct - reported), ...(value.message ? { message: value.message } : {}) });
        reported = Math.max(reported, pct);
      });
      try {
        return await client.sendRequest(ScanWorkspaceRequest, { workDoneToken }, cancel);
      } finally {
        sub.dispose();
      }
    },
  );
}

export function describeScan(r: ScanWorkspaceResult): string {
  const tail = r.timedOut ? ' (stopped at the time budget)' : r.cancelled ? ' (cancelled)' : '';
  return `SOC AI Agents: ${r.findings} finding(s) in ${r.filesWithFindings} of ${r.files} file(s), ${(r.durationMs / 1000).toFixed(1)} s${tail}.`;
}

/** Scan Workspace: the result lands in the Problems panel; a summary says how it went. */
export function scanWorkspaceCommand(deps: CommandDeps) {
  return async (client: LanguageClient): Promise<ScanWorkspaceResult> => {
    const result = await scanWithProgress(client);
    deps.log.info(describeScan(result));
    void vscode.window.showInformationMessage(describeScan(result), ...(result.findings > 0 ? ['Show Problems'] : [])).then((c) =>
      c ? vscode.commands.executeCommand('workbench.actions.view.problems') : undefined,
    );
    return result;
  };
}

/** Export Findings as SARIF: scans first (so the log covers the workspace), then asks where to save. */
export function exportSarifCommand(deps: CommandDeps) {
  return async (client: LanguageClient, target?: unknown): Promise<vscode.Uri | undefined> => {
    const scan = await scanWithProgress(client);
    if (scan.cancelled) return undefined;
    const { sarif, results } = await client.sendRequest(ExportSarifRequest);
    let uri = target instanceof vscode.Uri ? target : undefined;
    if (!uri) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      uri = await vscode.window.showSaveDialog({
        title: 'Export SOC AI Agents findings as SARIF',
        filters: { SARIF: ['sarif', 'json'] },
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, 'soc-findings.sarif') } : {}),
      });
    }
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(sarif));
    deps.log.info(`exported ${results} finding(s) as SARIF to ${uri.toString(true)}`);
    void vscode.window.showInformationMessage(`SOC AI Agents: exported ${results} finding(s) to ${vscode.workspace.asRelativePath(uri)}.`);
    return uri;
  };
}
