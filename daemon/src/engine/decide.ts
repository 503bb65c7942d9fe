import { aboutFiction, advisesKeepingSecret, asksAssistantsOwnData, framedAsAccount } from './model-framing';
import { MODEL_RULES } from './rules/catalog';
import type { ClassName } from './model';
import { THREAT_CATEGORIES, severityRank, type Finding, type FindingCategory, type ScanContext, type SecurityMode, type Severity, type Verdict } from './types';

/**
 * Decision thresholds per security mode. The default model threshold (grid of 0.005; ties: the
 * highest, fewer alerts at the same margins) is the one whose smaller margin on the corpus's
 * held-out split is largest: recall above 95 %, benign FPR below 1 % and benign_hard FPR below 3 %,
 * each in standard errors of its target, so the detector does not sit on one edge of the targets
 * when measured on data it never saw (`tsx scripts/threshold-margins.ts` prints the grid and the
 * pick, also for a retrained model in SOC_MODEL_DIR). The product (rules included) must also keep
 * the FPR targets on the probe's `dev` set (`npm run bench -- quality`); the probe's `test` set is
 * only measured, never used to choose. Stricter modes trade false positives for recall.
 */
export const THRESHOLDS: Record<SecurityMode, { model: number; rule: number; agentModel: number; framedModel: number }> = {
  default: { model: 0.48, rule: 0.6, agentModel: 0.6, framedModel: 0.8 },
  security_aware: { model: 0.45, rule: 0.5, agentModel: 0.55, framedModel: 0.75 },
  strict: { model: 0.4, rule: 0.4, agentModel: 0.5, framedModel: 0.7 },
};

/**
 * The model's threshold for a message from another agent (source `agent`). Hand-offs between agents
 * are orders by nature ("send each guest their itinerary", "run the test suite in the sandbox"), and
 * the model, trained on people's messages, reads many as injections: on the agent-traffic dev
 * batteries (test/fixtures/batteries/agent-dev.jsonl) 0.6 keeps 75 of the 81 attacks 0.51 catches and
 * flags 14 of 180 look-alikes instead of 20 (rules alone: 37 of 118 and 8). The other modes keep the offset.
 */
function modelThreshold(t: (typeof THRESHOLDS)[SecurityMode], ctx: ScanContext): number {
  return ctx.source === 'agent' ? t.agentModel : t.model;
}

/**
 * The model's threshold for this text: a report or a plot summary that no rule flagged needs a surer
 * model (model-framing.ts), unless the model reads a payload (an injection in a report form is one);
 * so does a privacy reading of a question about the assistant's own data or a fictional character's.
 * `framedModel` is no tuned edge: the framed look-alikes of the dev batteries score 0.49–0.70.
 */
function thresholdFor(t: (typeof THRESHOLDS)[SecurityMode], ctx: ScanContext, text: string, span: [number, number], pAttack: number, top: ClassName, ruleSaid: boolean): number {
  const base = modelThreshold(t, ctx);
  if (ruleSaid || pAttack < base || top === 'malicious_input') return base;
  const framed = framedAsAccount(text, span) || advisesKeepingSecret(text) || (top === 'privacy_violation' && (asksAssistantsOwnData(text) || aboutFiction(text)));
  return framed ? Math.max(base, t.framedModel) : base;
}

/** Maps p in [0,1] piecewise-linearly so that `threshold` lands on 0.5: one scale for rules and model. */
function calibrate(p: number, threshold: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return p < threshold ? (0.5 * p) / threshold : 0.5 + (0.5 * (p - threshold)) / (1 - threshold);
}

type Probabilities = Record<ClassName, number>;

export function decide(
  text: string,
  ruleFindings: Finding[],
  probabilities: Probabilities,
  modelSpan: [number, number],
  ctx: ScanContext,
  evidenceOf: (text: string, start: number, end: number) => string,
): Verdict {
  const t = THRESHOLDS[ctx.mode ?? 'default'];
  // Hidden Unicode findings are facts about the text and always reported; pattern findings only when confident.
  const findings = ruleFindings.filter((f) => f.category === 'hidden_unicode' || f.confidence >= t.rule);
  const pAttack = 1 - probabilities.benign;

  const catScore = new Map<FindingCategory, number>();
  for (const f of findings) catScore.set(f.category, Math.max(catScore.get(f.category) ?? 0, calibrate(f.confidence, t.rule)));
  // The model's most likely attack class: what a "yes" from it is attributed to.
  let top: (typeof THREAT_CATEGORIES)[number] = THREAT_CATEGORIES[0];
  for (const c of THREAT_CATEGORIES) if (probabilities[c] > probabilities[top]) top = c;
  const ruleSaid = findings.some((f) => f.category !== 'hidden_unicode');
  const modelScore = calibrate(pAttack, thresholdFor(t, ctx, text, modelSpan, pAttack, top, ruleSaid));
  if (modelScore >= 0.5) {
    catScore.set(top, Math.max(catScore.get(top) ?? 0, modelScore));
    if (!findings.some((f) => f.category === top)) {
      const meta = MODEL_RULES.find((r) => r.category === top);
      if (meta) {
        const [start, end] = modelSpan;
        findings.push({ ruleId: meta.id, category: top, severity: meta.severity, confidence: pAttack, start, end, evidence: evidenceOf(text, start, end) });
      }
    }
  }

  let category: Verdict['category'] = 'benign';
  let score = modelScore;
  for (const [c, s] of catScore) {
    if (s > score || (category === 'benign' && s >= 0.5)) {
      score = Math.max(score, s);
      category = c;
    }
  }
  const flagged = score >= 0.5;
  if (!flagged) category = 'benign';
  let severity: Severity | 'none' = 'none';
  for (const f of findings) {
    if (severity === 'none' || severityRank(f.severity) > severityRank(severity)) severity = f.severity;
  }
  findings.sort((a, b) => a.start - b.start || b.confidence - a.confidence);
  return { flagged, category, severity, score: Math.round(score * 1e4) / 1e4, findings, probabilities };
}
