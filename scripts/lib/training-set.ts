/**
 * Turns corpus rows into weighted training examples: class-balanced weights, the engine's own
 * folding (so training sees exactly what classify() sees), and a split of composite rows.
 *
 * Composite rows (an attack inserted into an email or a code answer; `source` joins two paths
 * with `+`) reuse a few contexts many times, so a plain model learns "this email is an attack".
 * We recover the context and the inserted part by aligning each composite with a known clean
 * context (common prefix + suffix) or a known inserted part (substring), then add the context
 * as benign and the inserted part as an attack of the composite's class.
 */
import { normalize } from '../../daemon/src/engine/normalize';
import { withoutPlainMarkup } from '../../daemon/src/engine/model';
import { CLASS_NAMES, type ClassName } from '../../daemon/src/engine/model/types';
import type { TrainExample } from '../../daemon/src/engine/model/trainer';
import type { CorpusRow } from './corpus';
import { balanceScripts, type ScriptBalanceOptions } from './script-balance';

export interface Decomposed {
  row: CorpusRow;
  context: string;
  inserted: string;
}

export function classIndex(row: Pick<CorpusRow, 'category'>): number {
  const name: ClassName = row.category === 'benign' || row.category === 'benign_hard' ? 'benign' : row.category;
  return CLASS_NAMES.indexOf(name);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Context/inserted pairs for the composite attack rows that can be aligned (iterates to a fixpoint). */
export function decomposeComposites(rows: readonly CorpusRow[]): Decomposed[] {
  // An insertion composite's second path is a file whose clean rows are benign contexts;
  // template fills (`templates+names`) have no such benign rows and are left whole.
  const contextSources = new Set(rows.filter((r) => r.label === 'benign').map((r) => r.source.split(':').pop() ?? ''));
  const isComposite = (r: CorpusRow): boolean => r.label === 'attack' && r.source.includes('+') && contextSources.has(r.source.split('+').pop() ?? '');
  const families = new Set(rows.filter(isComposite).map((r) => r.file.split('-')[0]));
  const contexts = new Set(rows.filter((r) => r.label === 'benign' && families.has(r.file.split('-')[0])).map((r) => r.text));
  const pending = rows.filter(isComposite);
  const found = new Map<CorpusRow, Decomposed>();
  const inserts = new Set<string>();
  // Exact alignments first; pairwise composite alignment (less certain) only once those are exhausted.
  for (let changed = true, final = false; changed || !final; ) {
    if (!changed) final = true;
    changed = false;
    for (const row of pending) {
      if (found.has(row)) continue;
      const d = alignWithContext(row, contexts) ?? alignWithInsert(row, inserts) ?? (final ? alignWithComposite(row, pending) : undefined);
      if (!d) continue;
      found.set(row, d);
      inserts.add(d.inserted);
      contexts.add(d.context);
      changed = true;
    }
  }
  return [...found.values()];
}

function alignWithContext(row: CorpusRow, contexts: Set<string>): Decomposed | undefined {
  const t = row.text;
  for (const c of contexts) {
    const p = commonPrefix(t, c);
    const s = commonSuffix(t, c, Math.min(t.length, c.length) - p);
    // The whole context must be accounted for (a little slack for separators); the insert must be real.
    if (p + s >= 0.9 * c.length && t.length - p - s >= 10) return { row, context: c, inserted: t.slice(p, t.length - s).trim() };
  }
  return undefined;
}

/**
 * Two composites with the same context and the insert at the same place differ only in the
 * middle: the common prefix + suffix is the context. Accepted only when that covers most of the row.
 */
function alignWithComposite(row: CorpusRow, others: readonly CorpusRow[]): Decomposed | undefined {
  const t = row.text;
  let best: Decomposed | undefined;
  let bestCover = 0;
  for (const o of others) {
    if (o === row || o.file !== row.file) continue;
    const p = commonPrefix(t, o.text);
    const s = commonSuffix(t, o.text, Math.min(t.length, o.text.length) - p);
    const mid = t.length - p - s;
    if (mid < 10 || o.text.length - p - s < 10 || p + s < 0.5 * t.length || p + s <= bestCover) continue;
    bestCover = p + s;
    best = { row, context: (t.slice(0, p) + t.slice(t.length - s)).trim(), inserted: t.slice(p, t.length - s).trim() };
  }
  return best;
}

function alignWithInsert(row: CorpusRow, inserts: Set<string>): Decomposed | undefined {
  for (const ins of inserts) {
    const at = row.text.indexOf(ins);
    if (at < 0) continue;
    const context = (row.text.slice(0, at) + row.text.slice(at + ins.length)).trim();
    return context.length > 20 ? { row, context, inserted: ins } : undefined;
  }
  return undefined;
}

/** What classify() reads of a message: its folded view text without plain markup. */
export function foldForModel(text: string): string {
  return withoutPlainMarkup(normalize(text).views[0].text);
}

export interface ExampleOptions {
  /** Share of the total weight given to the benign class (the rest is split evenly among attack classes). */
  benignShare: number;
  /** Weight multiplier of the clean context recovered from a composite row. */
  contextWeight: number;
  /** Weight multiplier of the inserted part recovered from a composite row. */
  insertWeight: number;
  /** Weight multiplier of composite rows that could be decomposed (their parts carry the signal). */
  compositeWeight: number;
  /** Per-script rebalancing (script-balance.ts); null: off. */
  scripts: Omit<ScriptBalanceOptions, 'benignShare'> | null;
}

export const DEFAULT_EXAMPLE_OPTIONS: ExampleOptions = {
  benignShare: 0.5,
  contextWeight: 1,
  insertWeight: 1,
  compositeWeight: 1,
  scripts: { maxFactor: 2 },
};

/**
 * Weighted examples. The benign class (benign + benign_hard) gets `benignShare` of the total
 * weight and each attack class an equal part of the rest: with a 1/6 benign prior an
 * uninformative text would score P(attack) = 5/6. Decomposed composites add their parts.
 */
export function buildExamples(rows: readonly CorpusRow[], opts: ExampleOptions = DEFAULT_EXAMPLE_OPTIONS): TrainExample[] {
  const k = CLASS_NAMES.length;
  const benign = CLASS_NAMES.indexOf('benign');
  // Class totals count a row of weight w as w rows, so weighting a row is the same as repeating it.
  const perClass = new Array<number>(k).fill(0);
  let total = 0;
  for (const r of rows) {
    perClass[classIndex(r)] += r.weight ?? 1;
    total += r.weight ?? 1;
  }
  const weightOf = (cls: number): number => {
    if (perClass[cls] === 0) return 0;
    const share = cls === benign ? opts.benignShare : (1 - opts.benignShare) / (k - 1);
    return (total * share) / perClass[cls];
  };
  const parts = decomposeComposites(rows);
  const decomposed = new Set(parts.map((d) => d.row));
  const out: TrainExample[] = rows.map((r) => {
    const cls = classIndex(r);
    return { text: foldForModel(r.text), cls, weight: weightOf(cls) * (r.weight ?? 1) * (decomposed.has(r) ? opts.compositeWeight : 1) };
  });
  for (const d of parts) {
    const cls = classIndex(d.row);
    out.push({ text: foldForModel(d.context), cls: benign, weight: weightOf(cls) * opts.contextWeight });
    out.push({ text: foldForModel(d.inserted), cls, weight: weightOf(cls) * opts.insertWeight });
  }
  const kept = out.filter((e) => e.weight > 0);
  if (opts.scripts) balanceScripts(kept, benign, { ...opts.scripts, benignShare: opts.benignShare });
  return kept;
}
