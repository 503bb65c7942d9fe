import { SEVERITIES, severityRank } from '../../engine/types';
import type { ResponsePolicy } from '../../enforce/policy';
import type { Severity, ThreatType } from '../../protocol/domain';

export interface SeverityInput {
  threat: ThreatType;
  /** False-positive probability of the alert. */
  fp: number;
  /** The detector's score and the engine's severity for the alert. */
  score: number;
  alertSeverity: Severity;
  /** The actor had earlier incidents (not dismissed as false positives). */
  repeatOffender: boolean;
  /** Alerts in the incident so far, this one included. */
  alertCount: number;
  /** Feedback suppression: analysts marked this pattern a false positive often enough. */
  suppressed: boolean;
}

export interface SeverityDecision {
  severity: Severity;
  /** Monitoring only: suppressed or too likely a false positive to act on. */
  monitorOnly: boolean;
  reasons: string[];
}

/** Engine scores at or above this are "sure": with critical evidence they make a high threat critical. */
export const HIGH_SCORE = 0.99;
/** A sustained attack: this many alerts in one incident raise one level. */
export const SUSTAINED_ALERTS = 5;
/** Above this false-positive probability (and below the policy's suppression bar) the severity drops one level. */
export const FP_LOWER_ABOVE = 0.5;

function shift(s: Severity, by: number): Severity {
  const i = Math.min(SEVERITIES.length - 1, Math.max(0, severityRank(s) + by));
  return SEVERITIES[i];
}

/**
 * Severity of an alert in its incident: the threat's default from the policy, raised one level
 * for repeat offenders, sustained attacks or sure detections of critical evidence, lowered one
 * level when a false positive is likely; strict mode raises one more level. Above the policy's
 * `fpSuppressAbove`, or when feedback suppresses the pattern, it is monitoring only.
 */
export function decideSeverity(input: SeverityInput, policy: ResponsePolicy): SeverityDecision {
  const base = policy.threats[input.threat].severity;
  const reasons: string[] = [`default for ${input.threat}: ${base}`];
  if (input.suppressed) return { severity: 'low', monitorOnly: true, reasons: [...reasons, 'pattern suppressed by false-positive feedback'] };
  if (input.fp > policy.fpSuppressAbove) {
    return { severity: 'low', monitorOnly: true, reasons: [...reasons, `false-positive probability ${input.fp.toFixed(2)} > ${policy.fpSuppressAbove}: monitor only`] };
  }
  let level = 0;
  if (input.fp > FP_LOWER_ABOVE) {
    level--;
    reasons.push(`likely false positive (${input.fp.toFixed(2)}): one level lower`);
  } else if (input.repeatOffender) {
    level++;
    reasons.push('repeat offender: one level higher');
  } else if (input.alertCount >= SUSTAINED_ALERTS) {
    level++;
    reasons.push(`${input.alertCount} alerts in this incident: one level higher`);
  } else if (input.score >= HIGH_SCORE && input.alertSeverity === 'critical' && base === 'high') {
    // DESIGN.md §5 "HIGH/CRITICAL": a sure detection of critical evidence makes a high threat critical.
    level++;
    reasons.push(`sure detection (${input.score}) of critical evidence: one level higher`);
  }
  if (policy.mode === 'strict') {
    level++;
    reasons.push('strict mode: one level higher');
  }
  return { severity: shift(base, level), monitorOnly: false, reasons };
}
