import type { TextView } from '../normalize/text-view';
import { AFTER_NON_LOWER as NON_LOWER_FLAVOR, ANYWHERE as ANY_FLAVOR, WORD_START as WORD_FLAVOR, literalFreq } from './regex-plan';

// Module-local copies: the hot loops below read them per character (an imported binding may be a getter).
const ANYWHERE = ANY_FLAVOR;
const WORD_START = WORD_FLAVOR;
const AFTER_NON_LOWER = NON_LOWER_FLAVOR;

/** Literal flavor for the lexicon gate: not after a letter or digit of a space-separated script (isWordCode there). */
export const AFTER_NON_WORD_CODE = 3;

/** True when a literal of this flavor may not start right after the unit `prev`. */
function excluded(flavor: number, prev: number): boolean {
  switch (flavor) {
    case WORD_START:
      return (prev >= 0x30 && prev <= 0x39) || (prev >= 0x41 && prev <= 0x5a) || (prev >= 0x61 && prev <= 0x7a) || prev === 0x5f;
    case AFTER_NON_LOWER:
      return prev >= 0x61 && prev <= 0x7a;
    case AFTER_NON_WORD_CODE:
      return (prev >= 0x61 && prev <= 0x7a) || (prev >= 0x41 && prev <= 0x5a) || (prev >= 0x30 && prev <= 0x39) || (prev >= 0xc0 && prev <= 0x24f) || (prev >= 0x400 && prev <= 0x4ff);
    default:
      return false;
  }
}

/**
 * One pass per view that finds every registered literal: the triggers of all rule patterns
 * (regex-plan.ts) and the rules' keyword prefilters. Rules then look up where (or whether) their
 * literals occur instead of each scanning the whole text again.
 *
 * The pass walks the text once and dispatches on the first two UTF-16 units through a table, so
 * its cost hardly depends on how many literals are registered.
 */

const literals: string[] = [];
/** For tools: the text of a literal id. */
export function literalText(id: number): string {
  return literals[id];
}
/** Per literal: where it may occur (ANYWHERE, WORD_START …): occurrences elsewhere are not recorded. */
const flavors: number[] = [];
/**
 * How each literal is found. In the automaton: POS (positions recorded) or SEEN (only presence,
 * for keywords). Literals so common in ordinary text (" ", digits, "on") that recording them would
 * cost more than it saves stay out of it and are looked up on demand, once per text: LAZY_SEEN with
 * `includes`, LAZY_POS with an `indexOf` loop.
 */
/** Literals longer than this enter the automaton by their first units and are confirmed with startsWith: a smaller table. */
const TRIE_DEPTH = 8;
const POS = 0;
const SEEN = 1;
const LAZY_SEEN = 2;
const LAZY_POS = 3;
const mode: number[] = [];
const ids = new Map<string, number>();
let version = 0;

/**
 * Keywords more frequent than this (estimated occurrences per character) are looked up with `includes`.
 * In the automaton a keyword costs a flag check per occurrence; looked up, a whole-text search each
 * time a rule asks and it is absent. literalFreq overestimates longer literals ("ncat", "troie": 1e-3
 * estimated, under 1e-5 in prose), so at 5e-4 93 keywords were looked up, 47 whole-text searches per
 * 2.4 KB chunk of a prompt file: 8 % of its scan time, 11 % of a 1 KB message's (session 15).
 */
const LAZY_SEEN_FREQ = 1e-2;
/**
 * Pattern triggers more frequent than this are collected on demand. At 3e-3 ("tel", "sei", "dl", "of",
 * "or", the digits) each view ran 27 indexOf loops, 7.9 ms per MB of prose; in the automaton their
 * ~20,000 occurrences per MB cost under 1 ms to record (session 19). Only "\n", "ni" and "ne" stay out.
 */
const LAZY_POS_FREQ = 1e-2;

/**
 * Registers a literal (idempotent) and returns its id. `positions`: whether callers need where it
 * occurs (else only whether it does); `flavor`: which occurrences count (keywords: all).
 */
export function literalId(s: string, positions: boolean, flavor = ANYWHERE, eager = false): number {
  if (s.length === 0) throw new Error('empty literal');
  if (!positions && flavor !== ANYWHERE) throw new Error('presence literals count every occurrence');
  // `eager`: always in the automaton, so that it is listed in LiteralHits.touched when it occurs.
  const freq = eager ? 0 : literalFreq(s, flavor);
  const key = `${flavor}:${s}`;
  let id = ids.get(key);
  if (id === undefined) {
    id = literals.length;
    literals.push(s);
    flavors.push(flavor);
    mode.push(positions ? (freq > LAZY_POS_FREQ ? LAZY_POS : POS) : freq > LAZY_SEEN_FREQ ? LAZY_SEEN : SEEN);
    ids.set(key, id);
    version++;
  } else if (positions && (mode[id] === SEEN || mode[id] === LAZY_SEEN || (eager && mode[id] === LAZY_POS))) {
    mode[id] = freq > LAZY_POS_FREQ ? LAZY_POS : POS;
    version++;
  }
  return id;
}

/**
 * Literals that start with an ASCII unit are found by an Aho-Corasick automaton over character
 * classes (one table lookup per character); the few that start with another unit (CJK, Cyrillic)
 * by a first-unit table. Units that occur in no ASCII literal share class 0, so a literal with a
 * non-ASCII unit inside ("allée") is confirmed with `startsWith`.
 */
interface Table {
  readonly version: number;
  readonly count: number;
  /** Class of each UTF-16 unit. */
  readonly cls: Uint8Array;
  readonly classes: number;
  /**
   * Transitions, indexed by state * classes + class: the next state, or its bitwise complement
   * (negative) when that state has outputs. 16 bits per entry keep the table small enough to stay
   * in cache between views.
   */
  readonly delta: Int16Array;
  /** Outputs of state s: outIds[outStart[s] .. outStart[s + 1]). */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
  /** Per literal: 1 when a match of the automaton must be confirmed with startsWith. */
  readonly confirm: Uint8Array;
  readonly lens: Int32Array;
  readonly modes: Uint8Array;
  readonly flavors: Uint8Array;
  readonly nonAsciiFirst: Uint8Array;
  /** Literals that start with a non-ASCII unit, by that unit: one-unit ones, and longer ones by their second unit. */
  readonly nonAscii: Map<number, { singles: number[]; byNext: Map<number, number[]> }>;
}

let table: Table | null = null;

function buildTable(): Table {
  const cls = new Uint8Array(0x10000);
  let classes = 1;
  const nonAsciiFirst = new Uint8Array(0x10000);
  const nonAscii = new Map<number, { singles: number[]; byNext: Map<number, number[]> }>();
  const confirm = new Uint8Array(literals.length);
  const ascii: number[] = [];
  const lens = Int32Array.from(literals, (l) => l.length);
  const modes = Uint8Array.from(mode);
  const flavorOf = Uint8Array.from(flavors);
  for (let id = 0; id < literals.length; id++) {
    if (mode[id] === LAZY_SEEN || mode[id] === LAZY_POS) continue;
    const s = literals[id];
    const c1 = s.charCodeAt(0);
    if (c1 >= 128) {
      nonAsciiFirst[c1] = 1;
      let entry = nonAscii.get(c1);
      if (!entry) nonAscii.set(c1, (entry = { singles: [], byNext: new Map() }));
      if (s.length === 1) entry.singles.push(id);
      else {
        const c2 = s.charCodeAt(1);
        const list = entry.byNext.get(c2);
        if (list) list.push(id);
        else entry.byNext.set(c2, [id]);
      }
      continue;
    }
    ascii.push(id);
    if (s.length > TRIE_DEPTH) confirm[id] = 1;
    for (let i = 0; i < Math.min(s.length, TRIE_DEPTH); i++) {
      const c = s.charCodeAt(i);
      if (c >= 128) confirm[id] = 1;
      else if (cls[c] === 0) cls[c] = classes++;
    }
  }
  if (classes > 255) throw new Error('literal-index: too many character classes');

  // Trie over classes.
  const kids: number[][] = [[]];
  const own: number[][] = [[]];
  for (const id of ascii) {
    const s = literals[id];
    let node = 0;
    for (let i = 0; i < Math.min(s.length, TRIE_DEPTH); i++) {
      const c = cls[s.charCodeAt(i)];
      let next = kids[node][c];
      if (next === undefined) {
        next = kids.length;
        kids.push([]);
        own.push([]);
        kids[node][c] = next;
      }
      node = next;
    }
    own[node].push(id);
  }
  const states = kids.length;
  // BFS: failure links, full transition table and merged outputs.
  const fail = new Int32Array(states);
  const next = new Int32Array(states * classes);
  const outs: number[][] = new Array<number[]>(states);
  outs[0] = own[0];
  const queue: number[] = [];
  for (let c = 0; c < classes; c++) {
    const k = kids[0][c];
    if (k === undefined) next[c] = 0;
    else {
      next[c] = k;
      fail[k] = 0;
      queue.push(k);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const u = queue[q];
    outs[u] = own[u].concat(outs[fail[u]]);
    for (let c = 0; c < classes; c++) {
      const k = kids[u][c];
      if (k === undefined) next[u * classes + c] = next[fail[u] * classes + c];
      else {
        next[u * classes + c] = k;
        fail[k] = next[fail[u] * classes + c];
        queue.push(k);
      }
    }
  }
  // Renumber states in BFS order: the shallow states ordinary text keeps visiting share cache lines.
  const order = [0, ...queue];
  const rank = new Int32Array(states);
  order.forEach((u, r) => (rank[u] = r));
  const outStart = new Int32Array(states + 1);
  let total = 0;
  for (let r = 0; r < states; r++) {
    outStart[r] = total;
    total += outs[order[r]].length;
  }
  outStart[states] = total;
  const outIds = new Int32Array(total);
  for (let r = 0; r < states; r++) outIds.set(outs[order[r]], outStart[r]);
  if (states > 0x7fff) throw new Error('literal-index: automaton too large');
  const delta = new Int16Array(states * classes);
  for (let r = 0; r < states; r++) {
    const u = order[r];
    for (let c = 0; c < classes; c++) {
      const t = next[u * classes + c];
      delta[r * classes + c] = outs[t].length > 0 ? ~rank[t] : rank[t];
    }
  }
  return { version, count: literals.length, cls, classes, delta, outStart, outIds, confirm, lens, modes, flavors: flavorOf, nonAsciiFirst, nonAscii };
}

/**
 * Per-literal state of the texts' hits lives in these module-wide arrays, stamped with the owning
 * LiteralHits' generation: a view then allocates nothing sized by the (thousands of) registered
 * literals, only lists for the few that occur. When another view's hits are used, its few entries
 * are stamped back in (activate()).
 */
let gStamp = new Int32Array(0);
/** 1 + index into the owner's `lists` (0: no positions). */
let gSlot = new Int32Array(0);
/** Bits: FOUND (a presence literal occurs), ABSENT (looked up, absent), CUT (list capped). */
let gFlag = new Uint8Array(0);
/** 1 + index into the owner's `flagIds` (0: no flags recorded yet). */
let gFlagAt = new Int32Array(0);
const FOUND = 1;
const ABSENT = 2;
const CUT = 4;
let generation = 0;
/** Generation of the LiteralHits the arrays currently describe. */
let activeGen = 0;

function ensureGlobals(count: number): void {
  if (gStamp.length >= count) return;
  const size = Math.max(count, gStamp.length * 2, 1024);
  gStamp = new Int32Array(size);
  gSlot = new Int32Array(size);
  gFlag = new Uint8Array(size);
  gFlagAt = new Int32Array(size);
  activeGen = 0;
}

/** Where the literals occur in one text. */
export class LiteralHits {
  private readonly gen = ++generation;
  /** Position lists of the literals that occur, and their ids. */
  private readonly lists: number[][] = [];
  private readonly listIds: number[] = [];
  /** Literal ids with flags, and the flags (to restore them in activate()). */
  private readonly flagIds: number[] = [];
  /**
   * Positions kept per literal. Windows that dense are never run (pattern-scan.ts scans those texts
   * the classic way), so hostile input ("{{{{…") costs no more than this per literal.
   */
  readonly cap: number;
  private full: Map<number, readonly number[]> | null = null;
  /** Positions of lexicon anchors in this text, by anchor index (lexicon-anchor-index.ts keeps them here). */
  anchors: Map<number, readonly number[] | null> | null = null;
  /** Word-start positions of phrase heads by the unit after their gap, by head literal (lexicon-anchor-index.ts keeps them here). */
  phraseStarts: Map<number, Map<number, number[]>> | null = null;
  /** Per anchor index: 1 when one of its heads occurs (lexicon-anchor-index.ts). */
  anchorFlags: Uint8Array | null = null;
  /** Per anchor set: the indices of its anchors whose heads occur (lexicon-anchor-index.ts). */
  anchorSetMembers: (number[] | undefined)[] | null = null;
  /** Per literal vocabulary: the indices of its automaton literals that occur (literal-vocabulary.ts keeps them here). */
  vocabularyMembers: (number[] | undefined)[] | null = null;
  /** Ids of the automaton's positions literals that occur, in order of first occurrence. */
  readonly touched: number[] = [];

  constructor(
    readonly text: string,
    readonly version: number,
    count: number,
  ) {
    ensureGlobals(count);
    this.cap = Math.ceil(text.length / 32) + 64;
    activeGen = this.gen;
  }

  /** Makes the module-wide arrays describe this text. */
  private activate(): void {
    if (activeGen === this.gen) return;
    const gen = this.gen;
    for (let k = 0; k < this.listIds.length; k++) {
      const id = this.listIds[k];
      gStamp[id] = gen;
      gSlot[id] = k + 1;
      gFlag[id] = 0;
      gFlagAt[id] = 0;
    }
    for (let k = 0; k < this.flagIds.length; k++) {
      const id = this.flagIds[k];
      if (gStamp[id] !== gen) {
        gStamp[id] = gen;
        gSlot[id] = 0;
      }
      gFlag[id] = this.flagBits[k];
      gFlagAt[id] = k + 1;
    }
    activeGen = gen;
  }

  /** The flags of flagIds[k] as recorded by this instance (restored when re-activating). */
  private readonly flagBits: number[] = [];

  private slotOf(id: number): number {
    return gStamp[id] === this.gen ? gSlot[id] : 0;
  }

  private flags(id: number): number {
    return gStamp[id] === this.gen ? gFlag[id] : 0;
  }

  private setFlag(id: number, bit: number): void {
    if (gStamp[id] !== this.gen) {
      gStamp[id] = this.gen;
      gSlot[id] = 0;
      gFlag[id] = 0;
      gFlagAt[id] = 0;
    }
    gFlag[id] |= bit;
    const at = gFlagAt[id];
    if (at === 0) {
      this.flagIds.push(id);
      this.flagBits.push(bit);
      gFlagAt[id] = this.flagIds.length;
    } else this.flagBits[at - 1] |= bit;
  }

  private setList(id: number, list: number[]): void {
    this.lists.push(list);
    this.listIds.push(id);
    if (gStamp[id] !== this.gen) {
      gStamp[id] = this.gen;
      gFlag[id] = 0;
      gFlagAt[id] = 0;
    }
    gSlot[id] = this.lists.length;
  }

  /**
   * Appends to `out` the ids of the literals known to occur in this text: every automaton literal
   * that does, and the lazily looked-up ones found so far (a lazy literal not listed may still occur:
   * ask has()). Lets a caller with hundreds of candidate literals look at the few that occur instead.
   */
  presentIds(out: number[]): void {
    this.activate();
    for (let k = 0; k < this.listIds.length; k++) out.push(this.listIds[k]);
    for (let k = 0; k < this.flagIds.length; k++) if ((this.flagBits[k] & FOUND) !== 0) out.push(this.flagIds[k]);
  }

  /** True when positions(id) is only the first `cap` positions. */
  truncated(id: number): boolean {
    this.activate();
    if (mode[id] === LAZY_POS) this.positions(id);
    return (this.flags(id) & CUT) !== 0;
  }

  /** Every position of a positions literal, also past the cap (computed on demand; hostile input only). */
  allPositions(id: number): readonly number[] | undefined {
    const p = this.positions(id);
    if ((this.flags(id) & CUT) === 0) return p;
    let list = (this.full ??= new Map<number, readonly number[]>()).get(id);
    if (!list) {
      list = this.scan(id, Infinity) ?? [];
      this.full.set(id, list);
    }
    return list;
  }

  /** Positions of literal `id` by indexOf (with its flavor), at most `max`. */
  private scan(id: number, max: number): number[] | undefined {
    const lit = literals[id];
    const text = this.text;
    const flavor = flavors[id];
    let list: number[] | undefined;
    for (let i = text.indexOf(lit); i >= 0; i = text.indexOf(lit, i + 1)) {
      if (flavor !== ANYWHERE && i > 0 && excluded(flavor, text.charCodeAt(i - 1))) continue;
      (list ??= []).push(i);
      if (list.length >= max) {
        this.setFlag(id, CUT);
        break;
      }
    }
    return list;
  }

  has(id: number): boolean {
    this.activate();
    const f = this.flags(id);
    if ((f & FOUND) !== 0) return true;
    if ((f & ABSENT) !== 0) return false;
    const m = mode[id];
    if (m === LAZY_SEEN) {
      const found = this.text.includes(literals[id]);
      this.setFlag(id, found ? FOUND : ABSENT);
      return found;
    }
    if (m === LAZY_POS) return this.positions(id) !== undefined;
    return this.slotOf(id) !== 0;
  }

  /** Ascending start positions of a positions literal, or undefined when it does not occur. */
  positions(id: number): readonly number[] | undefined {
    this.activate();
    if (mode[id] === LAZY_POS && (this.flags(id) & (FOUND | ABSENT)) === 0) {
      const list = this.scan(id, this.cap);
      if (list) this.setList(id, list);
      this.setFlag(id, list ? FOUND : ABSENT);
    }
    const k = this.slotOf(id);
    return k === 0 ? undefined : this.lists[k - 1];
  }

  /** One occurrence at `start` of literal `id`: its presence flag, or its position (capped). */
  private record(id: number, start: number, presenceOnly: boolean): void {
    const gen = this.gen;
    if (presenceOnly) {
      if (gStamp[id] !== gen || (gFlag[id] & FOUND) === 0) this.setFlag(id, FOUND);
    } else if (gStamp[id] !== gen || gSlot[id] === 0) {
      this.setList(id, [start]);
      this.touched.push(id);
    } else {
      const list = this.lists[gSlot[id] - 1];
      if (list.length < this.cap) list.push(start);
      else if ((gFlag[id] & CUT) === 0) this.setFlag(id, CUT);
    }
  }

  /** @internal */
  fill(t: Table): void {
    const text = this.text;
    const n = text.length;
    const { cls, classes, delta, outStart, outIds, confirm, lens, modes, flavors: flavorOf, nonAsciiFirst, nonAscii } = t;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const d = delta[s * classes + cls[c]];
      if (d >= 0) s = d;
      else {
        s = ~d;
        const end = outStart[s + 1];
        for (let k = outStart[s]; k < end; k++) {
          const id = outIds[k];
          const start = i - (lens[id] < TRIE_DEPTH ? lens[id] : TRIE_DEPTH) + 1;
          // A literal longer than the trie: its next unit first (cheap), then the rest.
          if (confirm[id] !== 0 && (lens[id] > TRIE_DEPTH ? text.charCodeAt(i + 1) !== literals[id].charCodeAt(TRIE_DEPTH) : false)) continue;
          if (confirm[id] !== 0 && !text.startsWith(literals[id], start)) continue;
          if (flavorOf[id] !== ANYWHERE && start > 0 && excluded(flavorOf[id], text.charCodeAt(start - 1))) continue;
          this.record(id, start, modes[id] === SEEN);
        }
      }
      if (c >= 128 && nonAsciiFirst[c] !== 0) {
        const entry = nonAscii.get(c);
        if (entry !== undefined) {
          const more = i + 1 < n ? entry.byNext.get(text.charCodeAt(i + 1)) : undefined;
          for (let pass = 0; pass < 2; pass++) {
            const list = pass === 0 ? entry.singles : more;
            if (list === undefined) continue;
            for (let k = 0; k < list.length; k++) {
              const id = list[k];
              if (pass === 1 && lens[id] > 2 && !text.startsWith(literals[id], i)) continue;
              if (flavorOf[id] !== ANYWHERE && i > 0 && excluded(flavorOf[id], text.charCodeAt(i - 1))) continue;
              this.record(id, i, modes[id] === SEEN);
            }
          }
        }
      }
    }
  }
}

/** The literal hits of a view's text, computed once per view (and again only if literals were registered since). */
export function literalHits(view: TextView): LiteralHits {
  const d = view.derived;
  if (d instanceof LiteralHits && d.version === version) return d;
  const h = hitsOf(view.text);
  view.derived = h;
  return h;
}

/** True when the literal is found by the automaton pass (so presentIds lists it whenever it occurs). */
export function isEager(id: number): boolean {
  return mode[id] === POS || mode[id] === SEEN;
}

/** Increases whenever literals are registered or change mode: derived per-literal tables are rebuilt then. */
export function literalVersion(): number {
  return version;
}

/** Size of the automaton (for tests and tools). */
export function indexStats(): { literals: number; states: number; classes: number } {
  if (!table || table.version !== version) table = buildTable();
  return { literals: table.count, states: table.outStart.length - 1, classes: table.classes };
}

/** The literal hits of any text (not cached). */
export function hitsOf(text: string): LiteralHits {
  if (!table || table.version !== version) table = buildTable();
  const h = new LiteralHits(text, table.version, table.count);
  h.fill(table);
  return h;
}
