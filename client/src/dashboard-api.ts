import type * as vscode from 'vscode';
import type { DashboardApi } from './dashboard';
import type { DaemonClient } from './daemon-client';

/** What the dashboard panel needs from the daemon client: the endpoint, and a signal when it moves or goes away. */
export function dashboardApi(daemon: DaemonClient, log: vscode.LogOutputChannel): DashboardApi {
  const key = (): string => {
    const c = daemon.connection();
    return c ? `${c.url} ${c.token}` : '';
  };
  return {
    endpoint: () => {
      const c = daemon.connection();
      return c ? { url: c.url, token: c.token } : undefined;
    },
    onDidChangeEndpoint: (listener) => {
      let last = key();
      return daemon.onStatus(() => {
        const now = key();
        if (now === last) return;
        last = now;
        listener();
      });
    },
    log: (message) => log.info(`dashboard: ${message}`),
  };
}
