import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the webview bundle lives: next to the daemon bundle (dist/) or, from source, in dist/ of the repo. */
export function webviewDir(): string {
  const candidates = [join(__dirname, 'webview'), join(__dirname, '..', '..', '..', 'dist', 'webview')];
  return candidates.find((d) => existsSync(join(d, 'main.js'))) ?? candidates[0];
}

/** The dashboard HTML for the browser: same bundle as the VS Code panel, strict CSP with a nonce. */
export function dashboardHtml(): { html: string; csp: string } {
  const nonce = randomBytes(16).toString('base64');
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  const dir = webviewDir();
  const hasCss = existsSync(join(dir, 'main.css'));
  // vscode-elements' <vscode-icon> finds the codicon font through this link's id.
  const hasCodicons = existsSync(join(dir, 'codicon.css'));
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SOC AI Agents</title>
<link rel="icon" href="data:,">
${hasCodicons ? '<link rel="stylesheet" id="vscode-codicon-stylesheet" href="/webview/codicon.css">' : ''}
${hasCss ? '<link rel="stylesheet" href="/webview/main.css">' : ''}
</head>
<body data-host="browser">
<div id="app"></div>
<script nonce="${nonce}" src="/webview/main.js"></script>
</body>
</html>`;
  return { html, csp };
}

export function readAsset(name: string): Buffer | undefined {
  if (!/^[\w.-]+$/.test(name)) return undefined;
  const file = join(webviewDir(), name);
  return existsSync(file) ? readFileSync(file) : undefined;
}
