import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DaemonBridge, type DaemonEndpoint } from '../../../client/src/dashboard/daemon-bridge';
import { WebviewSession } from '../../../client/src/dashboard/webview-session';
import type { HostToWebview } from '../../../daemon/src/protocol/webview';
import { watchErrors } from './browser-harness';

const BUNDLE = join(__dirname, '..', '..', '..', 'dist', 'webview');
/** Stands in for VS Code's vscode-webview:// origin: the page can reach nothing else. */
export const WEBVIEW_ORIGIN = 'https://webview.test';

/** A few of the variables VS Code's Light Modern theme puts on a webview's <html>, so screenshots look like the editor. */
const LIGHT_THEME = [
  "--vscode-font-family: system-ui, Ubuntu, 'DejaVu Sans', sans-serif",
  '--vscode-font-size: 13px',
  "--vscode-editor-font-family: 'DejaVu Sans Mono', monospace",
  '--vscode-foreground: #3b3b3b',
  '--vscode-descriptionForeground: #3b3b3b',
  '--vscode-editor-background: #ffffff',
  '--vscode-sideBar-background: #f8f8f8',
  '--vscode-panel-border: #e5e5e5',
  '--vscode-focusBorder: #005fb8',
  '--vscode-textLink-foreground: #005fb8',
  '--vscode-textCodeBlock-background: #f8f8f8',
  '--vscode-errorForeground: #f85149',
  '--vscode-button-background: #005fb8',
  '--vscode-button-foreground: #ffffff',
  '--vscode-button-secondaryBackground: #e5e5e5',
  '--vscode-button-secondaryForeground: #3b3b3b',
  '--vscode-badge-background: #cccccc',
  '--vscode-badge-foreground: #3b3b3b',
  '--vscode-settings-headerBorder: #e5e5e5',
  '--vscode-panelTitle-activeForeground: #3b3b3b',
  '--vscode-panelTitle-activeBorder: #005fb8',
  '--vscode-list-hoverBackground: #f2f2f2',
  '--vscode-list-activeSelectionBackground: #e8e8e8',
  '--vscode-list-activeSelectionForeground: #000000',
  '--vscode-charts-foreground: #616161',
  '--vscode-charts-lines: rgba(97, 97, 97, 0.5)',
  '--vscode-charts-red: #e51400',
  '--vscode-charts-blue: #1a85ff',
  '--vscode-charts-yellow: #bf8803',
  '--vscode-charts-orange: #d18616',
  '--vscode-charts-green: #388a34',
  '--vscode-charts-purple: #652d90',
  '--vscode-editor-findMatchHighlightBackground: rgba(234, 92, 0, 0.33)',
].join('; ');

/** The endpoint source the extension would give the dashboard, switchable by the test. */
export class EndpointSwitch {
  private listeners = new Set<() => void>();
  constructor(public current: DaemonEndpoint | undefined) {}
  endpoint = (): DaemonEndpoint | undefined => this.current;
  onDidChangeEndpoint = (l: () => void): { dispose(): void } => {
    this.listeners.add(l);
    return { dispose: () => this.listeners.delete(l) };
  };
  set(ep: DaemonEndpoint | undefined): void {
    this.current = ep;
    for (const l of this.listeners) l();
  }
}

export interface FakeWebview {
  page: Page;
  bridge: DaemonBridge;
  session: WebviewSession;
  /** Every message the "extension" posted to the page, in order. */
  posted: HostToWebview[];
  ruleDocsOpened: string[];
  /** Every URL the page requested. */
  requests: string[];
  errors: string[];
}

/**
 * The dashboard bundle as VS Code would host it: the same CSP (default-src 'none', no connect-src),
 * `acquireVsCodeApi` wired to the real WebviewSession and DaemonBridge the extension uses, and a real
 * daemon behind them. Only the editor window itself is missing.
 */
export async function openFakeWebview(browser: Browser, source: EndpointSwitch, host: 'panel' | 'sidebar' = 'panel', viewport = { width: 1280, height: 900 }): Promise<FakeWebview> {
  const context = await browser.newContext({ viewport, colorScheme: 'light' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const nonce = 'dGVzdG5vbmNlMTIzNDU2Nzg=';
  const html = `<!doctype html><html lang="en" style="${LIGHT_THEME}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}'; style-src ${WEBVIEW_ORIGIN} 'unsafe-inline'; font-src ${WEBVIEW_ORIGIN}; img-src ${WEBVIEW_ORIGIN} data:; base-uri 'none'; form-action 'none'">
<link rel="stylesheet" id="vscode-codicon-stylesheet" href="${WEBVIEW_ORIGIN}/codicon.css" nonce="${nonce}">
<link rel="stylesheet" href="${WEBVIEW_ORIGIN}/main.css"><link rel="icon" href="data:,"></head>
<body data-host="${host}" class="vscode-light"><div id="app"></div><script nonce="${nonce}" src="${WEBVIEW_ORIGIN}/main.js"></script></body></html>`;
  await page.route(`${WEBVIEW_ORIGIN}/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === 'index.html') return route.fulfill({ contentType: 'text/html', body: html });
    const types: Record<string, string> = { js: 'text/javascript', css: 'text/css', ttf: 'font/ttf' };
    try {
      return await route.fulfill({ contentType: types[name.split('.').pop() ?? ''] ?? 'application/octet-stream', body: readFileSync(join(BUNDLE, name.replace(/[^\w.-]/g, ''))) });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });

  const bridge = new DaemonBridge(source);
  const posted: HostToWebview[] = [];
  const ruleDocsOpened: string[] = [];
  const session = new WebviewSession(
    bridge,
    {
      post: (m) => {
        posted.push(m);
        page.evaluate((msg) => window.postMessage(msg, '*'), m).catch(() => undefined);
      },
      openRuleDoc: (id) => ruleDocsOpened.push(id),
    },
    host,
  );
  await page.exposeFunction('__socToExtension', (m: unknown) => session.receive(m));
  // What VS Code injects into a webview; plain JavaScript so the test transpiler leaves it alone.
  await page.addInitScript(`{
    let state;
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => void window.__socToExtension(m),
      getState: () => state,
      setState: (s) => { state = s; },
    });
  }`);
  await page.goto(`${WEBVIEW_ORIGIN}/index.html`);
  return { page, bridge, session, posted, ruleDocsOpened, requests, errors };
}
