import type * as vscode from 'vscode';

/** Extension entry point. The language client and daemon wiring arrive with the editor issue. */
export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
