import * as vscode from 'vscode';
import type { EnforcementEntry } from '../../../daemon/src/protocol/domain';
import type { DaemonHttp } from '../daemon-http';
import type { CommandDeps } from './guard';

const LABEL: Record<EnforcementEntry['kind'], string> = {
  block_ip: 'Blocked IP',
  rate_limit: 'Rate limit',
  terminate_session: 'Terminated session',
  suspend_user: 'Suspended user',
};

function timeLeft(expiresAt: number): string {
  const s = Math.max(0, Math.round((expiresAt - Date.now()) / 1000));
  return s >= 3600 ? `${Math.round(s / 360) / 10} h left` : s >= 60 ? `${Math.round(s / 60)} min left` : `${s} s left`;
}

/** Show Blocked Entities / Unblock…: every active restriction; the ones picked are lifted (audited as the admin's act). */
export function showBlockedCommand(deps: CommandDeps) {
  return async (http: DaemonHttp): Promise<number | undefined> => {
    const { entries } = await http.get<{ entries: EnforcementEntry[] }>('/api/enforcement');
    if (entries.length === 0) {
      void vscode.window.showInformationMessage('SOC AI Agents: nothing is blocked, rate-limited or suspended.');
      return 0;
    }
    const picks = await vscode.window.showQuickPick(
      entries.map((e) => ({ label: `${LABEL[e.kind]}: ${e.target}`, description: timeLeft(e.expiresAt), detail: e.reason, entry: e })),
      { title: 'SOC: Blocked Entities — select the ones to lift', canPickMany: true, matchOnDetail: true },
    );
    if (!picks || picks.length === 0) return undefined;
    let lifted = 0;
    for (const { entry } of picks) {
      await http.post('/api/enforcement/lift', { kind: entry.kind, target: entry.target, reason: 'lifted from VS Code' });
      lifted++;
      deps.log.info(`lifted ${entry.kind} on ${entry.target}`);
    }
    void vscode.window.showInformationMessage(`SOC AI Agents: lifted ${lifted} restriction(s).`);
    return lifted;
  };
}
