import { severityRank, type Finding, type Verdict } from '../engine/types';
import { marker, type LeakSpan } from './spans';

function overlaps(f: Finding, spans: readonly LeakSpan[]): boolean {
  return spans.some((s) => f.start < s.end && s.start < f.end);
}

/**
 * The verdict on a model's reply with its leaks added: one finding per leak (evidence: the marker,
 * never the secret), the engine's findings kept with their evidence masked where a leak overlaps
 * them. The most severe leak decides category and severity. Undefined when there is nothing to
 * report (no leak, and the engine did not flag the reply).
 */
export function verdictWithLeaks(verdict: Verdict | undefined, leaks: readonly LeakSpan[]): Verdict | undefined {
  const engineFlagged = verdict !== undefined && verdict.flagged && verdict.category !== 'benign';
  if (leaks.length === 0 && !engineFlagged) return undefined;
  const findings: Finding[] = leaks.map((s) => ({ ruleId: s.ruleId, category: s.category, severity: s.severity, confidence: 0.95, start: s.start, end: s.end, evidence: marker(s.ruleId) }));
  if (engineFlagged) {
    for (const f of verdict.findings) findings.push(overlaps(f, leaks) ? { ...f, evidence: marker(f.ruleId) } : f);
  }
  let lead: LeakSpan | undefined;
  for (const s of leaks) if (!lead || severityRank(s.severity) > severityRank(lead.severity)) lead = s;
  if (!lead) return { ...(verdict as Verdict), findings };
  return {
    flagged: true,
    category: lead.category,
    severity: lead.severity,
    score: Math.max(0.95, verdict?.score ?? 0),
    findings,
    probabilities: verdict?.probabilities ?? { prompt_injection: 0, data_exfiltration: 0, system_manipulation: 0, privacy_violation: 0, malicious_input: 0, benign: 0 },
  };
}
