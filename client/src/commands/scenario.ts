import * as vscode from 'vscode';
import type { DaemonHttp } from '../daemon-http';
import type { CommandDeps } from './guard';

interface ScenarioInfo {
  name: string;
  title: string;
  description: string;
  expects: string;
}

/** The daemon's scenario report (POST /api/test/scenario/:name), the fields the extension shows. */
export interface ScenarioReport {
  scenario: string;
  title: string;
  expected_threat: string;
  detected: boolean;
  messages_sent: number;
  refused: number;
  session_id: string;
  security_check: { alerts: { threat?: string; severity?: string }[]; remediation_actions: { type: string; target: string; status?: string }[] };
}

/** Run Attack Scenario…: pick one (or pass its name), replay it through the real pipeline, show what the SOC did. */
export function runScenarioCommand(deps: CommandDeps) {
  return async (http: DaemonHttp, name?: unknown): Promise<ScenarioReport | undefined> => {
    let chosen = typeof name === 'string' ? name : undefined;
    if (!chosen) {
      const { scenarios } = await http.get<{ scenarios: ScenarioInfo[] }>('/api/test/scenarios');
      const pick = await vscode.window.showQuickPick(
        scenarios.map((s) => ({ label: s.title, description: s.name, detail: `${s.description} (expects ${s.expects.replace(/_/g, ' ')})`, name: s.name })),
        { title: 'SOC: Run Attack Scenario', placeHolder: 'Replay an attack through the SOC pipeline', matchOnDescription: true, matchOnDetail: true },
      );
      if (!pick) return undefined;
      chosen = pick.name;
    }
    const report = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `SOC: running scenario ${chosen}…` },
      () => http.post<ScenarioReport>(`/api/test/scenario/${encodeURIComponent(chosen)}`),
    );
    const check = report.security_check;
    const actions = check.remediation_actions.map((a) => `${a.type} ${a.target}`).join(', ') || 'none';
    const summary = `Scenario "${report.title}": ${report.detected ? 'detected' : 'NOT detected'} ${report.expected_threat.replace(/_/g, ' ')} — ${check.alerts.length} alert(s), ${report.refused} request(s) refused; actions: ${actions}`;
    deps.log.info(summary);
    deps.log.info(JSON.stringify({ scenario: report.scenario, session_id: report.session_id, alerts: check.alerts.length, actions: check.remediation_actions }));
    const show = report.detected ? vscode.window.showInformationMessage : vscode.window.showWarningMessage;
    void show(summary, 'Show Logs').then((c) => (c ? deps.log.show() : undefined));
    return report;
  };
}
