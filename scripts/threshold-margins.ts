/**
 * Developer tool for the default model threshold (daemon/src/engine/decide.ts): scans the corpus's
 * held-out split once, then for each threshold of a 0.005 grid computes recall, benign FPR and
 * benign_hard FPR of the whole detector (rule findings, or P(attack) at or above the threshold),
 * each target's margin in standard errors, and the threshold the documented rule picks: the largest
 * smaller margin, ties to the highest threshold.
 *   tsx scripts/threshold-margins.ts [FROM TO]        (default 0.40 0.70)
 *   SOC_MODEL_DIR=DIR tsx scripts/threshold-margins.ts (a model written by `npm run train -- --out DIR`)
 */
import { scanMessage } from '../daemon/src/engine';
import { THRESHOLDS } from '../daemon/src/engine/decide';
import { DEFAULT_SPLIT_SEED, loadCorpus, splitCorpus } from './lib/corpus';
import { FPR_LIMITS, fprAt, recallAt, type Scored } from './lib/metrics';

/** The engine issue's recall target (its FPR targets are FPR_LIMITS). */
const RECALL_TARGET = 0.95;

/** Distance of an observed rate from its target, in standard errors of the target proportion (positive: on the right side). */
function margin(observed: number, target: number, n: number, above: boolean): number {
  const se = Math.sqrt((target * (1 - target)) / n);
  return (above ? observed - target : target - observed) / se;
}

function main(): void {
  const [from, to] = [Number(process.argv[2] ?? 0.4), Number(process.argv[3] ?? 0.7)];
  const ruleMin = THRESHOLDS.default.rule;
  const { holdout } = splitCorpus(loadCorpus(), DEFAULT_SPLIT_SEED);
  // The whole detector as one score: a pattern rule (or hidden Unicode) flags whatever the model says.
  const rows: Scored[] = holdout.map((r) => {
    const v = scanMessage(r.text);
    const rule = v.findings.some((f) => !f.ruleId.startsWith('ml-') && (f.category === 'hidden_unicode' || f.confidence >= ruleMin));
    return { category: r.category, score: rule ? Infinity : 1 - v.probabilities.benign };
  });
  const n = {
    attack: rows.filter((r) => r.category !== 'benign' && r.category !== 'benign_hard').length,
    benign: rows.filter((r) => r.category === 'benign').length,
    hard: rows.filter((r) => r.category === 'benign_hard').length,
  };
  let best = { t: NaN, m: -Infinity };
  console.log('threshold  recall         FPR benign   FPR hard     margins (σ)           smaller');
  for (let k = Math.round(from * 200); k <= Math.round(to * 200); k++) {
    const t = k / 200;
    const [r, b, h] = [recallAt(rows, t), fprAt(rows, 'benign', t), fprAt(rows, 'benign_hard', t)];
    const ms = [margin(r, RECALL_TARGET, n.attack, true), margin(b, FPR_LIMITS.benign, n.benign, false), margin(h, FPR_LIMITS.benign_hard, n.hard, false)];
    const m = Math.min(...ms);
    // Ties go to the highest threshold: fewer alerts at the same margins.
    if (m >= best.m - 1e-9) best = { t, m };
    const count = (rate: number, of: number) => `${Math.round(rate * of)}/${of}`;
    console.log(`${t.toFixed(3)}      ${count(r, n.attack).padEnd(14)} ${count(b, n.benign).padEnd(12)} ${count(h, n.hard).padEnd(12)} ${ms.map((x) => x.toFixed(2).padStart(6)).join(' ')}   ${m.toFixed(2)}`);
  }
  console.log(`\nthe rule picks ${best.t.toFixed(3)} (smaller margin ${best.m.toFixed(2)} σ); decide.ts has ${THRESHOLDS.default.model}`);
}

main();
