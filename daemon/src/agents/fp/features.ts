import type { Alert } from '../../protocol/domain';
import { codeLineShare, fencedRanges, hasDefensiveIntent, hasTraceback, isEducational, isQuoted } from './framing';

/**
 * Features of an alert for the false-positive model. The same function feeds training
 * (scripts/train-fp.ts) and scoring (Analyst), so they cannot drift apart. Every value is in [0, 1].
 */
export const FP_FEATURE_NAMES = [
  'score',
  'margin',
  'findings',
  'distinct_rules',
  'distinct_categories',
  'max_confidence',
  'model_only',
  'decoded',
  'hidden_unicode',
  'severity',
  'educational',
  'defensive',
  'question_mark',
  'evidence_fenced',
  'evidence_quoted',
  'has_fence',
  'code_lines',
  'traceback',
  'length',
  'evidence_share',
  'cat_prompt_injection',
  'cat_data_exfiltration',
  'cat_system_manipulation',
  'cat_privacy_violation',
  'cat_malicious_input',
] as const;

export type FpFeatureName = (typeof FP_FEATURE_NAMES)[number];

const SEVERITY_VALUE = { low: 0, medium: 1 / 3, high: 2 / 3, critical: 1 } as const;

function inRanges(ranges: readonly [number, number][], start: number, end: number): boolean {
  return ranges.some(([s, e]) => start >= s && end <= e);
}

/** The feature vector of an alert (in FP_FEATURE_NAMES order). */
export function fpFeatures(alert: Pick<Alert, 'score' | 'findings' | 'excerpt' | 'threat' | 'severity'>): number[] {
  const text = alert.excerpt;
  const findings = alert.findings;
  const n = findings.length;
  const rules = new Set(findings.map((f) => f.ruleId));
  const cats = new Set(findings.map((f) => f.category));
  const fences = fencedRanges(text);
  // Spans index the original text; those past the (clipped) excerpt cannot be judged and count as not quoted.
  const visible = findings.filter((f) => f.end <= text.length);
  const fenced = visible.filter((f) => inRanges(fences, f.start, f.end)).length;
  const quoted = visible.filter((f) => !inRanges(fences, f.start, f.end) && isQuoted(text, f.start, f.end)).length;
  let covered = 0;
  for (const f of visible) covered += f.end - f.start;
  const v: Record<FpFeatureName, number> = {
    score: alert.score,
    // Close to the decision threshold (0.5) is where false positives live.
    margin: Math.max(0, 1 - 2 * Math.abs(alert.score - 0.5)),
    findings: Math.min(1, Math.log1p(n) / Math.log1p(20)),
    distinct_rules: Math.min(1, rules.size / 5),
    distinct_categories: Math.min(1, cats.size / 3),
    max_confidence: n === 0 ? 0 : Math.max(...findings.map((f) => f.confidence)),
    model_only: n > 0 && findings.every((f) => f.ruleId.startsWith('ml-')) ? 1 : 0,
    decoded: findings.some((f) => f.decodedFrom !== undefined) ? 1 : 0,
    hidden_unicode: cats.has('hidden_unicode') ? 1 : 0,
    severity: SEVERITY_VALUE[alert.severity],
    educational: isEducational(text) ? 1 : 0,
    defensive: hasDefensiveIntent(text) ? 1 : 0,
    question_mark: /\?\s*$/u.test(text.trim()) || /[?？]/u.test(text.slice(0, 300)) ? 1 : 0,
    evidence_fenced: visible.length === 0 ? 0 : fenced / visible.length,
    evidence_quoted: visible.length === 0 ? 0 : quoted / visible.length,
    has_fence: fences.length > 0 ? 1 : 0,
    code_lines: codeLineShare(text),
    traceback: hasTraceback(text) ? 1 : 0,
    length: Math.min(1, Math.log10(1 + text.length) / 4),
    evidence_share: text.length === 0 ? 0 : Math.min(1, covered / text.length),
    cat_prompt_injection: alert.threat === 'prompt_injection' ? 1 : 0,
    cat_data_exfiltration: alert.threat === 'data_exfiltration' ? 1 : 0,
    cat_system_manipulation: alert.threat === 'system_manipulation' ? 1 : 0,
    cat_privacy_violation: alert.threat === 'privacy_violation' ? 1 : 0,
    cat_malicious_input: alert.threat === 'malicious_input' ? 1 : 0,
  };
  return FP_FEATURE_NAMES.map((k) => v[k]);
}
