import * as vscode from 'vscode';
import type { DaemonBridge } from './daemon-bridge';
import { dashboardHtml, webviewOptions } from './dashboard-html';
import { openRuleDoc } from './rule-docs';
import { WebviewSession } from './webview-session';

export const DASHBOARD_VIEW_ID = 'socAgents.dashboardView';

/** The dashboard in the sidebar: the same bundle, laid out for a narrow column. */
export class DashboardViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  session: WebviewSession | undefined;
  private subs: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly bridge: DaemonBridge,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.release();
    view.webview.options = webviewOptions(this.extensionUri);
    const session = new WebviewSession(
      this.bridge,
      { post: (m) => void view.webview.postMessage(m), openRuleDoc: (id) => void openRuleDoc(this.extensionUri, id) },
      'sidebar',
    );
    this.session = session;
    this.subs = [
      view.webview.onDidReceiveMessage((m: unknown) => session.receive(m)),
      view.onDidDispose(() => this.release()),
    ];
    view.webview.html = dashboardHtml(view.webview, this.extensionUri, 'sidebar');
  }

  private release(): void {
    for (const s of this.subs) s.dispose();
    this.subs = [];
    this.session?.dispose();
    this.session = undefined;
  }

  dispose(): void {
    this.release();
  }
}
