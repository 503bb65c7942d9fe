import type { TextView } from '../normalize/text-view';
import { AFTER_NON_LOWER, ANYWHERE, WORD_START, literalFreq } from './regex-plan';

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

/** Keywords more frequent than this (estimated occurrences per character) are looked up with `includes`. */
const LAZY_SEEN_FREQ = 5e-4;
/** Pattern triggers more frequent than this are collected on demand. */
const LAZY_POS_FREQ = 3e-3;

/**
 * Registers a literal (idempotent) and returns its id. `positions`: whether callers need where it
 * occurs (else only whether it does); `flavor`: which occurrences count (keywords: all).
 */
export function literalId(s: string, positions: boolean, flavor = ANYWHERE): number {
  if (s.length === 0) throw new Error('empty literal');
  if (!positions && flavor !== ANYWHERE) throw new Error('presence literals count every occurrence');
  const freq = literalFreq(s, flavor);
  const key = `${flavor}:${s}`;
  let id = ids.get(key);
  if (id === undefined) {
    id = literals.length;
    literals.push(s);
    flavors.push(flavor);
    mode.push(positions ? (freq > LAZY_POS_FREQ ? LAZY_POS : POS) : freq > LAZY_SEEN_FREQ ? LAZY_SEEN : SEEN);
    ids.set(key, id);
    version++;
  } else if (positions && (mode[id] === SEEN || mode[id] === LAZY_SEEN)) {
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
  readonly nonAscii: Map<number, number[]>;
}

let table: Table | null = null;

function buildTable(): Table {
  const cls = new Uint8Array(0x10000);
  let classes = 1;
  const nonAsciiFirst = new Uint8Array(0x10000);
  const nonAscii = new Map<number, number[]>();
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
      const list = nonAscii.get(c1);
      if (list) list.push(id);
      else nonAscii.set(c1, [id]);
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

/** Where the literals occur in one text. */
export class LiteralHits {
  /** Ascending positions per literal id that needs positions; undefined when it does not occur. */
  private readonly occ: (number[] | undefined)[];
  /** Per presence-only literal: 1 when it occurs; for lazy literals, 2 when looked up and absent. */
  private readonly seen: Uint8Array;

  constructor(
    readonly text: string,
    readonly version: number,
    count: number,
  ) {
    this.occ = new Array<number[] | undefined>(count);
    this.seen = new Uint8Array(count);
  }

  has(id: number): boolean {
    const seen = this.seen[id];
    if (seen !== 0) return seen === 1;
    const m = mode[id];
    if (m === LAZY_SEEN) {
      const found = this.text.includes(literals[id]);
      this.seen[id] = found ? 1 : 2;
      return found;
    }
    if (m === LAZY_POS) return this.positions(id) !== undefined;
    return this.occ[id] !== undefined;
  }

  /** Ascending start positions of a positions literal, or undefined when it does not occur. */
  positions(id: number): readonly number[] | undefined {
    if (mode[id] === LAZY_POS && this.seen[id] === 0) {
      const lit = literals[id];
      const text = this.text;
      let list: number[] | undefined;
      const flavor = flavors[id];
      for (let i = text.indexOf(lit); i >= 0; i = text.indexOf(lit, i + 1)) {
        if (flavor !== ANYWHERE && i > 0 && excluded(flavor, text.charCodeAt(i - 1))) continue;
        (list ??= []).push(i);
      }
      this.occ[id] = list;
      this.seen[id] = list ? 1 : 2;
    }
    return this.occ[id];
  }

  /** @internal */
  fill(t: Table): void {
    const text = this.text;
    const n = text.length;
    const { cls, classes, delta, outStart, outIds, confirm, lens, modes, flavors: flavorOf, nonAsciiFirst, nonAscii } = t;
    const occ = this.occ;
    const seen = this.seen;
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
          if (confirm[id] !== 0 && !text.startsWith(literals[id], start)) continue;
          if (flavorOf[id] !== ANYWHERE && start > 0 && excluded(flavorOf[id], text.charCodeAt(start - 1))) continue;
          if (modes[id] === SEEN) seen[id] = 1;
          else {
            const list = occ[id];
            if (list === undefined) occ[id] = [start];
            else list.push(start);
          }
        }
      }
      if (c >= 128 && nonAsciiFirst[c] !== 0) {
        const list = nonAscii.get(c);
        if (list !== undefined) {
          for (let k = 0; k < list.length; k++) {
            const id = list[k];
            if (!text.startsWith(literals[id], i)) continue;
            if (flavorOf[id] !== ANYWHERE && i > 0 && excluded(flavorOf[id], text.charCodeAt(i - 1))) continue;
            if (modes[id] === SEEN) seen[id] = 1;
            else {
              const l = occ[id];
              if (l === undefined) occ[id] = [i];
              else l.push(i);
            }
          }
        }
      }
    }
  }
}

const cache = new WeakMap<TextView, LiteralHits>();

/** The literal hits of a view's text, computed once per view (and again only if literals were registered since). */
export function literalHits(view: TextView): LiteralHits {
  const hit = cache.get(view);
  if (hit && hit.version === version) return hit;
  const h = hitsOf(view.text);
  cache.set(view, h);
  return h;
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
