/**
 * Dashboard entry point, shared by the VS Code webview (panel and sidebar) and the browser page.
 * The host decides only the transport; everything else is the same bundle.
 */
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-icon/index.js';
import '@vscode-elements/elements/dist/vscode-label/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-progress-ring/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-tab-header/index.js';
import '@vscode-elements/elements/dist/vscode-tab-panel/index.js';
import '@vscode-elements/elements/dist/vscode-tabs/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import 'uplot/dist/uPlot.min.css';
import './styles/main.css';
import './widgets/virtual-list';
import './widgets/time-chart';
import { render } from 'lit';
import { DashboardController } from './controller';
import { BrowserTransport } from './net/browser-transport';
import type { DashboardTransport } from './net/transport';
import { inVsCode, VsCodeTransport } from './net/vscode-transport';
import { appView } from './views/app-view';

function createTransport(): DashboardTransport {
  if (inVsCode()) return new VsCodeTransport(document.body.dataset.host === 'sidebar' ? 'sidebar' : 'panel');
  return new BrowserTransport();
}

function main(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const transport = createTransport();
  document.body.dataset.host = transport.host;
  let scheduled = false;
  let controller: DashboardController | undefined = undefined;
  let lastShown = '';
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  // At most four reports a second; the trailing one carries the final state.
  const report = (c: DashboardController): void => {
    reportTimer ??= setTimeout(() => {
      reportTimer = undefined;
      sendReport(c);
    }, 250);
  };
  const sendReport = (c: DashboardController): void => {
    const s = c.state;
    const latest = s.alerts.at(0)?.id;
    const view = { connection: s.connection.status, synced: s.synced, tab: s.tab, alerts: s.alerts.size, ...(latest ? { latestAlertId: latest } : {}) };
    const key = JSON.stringify(view);
    if (key === lastShown) return;
    lastShown = key;
    transport.reportShown(view);
  };
  // Many live messages per frame become one render.
  const draw = (): void => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (!controller) return;
      render(appView(controller), root);
      report(controller);
    });
  };
  controller = new DashboardController(transport, draw);
  controller.start();
  draw();
}

main();
