import * as vscode from 'vscode';
import type { DashboardShown } from '../../../daemon/src/protocol/webview';
import { DaemonBridge, type DaemonEndpoint, type DaemonEndpointSource } from './daemon-bridge';
import { DashboardPanel, DASHBOARD_PANEL_TYPE } from './dashboard-panel';
import { DashboardViewProvider, DASHBOARD_VIEW_ID } from './dashboard-view-provider';

export { DASHBOARD_PANEL_TYPE, DASHBOARD_VIEW_ID };
export type { DaemonEndpoint, DaemonEndpointSource };

export const OPEN_DASHBOARD_COMMAND = 'socAgents.openDashboard';
/** Returns what the open dashboards show (for tests and diagnostics); never the token. */
export const DASHBOARD_STATUS_COMMAND = 'socAgents.dashboardStatus';

/** What the extension hands the dashboard: where its daemon is, and an optional log line sink. */
export interface DashboardApi extends DaemonEndpointSource {
  log?(message: string): void;
}

export interface DashboardStatus {
  connection: string;
  panel?: DashboardShown;
  sidebar?: DashboardShown;
}

export interface Dashboard extends vscode.Disposable {
  /** Opens (or reveals) the editor panel. */
  open(): vscode.WebviewPanel;
  status(): DashboardStatus;
}

/**
 * Registers the dashboard: the `socAgents.openDashboard` command (editor panel), the sidebar view
 * `socAgents.dashboardView`, and `socAgents.dashboardStatus`. The extension's manifest declares the
 * command and the view; this wires them.
 */
export function registerDashboard(context: vscode.ExtensionContext, api: DashboardApi): Dashboard {
  const bridge = new DaemonBridge(api, { log: (m) => api.log?.(m) });
  const panel = new DashboardPanel(context.extensionUri, bridge);
  const view = new DashboardViewProvider(context.extensionUri, bridge);
  const status = (): DashboardStatus => ({
    connection: bridge.state.status,
    ...(panel.current?.session.shown ? { panel: panel.current.session.shown } : {}),
    ...(view.session?.shown ? { sidebar: view.session.shown } : {}),
  });
  const disposables: vscode.Disposable[] = [
    vscode.commands.registerCommand(OPEN_DASHBOARD_COMMAND, () => {
      panel.open();
    }),
    vscode.commands.registerCommand(DASHBOARD_STATUS_COMMAND, status),
    vscode.window.registerWebviewViewProvider(DASHBOARD_VIEW_ID, view),
    panel,
    view,
    bridge,
  ];
  const dashboard: Dashboard = {
    open: () => panel.open(),
    status,
    dispose: () => {
      for (const d of disposables) d.dispose();
    },
  };
  context.subscriptions.push(dashboard);
  return dashboard;
}
