import type { TextView } from '../normalize/text-view';
import type { RawMatch } from './rule';
import { literalHits, literalId, type LiteralHits } from './literal-index';
import { LiteralVocabulary, VOCABULARY_SIZE } from './literal-vocabulary';
import { START, isJsSpace as jsSpace, planRegex } from './regex-plan';
import { regexGates } from './regex-gates';
import { regexFact } from './regex-facts-cache';
import { slimRepeats } from './regex-slim';

/** A module-local copy: read per character in the window loops (an imported binding may be a getter). */
const isJsSpace = jsSpace;

/**
 * Runs a global regex over a view, with exactly the matches of the classic
 * `re.lastIndex = 0; while ((m = re.exec(text)) !== null) …` loop, but only where it can match.
 *
 * regex-plan.ts proves which literals every match contains and at which offsets from its start;
 * literal-index.ts finds all literals of all patterns in one pass per view. The start of every
 * match therefore lies in one of the windows [p − hi, p − lo] around a literal occurrence p. The
 * runner tries the pattern only inside those windows, in order, resuming after each match like the
 * classic loop does, so it yields the same matches: no match can start between windows.
 */

interface Prepared {
  /** Plan literals: id, and the offsets [lo, hi] of the literal from the match start. */
  readonly ids: Int32Array;
  readonly lens: Int32Array;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** 1 for literals placed by the whitespace run before them (PlanLiteral.afterSpace). */
  readonly afterSpace: Uint8Array;
  /** True when one literal is START (`^`): position 0 is a candidate. */
  readonly start: boolean;
  readonly source: string;
  readonly flags: string;
  /** The source the twins are compiled from (regex-slim.ts), derived on first use. */
  slim: string | null;
  /** Sticky twins of the pattern, compiled on first use: at one position, or the first match within the next 8 / 64 positions. */
  at1: RegExp | null;
  at8: RegExp | null;
  at64: RegExp | null;
}

/** null: the pattern has no usable plan and is scanned the classic way. */
const prepared = new WeakMap<RegExp, Prepared | null>();

/** Per pattern: its gates (regex-gates.ts) as presence literal ids; the pattern runs only when each gate has one in the view. */
const gateIds = new WeakMap<RegExp, readonly Int32Array[]>();

/** False when a gate of the pattern has none of its literals in the view: the pattern cannot match there. */
function gatesOpen(re: RegExp, hits: LiteralHits): boolean {
  const gates = gateIds.get(re);
  if (gates === undefined) return true;
  for (let g = 0; g < gates.length; g++) {
    const ids = gates[g];
    let open = false;
    for (let k = 0; k < ids.length && !open; k++) open = hits.has(ids[k]);
    if (!open) return false;
  }
  return true;
}

/** Analyses a pattern and registers its literals with the shared index. Idempotent; cheap to call again. */
export function preparePattern(re: RegExp): void {
  if (prepared.has(re)) return;
  // Sticky patterns only match at lastIndex: the classic loop over them is not a search.
  const searched = re.global && !re.sticky;
  const plan = searched ? planRegex(re) : null;
  if (searched) {
    const gates = regexFact('gates', re, () => regexGates(re, plan ? plan.lits.map((l) => l.s) : []).map((g) => g.strings));
    if (gates.length > 0) gateIds.set(re, gates.map((strings) => Int32Array.from(strings, (x) => literalId(x, false))));
  }
  if (!plan) {
    prepared.set(re, null);
    return;
  }
  const lits = plan.lits.filter((l) => l.s !== START);
  const flags = re.flags.replace('g', '') + 'y';
  prepared.set(re, {
    ids: Int32Array.from(lits, (l) => literalId(l.s, true, l.flavor)),
    lens: Int32Array.from(lits, (l) => l.s.length),
    lo: Int32Array.from(lits, (l) => l.lo),
    hi: Int32Array.from(lits, (l) => l.hi),
    afterSpace: Uint8Array.from(lits, (l) => (l.afterSpace ? 1 : 0)),
    start: plan.lits.some((l) => l.s === START),
    source: re.source,
    flags,
    slim: null,
    at1: null,
    at8: null,
    at64: null,
  });
}

/** The gates given with gatedOn, by pattern. */
const declared = new WeakMap<RegExp, readonly (readonly string[])[]>();

/**
 * Adds gates the syntax tree cannot show: the pattern is tried only in views where each gate has one
 * of its literals (lower case, anywhere). For a pattern whose matches a validator accepts only when
 * such words are in the view: the pattern is not run at all where they are absent.
 */
export function gatedOn(re: RegExp, ...gates: readonly (readonly string[])[]): RegExp {
  preparePattern(re);
  gateIds.set(re, [...(gateIds.get(re) ?? []), ...gates.map((g) => Int32Array.from(g, (x) => literalId(x, false)))]);
  declared.set(re, [...(declared.get(re) ?? []), ...gates]);
  return re;
}

/** The gates a pattern was given with gatedOn (for tests: its matches are the classic loop's only where each has a literal). */
export function declaredGates(re: RegExp): readonly (readonly string[])[] {
  return declared.get(re) ?? [];
}

/** `preparePattern` for a module-level constant: registers it at load time and returns it. */
export function indexed(re: RegExp): RegExp {
  preparePattern(re);
  return re;
}

/** True when the pattern runs through the trigger index (for tests and benchmarks). */
export function isPlanned(re: RegExp): boolean {
  preparePattern(re);
  return prepared.get(re) != null;
}

/**
 * When candidate windows are this dense (literal occurrences per character), trying each one costs
 * more than V8's own scan, which skips non-matching positions in native code. V8 skips fast only
 * where a pattern starts with few literals: a long alternation without a common first character
 * (the relation words of pii-relationship-pretext) is tried at every position, 3.7 ms per 100 KB
 * against 0.3 ms in windows. At 1/48 the slowest rule on the adversarial inputs took
 * 8.4–9.5 ms in four rounds, at 1/16 3.2–6.2, with no difference on 1 KB messages or prose
 * beyond this machine's noise (session 23).
 */
const DEFAULT_DENSITY = 1 / 16;
let density = DEFAULT_DENSITY;

/** For tests: force the windowed path however dense the candidates are (Infinity), or restore the default. */
export function setWindowDensity(d = DEFAULT_DENSITY): void {
  density = d;
}

/**
 * What `onMatch` returns: true to go on (after the match, like the classic loop), false to stop, or
 * a position to resume the search from instead (like setting `re.lastIndex`; at least m.index + 1).
 */
export type MatchStep = boolean | number;

/**
 * Calls `onMatch` with each match of the global regex `re` in `text` (by default the view's text;
 * a prefix of it is allowed), in order, like the classic exec loop. After an empty match the
 * search resumes one unit later.
 */
export function eachMatch(view: TextView, re: RegExp, onMatch: (m: RegExpExecArray) => MatchStep, text: string = view.text): void {
  let p = prepared.get(re);
  if (p === undefined) {
    preparePattern(re);
    p = prepared.get(re);
  }
  const hits = literalHits(view);
  if (!gatesOpen(re, hits)) return;
  if (p && runWindows(p, hits, text, onMatch)) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex = m.index + 1;
    const step = onMatch(m);
    if (step === false) return;
    if (step !== true) re.lastIndex = step;
  }
}

/**
 * What most custom matchers do with eachMatch: score each match (null: not a finding), examining at
 * most `budget` matches (bounded work on hostile input full of near-matches) and stopping once
 * `max` findings are in.
 */
export function scoredMatches(view: TextView, re: RegExp, budget: number, max: number, score: (m: RegExpExecArray) => RawMatch | null): RawMatch[] {
  const out: RawMatch[] = [];
  let left = budget;
  eachMatch(view, re, (m) => {
    if (left-- <= 0) return false;
    const hit = score(m);
    if (hit) out.push(hit);
    return out.length < max;
  });
  return out;
}

/**
 * The twins are written with the pattern's counted group repeats as loops (regex-slim.ts): the same
 * matches, a fraction of the machine code (three twins per pattern, each compiled per string width).
 */
function compiled(p: Prepared, span: 1 | 8 | 64): RegExp {
  const source = (p.slim ??= slimRepeats(p.source));
  if (span === 1) return (p.at1 ??= new RegExp(source, p.flags));
  // Lazy prefix: the first position in the next `span` where the pattern matches (leftmost, like exec).
  if (span === 8) return (p.at8 ??= new RegExp(`[^]{0,7}?(?=${source})`, p.flags));
  return (p.at64 ??= new RegExp(`[^]{0,63}?(?=${source})`, p.flags));
}

/**
 * The windowed run. Returns false (having done nothing) when the windows are too dense to be worth
 * it; the caller then scans the classic way.
 */
function runWindows(p: Prepared, hits: LiteralHits, text: string, onMatch: (m: RegExpExecArray) => MatchStep): boolean {
  const n = text.length;
  // The plan literals that occur, in plan order (a few, also when the plan has hundreds).
  const which = occurring(p, hits);
  let total = 0;
  for (let w = 0; w < which.length; w++) {
    const id = p.ids[which[w]];
    // A capped list means more occurrences than any window run is worth: scan the classic way.
    if (hits.truncated(id)) return false;
    total += (hits.positions(id) ?? NONE).length;
  }
  const start = p.start && n > 0;
  if (start) total++;
  if (total === 0) return true;
  if (total > n * density + 16) return false;
  const one = which.length > 0 ? which[which.length - 1] : -1; // a literal whose list is non-empty
  if (which.length === 1 && !start) return runOneList(p, one, hits.positions(p.ids[one]) ?? NONE, text, onMatch);
  if (!start && text.length === hits.text.length && sameOffsets(p, which)) {
    // All occurring literals share their window offsets ("0"…"9", an alternation of words): their
    // windows come in the order of their positions, so one sorted list replaces the k-way merge.
    const merged = new Int32Array(total);
    let at = 0;
    for (let w = 0; w < which.length; w++) {
      const occ = hits.positions(p.ids[which[w]]) ?? NONE;
      for (let c = 0; c < occ.length; c++) merged[at++] = occ[c];
    }
    merged.sort();
    // The whole text: every occurrence fits, so no literal length is needed (len 0).
    return runOneList(p, one, merged, text, onMatch, 0);
  }
  // Only the literals that occur take part in the merge.
  const lists: (readonly number[])[] = [];
  for (let w = 0; w < which.length; w++) lists.push(hits.positions(p.ids[which[w]]) ?? NONE);
  return runMerged(p, lists, which, start, text, onMatch);
}

const NONE: readonly number[] = [];

/** Plans with a vocabulary of trigger literals, by plan. */
const vocabularies = new WeakMap<Prepared, LiteralVocabulary>();

/** Indices j (ascending) of the plan literals that occur in the view. */
function occurring(p: Prepared, hits: LiteralHits): number[] {
  const k = p.ids.length;
  if (k > VOCABULARY_SIZE) {
    let vocab = vocabularies.get(p);
    if (vocab === undefined) vocabularies.set(p, (vocab = new LiteralVocabulary(p.ids)));
    return vocab.occurring(hits);
  }
  const which: number[] = [];
  for (let j = 0; j < k; j++) if (hits.positions(p.ids[j]) !== undefined) which.push(j);
  return which;
}

/** True when every occurring literal of the plan (`which`) has the same lo, hi and afterSpace. */
function sameOffsets(p: Prepared, which: readonly number[]): boolean {
  const ref = which[0];
  for (let w = 1; w < which.length; w++) {
    const j = which[w];
    if (p.lo[j] !== p.lo[ref] || p.hi[j] !== p.hi[ref] || p.afterSpace[j] !== p.afterSpace[ref]) return false;
  }
  return true;
}

/** Start of the window of occurrence `occ` of plan literal j: its candidate starts are [windowA, windowB]. */
function anchorAt(p: Prepared, j: number, occ: number, text: string): number {
  let at = occ;
  if (p.afterSpace[j] === 1) while (at > 0 && isJsSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** The windowed run when only one of the plan's literals occurs (the common case): no merge needed. */
function runOneList(p: Prepared, j: number, list: ArrayLike<number>, text: string, onMatch: (m: RegExpExecArray) => MatchStep, len = p.lens[j]): boolean {
  const n = text.length;
  const last = n - 1;
  const lo = p.lo[j];
  const hi = p.hi[j];
  const windows = new WindowRuns(p, text, onMatch);
  for (let c = 0; c < list.length; c++) {
    const occ = list[c];
    if (occ + len > n) break; // past the end of a truncated text (ascending: so are the rest)
    const at = anchorAt(p, j, occ, text);
    const b = Math.min(at - lo, last);
    if (b < windows.pos) continue;
    const a = Math.max(at - hi, 0);
    if (a > b) continue;
    if (!windows.add(a, b)) return true;
  }
  windows.finish();
  return true;
}

/** The windowed run over several literals' lists (k-way merge by window start). */
function runMerged(
  p: Prepared,
  lists: readonly (readonly number[])[],
  which: readonly number[],
  start: boolean,
  text: string,
  onMatch: (m: RegExpExecArray) => MatchStep,
): boolean {
  const m = lists.length + (start ? 1 : 0);
  // Per list j: the occurrence under its cursor, its window of candidate starts [wa, wb], and whether
  // it is live (0 when spent) — in one array, as [cursor | wa | wb | live] blocks of m.
  const st = new Int32Array(4 * m);
  const windows = new WindowRuns(p, text, onMatch);
  const merge: Merge = { p, lists, which, text, st, m, windows };
  for (let j = 0; j < m; j++) st[3 * m + j] = advance(merge, j);
  for (;;) {
    let best = -1;
    for (let j = 0; j < m; j++) {
      if (st[3 * m + j] === 0) continue;
      if (st[2 * m + j] < windows.pos && (st[3 * m + j] = advance(merge, j)) === 0) continue;
      if (best < 0 || st[m + j] < st[m + best]) best = j;
    }
    if (best < 0) break;
    const a = st[m + best];
    const b = st[2 * m + best];
    st[best]++;
    st[3 * m + best] = advance(merge, best);
    if (a > b) continue;
    if (!windows.add(a, b)) return true;
  }
  windows.finish();
  return true;
}

/** The state of one k-way merge (runMerged): plain data, so the merge allocates no closures. */
interface Merge {
  readonly p: Prepared;
  readonly lists: readonly (readonly number[])[];
  readonly which: readonly number[];
  readonly text: string;
  readonly st: Int32Array;
  readonly m: number;
  readonly windows: WindowRuns;
}

/** Moves list j's cursor to its next occurrence whose window is not spent; 1 when there is one. */
function advance(g: Merge, j: number): number {
  const { p, text, st, m } = g;
  const n = text.length;
  const isStart = j >= g.lists.length;
  const list = isStart ? ZERO : g.lists[j];
  const lit = isStart ? 0 : g.which[j];
  for (let c = st[j]; c < list.length; c++) {
    const occ = list[c];
    const len = isStart ? 0 : p.lens[lit];
    if (occ + len > n) continue;
    const at = isStart ? occ : anchorAt(p, lit, occ, text);
    const lo = isStart ? 0 : p.lo[lit];
    const hi = isStart ? 0 : p.hi[lit];
    const b = Math.min(at - lo, n - 1);
    if (b < g.windows.pos) continue;
    st[j] = c;
    st[m + j] = Math.max(at - hi, 0);
    st[2 * m + j] = b;
    return 1;
  }
  st[j] = list.length;
  return 0;
}

const ZERO: readonly number[] = [0];

const MERGE_GAP = 24;

/**
 * Candidate windows, added in order of their start, run as few regex calls: windows closer than
 * MERGE_GAP are run as one (trying the pattern at the few positions between them, where it cannot
 * match, inside one call is cheaper than another call). `pos` is where the classic exec loop would
 * resume; windows that end before it are spent.
 */
class WindowRuns {
  pos = 0;
  private open = false;
  private a = 0;
  private b = 0;

  constructor(
    private readonly p: Prepared,
    private readonly text: string,
    private readonly onMatch: (m: RegExpExecArray) => MatchStep,
  ) {}

  /** Adds window [a, b]; false when `onMatch` asked to stop. */
  add(a: number, b: number): boolean {
    if (this.open && a <= this.b + 1 + MERGE_GAP) {
      if (b > this.b) this.b = b;
      return true;
    }
    if (this.open && !this.flush()) return false;
    this.open = true;
    this.a = a;
    this.b = b;
    return true;
  }

  /** Runs the last window. */
  finish(): void {
    if (this.open) this.flush();
  }

  private flush(): boolean {
    this.pos = runWindow(this.p, this.text, Math.max(this.a, this.pos), this.b, this.pos, this.onMatch);
    return this.pos >= 0;
  }
}

/**
 * Matches starting in [a, b] (and, once one is found, wherever the classic loop would go next within
 * [a, b]). Returns the position the classic loop's lastIndex would have after the window, or -1
 * when `onMatch` asked to stop.
 */
function runWindow(p: Prepared, text: string, a: number, b: number, from: number, onMatch: (m: RegExpExecArray) => MatchStep): number {
  if (a > b) return from;
  let pos = a;
  while (pos <= b) {
    const w = b - pos + 1;
    const span = w === 1 ? 1 : w <= 8 ? 8 : 64;
    const re = compiled(p, span);
    re.lastIndex = pos;
    const hit = re.exec(text);
    if (hit === null) {
      pos += span;
      continue;
    }
    let m: RegExpExecArray | null = hit;
    if (span !== 1) {
      const at1 = compiled(p, 1);
      at1.lastIndex = pos + hit[0].length;
      m = at1.exec(text);
      if (m === null) throw new Error('pattern-scan: lookahead and sticky match disagree');
    }
    const step = onMatch(m);
    if (step === false) return -1;
    pos = step === true ? m.index + m[0].length : step;
  }
  return pos;
}
