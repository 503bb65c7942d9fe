import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { DashboardHost } from '../../../daemon/src/protocol/webview';

/** The folder the webview may load from: the dashboard bundle and nothing else. */
export function bundleRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [bundleRoot(extensionUri)] };
}

/**
 * The page inside VS Code. CSP: nothing by default; scripts only with this page's nonce; styles and
 * the codicon font only from the bundle. No `connect-src`: the page talks to the extension, never
 * to the network.
 */
export function dashboardHtml(webview: vscode.Webview, extensionUri: vscode.Uri, host: Exclude<DashboardHost, 'browser'>): string {
  const nonce = randomBytes(16).toString('base64');
  const asset = (name: string): string => webview.asWebviewUri(vscode.Uri.joinPath(bundleRoot(extensionUri), name)).toString();
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    // Lit and vscode-elements set element styles at run time.
    `style-src ${webview.cspSource} 'unsafe-inline'`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SOC AI Agents</title>
<link rel="stylesheet" id="vscode-codicon-stylesheet" href="${asset('codicon.css')}" nonce="${nonce}">
<link rel="stylesheet" href="${asset('main.css')}">
</head>
<body data-host="${host}">
<div id="app"></div>
<script nonce="${nonce}" src="${asset('main.js')}"></script>
</body>
</html>`;
}
