import * as vscode from 'vscode';
import type { DaemonBridge } from './daemon-bridge';
import { dashboardHtml, webviewOptions } from './dashboard-html';
import { openRuleDoc } from './rule-docs';
import { WebviewSession } from './webview-session';

export const DASHBOARD_PANEL_TYPE = 'socAgents.dashboard';

/** The dashboard as an editor tab: one at a time, revealed when asked for again. */
export class DashboardPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private session: WebviewSession | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly bridge: DaemonBridge,
  ) {}

  get current(): { panel: vscode.WebviewPanel; session: WebviewSession } | undefined {
    return this.panel && this.session ? { panel: this.panel, session: this.session } : undefined;
  }

  open(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel(DASHBOARD_PANEL_TYPE, 'SOC Dashboard', vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
    const session = new WebviewSession(
      this.bridge,
      { post: (m) => void panel.webview.postMessage(m), openRuleDoc: (id) => void openRuleDoc(this.extensionUri, id) },
      'panel',
    );
    const sub = panel.webview.onDidReceiveMessage((m: unknown) => session.receive(m));
    panel.onDidDispose(() => {
      sub.dispose();
      session.dispose();
      this.panel = undefined;
      this.session = undefined;
    });
    panel.webview.html = dashboardHtml(panel.webview, this.extensionUri, 'panel');
    this.panel = panel;
    this.session = session;
    return panel;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
