import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, codeOf, EXTENSION_ID, waitForDiagnostics, waitForStatus } from '../suite/helpers';

/** The packaged extension, installed from its .vsix into a clean extensions folder. */
describe('SOC AI Agents installed from the .vsix', () => {
  it('is the installed copy, activates, starts its daemon and flags a prompt file', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'installed');
    // Installed extensions live in `<extensions dir>/<publisher>.<name>-<version>`; the repo checkout does not.
    assert.match(ext.extensionPath, /[\\/]soc-ai-agents\.soc-ai-agents-\d+\.\d+\.\d+[^\\/]*$/);
    const dir = process.env.SOC_E2E_EXTENSIONS_DIR;
    if (dir) assert.ok(ext.extensionPath.startsWith(dir), `${ext.extensionPath} is under ${dir}`);
    const api = await activeApi();
    const status = await waitForStatus(api, (s) => s.state === 'ready', 'status ready');
    assert.equal((await fetch(`${status.url}/healthz`)).status, 200);

    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder);
    const uri = vscode.Uri.joinPath(folder, 'prompts', 'support.prompt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await waitForDiagnostics(uri, (d) => d.length >= 2, 'diagnostics from the packaged server');
    const codes = diagnostics.map((d) => codeOf(d).value);
    assert.ok(codes.includes('pi-ignore-previous-instructions'), codes.join(', '));
    // The documentation shipped inside the .vsix is what the links open.
    for (const d of diagnostics) assert.ok(codeOf(d).target.fsPath.startsWith(ext.extensionPath));
  });
});
