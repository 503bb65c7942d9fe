import { randomBytes } from 'node:crypto';
import type { ChatService } from '../chat/chat-service';
import type { SecurityCheck } from '../chat/security-check';
import { SCENARIOS, type ScenarioName } from './catalog';

export interface ScenarioReport {
  scenario: ScenarioName;
  title: string;
  description: string;
  expected_threat: string;
  /** Did the SOC detect the threat the scenario stages? */
  detected: boolean;
  messages_sent: number;
  /** Requests refused by enforcement (blocked, rate limited) while the scenario ran. */
  refused: number;
  session_id: string;
  /** The merged security_check of every message, in the original response shape. */
  security_check: SecurityCheck;
}

/** Replays a scenario through the real chat path from the caller's address and reports the outcome. */
export async function runScenario(chat: ChatService, name: ScenarioName, ip: string): Promise<ScenarioReport> {
  const scenario = SCENARIOS[name];
  const sessionId = `scenario-${name}-${randomBytes(4).toString('hex')}`;
  const merged: SecurityCheck = { threat_detected: false, alerts: [], remediation_taken: false, remediation_actions: [], monitoring: true };
  let refused = 0;
  let sent = 0;
  for (const message of scenario.messages()) {
    const r = await chat.handle({ message, ip, sessionId, userId: `scenario-user-${name}`, channel: 'scenario', kind: 'scenario', skipModel: true });
    sent++;
    const c = r.security_check;
    merged.monitoring = c.monitoring;
    merged.threat_detected ||= c.threat_detected;
    merged.alerts.push(...c.alerts);
    merged.remediation_taken ||= c.remediation_taken;
    for (const a of c.remediation_actions) {
      if (!merged.remediation_actions.some((m) => m.type === a.type && m.target === a.target && m.status === a.status)) merged.remediation_actions.push(a);
    }
    if (c.incidents) merged.incidents = [...(merged.incidents ?? []), ...c.incidents.filter((i) => !merged.incidents?.some((m) => m.id === i.id))];
    if (!r.ok) {
      refused++;
      merged.refused ??= c.refused;
    }
  }
  return {
    scenario: name,
    title: scenario.title,
    description: scenario.description,
    expected_threat: scenario.expects,
    detected: merged.alerts.some((a) => a.threat === scenario.expects),
    messages_sent: sent,
    refused,
    session_id: sessionId,
    security_check: merged,
  };
}
