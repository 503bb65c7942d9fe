import * as vscode from 'vscode';

/** Opens a rule's documentation (docs/rules/<id>.md, shipped with the extension) as a Markdown preview. */
export async function openRuleDoc(extensionUri: vscode.Uri, ruleId: string): Promise<void> {
  const uri = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    void vscode.window.showWarningMessage(`SOC AI Agents: no documentation page for rule ${ruleId}.`);
    return;
  }
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}
