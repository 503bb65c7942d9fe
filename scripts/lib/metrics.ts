/** Detection metrics shared by `npm run train` (out-of-fold threshold) and bench/quality.ts (holdout). */
import type { CorpusCategory } from './corpus';

export interface Scored {
  category: CorpusCategory;
  /** Higher = more likely an attack. */
  score: number;
}

/** Target false-positive rates of the issue: ≤ 1 % on benign, ≤ 3 % on benign_hard. */
export const FPR_LIMITS = { benign: 0.01, benign_hard: 0.03 } as const;

const isAttack = (c: CorpusCategory): boolean => c !== 'benign' && c !== 'benign_hard';

export function rate(items: readonly Scored[], pick: (s: Scored) => boolean, threshold: number): number {
  const sel = items.filter(pick);
  return sel.length === 0 ? 0 : sel.filter((s) => s.score >= threshold).length / sel.length;
}

export const recallAt = (items: readonly Scored[], t: number): number => rate(items, (s) => isAttack(s.category), t);
export const fprAt = (items: readonly Scored[], cat: 'benign' | 'benign_hard', t: number): number => rate(items, (s) => s.category === cat, t);

/**
 * The lowest threshold (so the highest recall) at which FPR on benign ≤ 1 % and on
 * benign_hard ≤ 3 %; placed halfway to the next lower score so it is not tied to one row.
 */
export function chooseThreshold(items: readonly Scored[], limits: { benign: number; benign_hard: number } = FPR_LIMITS): number {
  const scores = [...new Set(items.map((s) => s.score))].sort((a, b) => b - a);
  let best = 1;
  for (let i = 0; i < scores.length; i++) {
    const t = scores[i];
    if (fprAt(items, 'benign', t) > limits.benign || fprAt(items, 'benign_hard', t) > limits.benign_hard) break;
    best = i + 1 < scores.length ? (t + scores[i + 1]) / 2 : t;
  }
  return best;
}

/** Recall when the threshold is set so that at most 1 % of ALL benign rows (benign + benign_hard) are flagged. */
export function recallAtFpr(items: readonly Scored[], fpr = 0.01): { recall: number; threshold: number } {
  const ben = items.filter((s) => !isAttack(s.category)).map((s) => s.score).sort((a, b) => b - a);
  const allowed = Math.floor(ben.length * fpr);
  // Threshold just above the (allowed+1)-th highest benign score: at most `allowed` benign rows reach it.
  const threshold = ben.length === 0 ? 0 : ben[allowed] + 1e-9;
  return { recall: recallAt(items, threshold), threshold };
}
