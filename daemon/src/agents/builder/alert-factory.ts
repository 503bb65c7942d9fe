import type { Verdict } from '../../engine/types';
import type { Alert, SecurityEvent, Severity } from '../../protocol/domain';
import type { Burst } from './burst-detector';
import type { Flood } from './flood-detector';
import { timeOrderedUuid } from '../../store/ids';

/** Longest excerpt stored with an alert. */
export const EXCERPT_MAX = 1_000;
/** Findings kept per alert (the verdict can have hundreds on a hostile input). */
export const FINDINGS_MAX = 25;

export function clip(text: string, max = EXCERPT_MAX): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Sorted distinct rule ids: with the threat, the pattern key that feedback generalizes to. */
export function ruleIdsOf(findings: readonly { ruleId: string }[]): string[] {
  return [...new Set(findings.map((f) => f.ruleId))].sort();
}

/** The alert for a flagged verdict: threat = verdict category, evidence = its findings. */
export function alertFromVerdict(event: SecurityEvent, verdict: Verdict, id: string = timeOrderedUuid()): Alert {
  if (!verdict.flagged || verdict.category === 'benign') throw new Error('alertFromVerdict: verdict is not flagged');
  const severity: Severity = verdict.severity === 'none' ? 'medium' : verdict.severity;
  return {
    id,
    ts: event.ts,
    eventId: event.id,
    actor: event.actor,
    threat: verdict.category,
    severity,
    score: verdict.score,
    ruleIds: ruleIdsOf(verdict.findings),
    findings: verdict.findings.slice(0, FINDINGS_MAX),
    excerpt: clip(event.text),
    channel: event.channel,
    ...(event.source ? { source: event.source } : {}),
  };
}

function behaviourAlert(event: SecurityEvent, ruleId: string, score: number, detail: string, id: string): Alert {
  return {
    id,
    ts: event.ts,
    eventId: event.id,
    actor: event.actor,
    threat: 'rate_limit_abuse',
    severity: 'medium',
    score,
    ruleIds: [ruleId],
    // Behaviour has no span in the text: the evidence is the measurement, followed by the message.
    findings: [],
    excerpt: clip(`[${detail}] ${event.text}`),
    channel: event.channel,
    ...(event.source ? { source: event.source } : {}),
  };
}

/** One alert for the request bursts this event completed (all its dimensions over the limit). */
export function alertFromBursts(event: SecurityEvent, bursts: readonly Burst[], id: string = timeOrderedUuid()): Alert {
  const what = bursts.map((b) => `${b.count} requests in ${b.windowMs / 1000}s from ${b.dimension}`).join('; ');
  const ruleIds = [...new Set(bursts.map((b) => `beh-burst-${b.dimension.slice(0, b.dimension.indexOf(':'))}`))].sort();
  const alert = behaviourAlert(event, ruleIds[0], 1, what, id);
  alert.ruleIds = ruleIds;
  return alert;
}

export function alertFromFlood(event: SecurityEvent, flood: Flood, id: string = timeOrderedUuid()): Alert {
  return behaviourAlert(event, flood.ruleId, flood.score, flood.detail, id);
}
