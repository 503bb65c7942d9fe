/**
 * The corpus has some writing systems almost only in attacks (Devanagari 143 attack rows to 73
 * benign in training, Bengali 28 to 0 in the corpus alone), so the classifier learns "this script
 * means attack" and flags ordinary messages written in it. Rebalancing each script's examples to
 * the overall benign share takes that prior away: what is left to learn is what the text says.
 */
import type { TrainExample } from '../../daemon/src/engine/model/trainer';

const SCRIPTS: readonly [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['greek', /\p{Script=Greek}/gu],
  ['han', /\p{Script=Han}/gu],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['hangul', /\p{Script=Hangul}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['hebrew', /\p{Script=Hebrew}/gu],
  ['devanagari', /\p{Script=Devanagari}/gu],
  ['bengali', /\p{Script=Bengali}/gu],
  ['thai', /\p{Script=Thai}/gu],
];

/** The script with the most letters in `text` (Japanese: kana anywhere makes Han text Japanese); 'latin' when none. */
export function dominantScript(text: string): string {
  let best = 'latin';
  let most = 0;
  for (const [name, re] of SCRIPTS) {
    const n = text.match(re)?.length ?? 0;
    if (n > most) {
      most = n;
      best = name;
    }
  }
  if (best === 'han' && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'kana';
  return best;
}

export interface ScriptBalanceOptions {
  /** The benign share of the weight each script is moved towards (the overall one). */
  benignShare: number;
  /** Largest factor applied to one side (rare scripts with a handful of rows are not blown up). */
  maxFactor: number;
}

/**
 * Scales, in place, the weights of each non-Latin script with more attack weight than
 * `benignShare` allows: benign weights up and attack weights down by the same factor (the square
 * root of the imbalance, capped), so the script's total weight stays about the same. Scripts with
 * more benign weight are left alone: raising their attack weight too made the everyday held-out
 * messages flagged more often (31 of 899 against 24 one way only, session 20). Returns the factor
 * of each rebalanced script.
 */
export function balanceScripts(examples: TrainExample[], benign: number, opts: ScriptBalanceOptions): Map<string, number> {
  const scripts = examples.map((e) => dominantScript(e.text));
  const sums = new Map<string, { attack: number; benign: number }>();
  examples.forEach((e, i) => {
    const s = sums.get(scripts[i]) ?? { attack: 0, benign: 0 };
    if (e.cls === benign) s.benign += e.weight;
    else s.attack += e.weight;
    sums.set(scripts[i], s);
  });
  const factor = new Map<string, number>();
  for (const [script, s] of sums) {
    if (script === 'latin' || s.attack === 0 || s.benign === 0) continue;
    // r > 1: more attack weight than the overall share allows.
    const r = (s.attack / s.benign) * (opts.benignShare / (1 - opts.benignShare));
    if (r > 1) factor.set(script, Math.min(Math.sqrt(r), opts.maxFactor));
  }
  examples.forEach((e, i) => {
    const f = factor.get(scripts[i]);
    if (f !== undefined) e.weight = e.cls === benign ? e.weight * f : e.weight / f;
  });
  return factor;
}
