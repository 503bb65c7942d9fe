import type { TextView } from '../normalize/text-view';
import { literalFreq } from './regex-plan';

/**
 * One pass per view that finds every registered literal: the triggers of all rule patterns
 * (regex-plan.ts) and the rules' keyword prefilters. Rules then look up where (or whether) their
 * literals occur instead of each scanning the whole text again.
 *
 * The pass walks the text once and dispatches on the first two UTF-16 units through a table, so
 * its cost hardly depends on how many literals are registered.
 */

const literals: string[] = [];
/**
 * Per literal: 0 when its positions are needed (pattern triggers); 1 when only its presence is
 * (keywords); 2 for a presence-only literal so common in ordinary text (" ", "at", digits) that
 * `includes` finds it at once: it stays out of the automaton and is looked up on demand.
 */
const mode: number[] = [];
const ids = new Map<string, number>();
let version = 0;

/** Keywords more frequent than this (occurrences per character) are looked up with `includes`. */
const LAZY_FREQ = 5e-4;

/** Registers a literal (idempotent) and returns its id. `positions`: whether callers need where it occurs. */
export function literalId(s: string, positions: boolean): number {
  if (s.length === 0) throw new Error('empty literal');
  let id = ids.get(s);
  if (id === undefined) {
    id = literals.length;
    literals.push(s);
    mode.push(positions ? 0 : literalFreq(s) > LAZY_FREQ ? 2 : 1);
    ids.set(s, id);
    version++;
  } else if (positions && mode[id] !== 0) {
    mode[id] = 0;
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
   * Transitions, indexed by state * classes + class. An entry is the next state times `classes`;
   * negative (−entry − 1) when that state has outputs.
   */
  readonly delta: Int32Array;
  /** Outputs of state s: outIds[outStart[s] .. outStart[s + 1]). */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
  /** Per literal: 1 when a match of the automaton must be confirmed with startsWith. */
  readonly confirm: Uint8Array;
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
  for (let id = 0; id < literals.length; id++) {
    if (mode[id] === 2) continue;
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
    for (let i = 0; i < s.length; i++) {
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
    for (let i = 0; i < s.length; i++) {
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
  const outStart = new Int32Array(states + 1);
  let total = 0;
  for (let u = 0; u < states; u++) {
    outStart[u] = total;
    total += outs[u].length;
  }
  outStart[states] = total;
  const outIds = new Int32Array(total);
  for (let u = 0; u < states; u++) outIds.set(outs[u], outStart[u]);
  const delta = new Int32Array(states * classes);
  for (let i = 0; i < delta.length; i++) {
    const t = next[i];
    delta[i] = outs[t].length > 0 ? -(t * classes) - 1 : t * classes;
  }
  return { version, count: literals.length, cls, classes, delta, outStart, outIds, confirm, nonAsciiFirst, nonAscii };
}

/** Where the literals occur in one text. */
export class LiteralHits {
  /** Ascending positions per literal id that needs positions; undefined when it does not occur. */
  private readonly occ: (number[] | undefined)[];
  /** Per presence-only literal id: 1 when it occurs; for lazy literals 2 when it does not (looked up). */
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
    if (mode[id] === 2) {
      const found = this.text.includes(literals[id]);
      this.seen[id] = found ? 1 : 2;
      return found;
    }
    return this.occ[id] !== undefined;
  }

  positions(id: number): readonly number[] | undefined {
    return this.occ[id];
  }

  private record(id: number, i: number): void {
    if (mode[id] === 1) {
      this.seen[id] = 1;
      return;
    }
    const list = this.occ[id];
    if (list === undefined) this.occ[id] = [i];
    else list.push(i);
  }

  /** @internal */
  fill(t: Table): void {
    const text = this.text;
    const n = text.length;
    const { cls, classes, delta, outStart, outIds, confirm, nonAsciiFirst, nonAscii } = t;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const d = delta[s + cls[c]];
      if (d >= 0) s = d;
      else {
        s = -d - 1;
        const state = s / classes;
        for (let k = outStart[state]; k < outStart[state + 1]; k++) {
          const id = outIds[k];
          const start = i - literals[id].length + 1;
          if (confirm[id] === 0 || text.startsWith(literals[id], start)) this.record(id, start);
        }
      }
      if (c >= 128 && nonAsciiFirst[c] !== 0) {
        const list = nonAscii.get(c);
        if (list !== undefined) {
          for (let k = 0; k < list.length; k++) {
            const id = list[k];
            if (text.startsWith(literals[id], i)) this.record(id, i);
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

/** The literal hits of any text (not cached). */
export function hitsOf(text: string): LiteralHits {
  if (!table || table.version !== version) table = buildTable();
  const h = new LiteralHits(text, table.version, table.count);
  h.fill(table);
  return h;
}
