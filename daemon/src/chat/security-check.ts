import type { Verdict } from '../engine/types';
import type { ActionRecord, Alert, GateDecision, Incident } from '../protocol/domain';

/** The original system's `security_check` block of a chat response, plus fields for the dashboard. */
export interface SecurityCheck {
  threat_detected: boolean;
  alerts: AlertSummary[];
  remediation_taken: boolean;
  remediation_actions: { type: string; target: string; status: string }[];
  /** Set when the request was refused before scanning (an existing block or rate limit). */
  refused?: { status: number; kind: string; reason: string; retry_after?: number };
  incidents?: { id: string; severity: string; fp_probability: number }[];
  verdict?: { category: string; severity: string; score: number };
  monitoring: boolean;
  /** True when remediation was still running when the answer was sent. */
  remediation_pending?: boolean;
}

export interface AlertSummary {
  id: string;
  threat: string;
  severity: string;
  score: number;
  rule_ids: string[];
  evidence: { rule_id: string; start: number; end: number; text: string }[];
}

export function summarizeAlert(a: Alert): AlertSummary {
  return {
    id: a.id,
    threat: a.threat,
    severity: a.severity,
    score: a.score,
    rule_ids: a.ruleIds,
    evidence: a.findings.slice(0, 8).map((f) => ({ rule_id: f.ruleId, start: f.start, end: f.end, text: f.evidence })),
  };
}

export function securityCheck(args: {
  verdict?: Verdict;
  alerts?: Alert[];
  actions?: ActionRecord[];
  incidents?: Incident[];
  refused?: Extract<GateDecision, { allowed: false }>;
  monitoring: boolean;
  pending?: boolean;
}): SecurityCheck {
  const alerts = args.alerts ?? [];
  const actions = (args.actions ?? []).filter((a) => a.kind !== 'monitor' || a.status !== 'skipped');
  const taken = actions.filter((a) => a.status === 'executed' || a.status === 'pending_approval' || a.status === 'dry_run');
  return {
    threat_detected: alerts.length > 0 || (args.verdict?.flagged ?? false),
    alerts: alerts.map(summarizeAlert),
    remediation_taken: taken.some((a) => a.status === 'executed' && a.kind !== 'monitor'),
    remediation_actions: taken.map((a) => ({ type: a.kind, target: a.target, status: a.status })),
    ...(args.refused
      ? { refused: { status: args.refused.status, kind: args.refused.kind, reason: args.refused.reason, ...(args.refused.retryAfterSec ? { retry_after: args.refused.retryAfterSec } : {}) } }
      : {}),
    ...(args.incidents?.length ? { incidents: args.incidents.map((i) => ({ id: i.id, severity: i.severity, fp_probability: i.fpProbability })) } : {}),
    ...(args.verdict ? { verdict: { category: args.verdict.category, severity: args.verdict.severity, score: args.verdict.score } } : {}),
    monitoring: args.monitoring,
    ...(args.pending ? { remediation_pending: true } : {}),
  };
}
