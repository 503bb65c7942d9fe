import type { TextView } from '../normalize/text-view';

/**
 * The shared anchor gate of lexicon-matcher.ts: every anchor phrase of every rule is indexed here,
 * and each view is scanned once for all of them.
 */

/** Positions kept per anchor and view; a matcher never tries more anyway (bounded work on hostile input). */
export const MAX_POSITIONS = 1000;

/** Canonical form of an anchor or of the text it matched: single spaces, plain apostrophes, no stem marks. */
function canon(s: string): string {
  return s.replace(/\*/g, '').replace(/[\s\u00a0-]+/g, ' ').replace(/’/g, "'");
}

function anchorSource(a: string): string {
  return a
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
    .join('[\\s\\u00a0-]{1,2}');
}

/** One registered anchor, with how to confirm it at a candidate position. */
interface Anchor {
  readonly key: string;
  /** Plain anchors are confirmed with `startsWith`; phrases with spaces or apostrophes with this sticky regex. */
  readonly re: RegExp | null;
}

const registered = new Map<string, Anchor>();
let index: AnchorIndex | null = null;
const gateCache = new WeakMap<TextView, Map<string, number[]>>();

/** Adds anchor phrases to the shared index; returns their canonical keys. */
export function register(anchors: readonly string[]): string[] {
  const out = anchors.map(canon);
  for (const a of out) {
    if (!registered.has(a)) {
      registered.set(a, { key: a, re: /[ ']/.test(a) ? new RegExp(anchorSource(a), 'uy') : null });
      index = null;
    }
  }
  return out;
}

/** Letters and digits of space-separated scripts (Latin, Cyrillic): the units words are made of. */
function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);
}

/** Kana and CJK ideographs: scripts without spaces, indexed by their first two characters. */
function isCjkCode(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** Whitespace and hyphen: what a space in a phrase may match. */
function isGapCode(c: number): boolean {
  return c === 0x20 || c === 0x2d || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
}

/** Small hash of `len` code units at `i`; stays a small integer (Smi) so Map lookups stay fast. */
function keyAt(text: string, i: number, len: number): number {
  let h = 0;
  for (let k = 0; k < len; k++) h = (h * 131 + text.charCodeAt(i + k)) & 0x0fffffff;
  return h;
}

function wordKey(text: string, i: number, len: number): number {
  return (keyAt(text, i, len) * 4 + len) & 0x0fffffff;
}

/** Key of a phrase: its first word's key plus the first letter of its second word. */
function phraseKey(first: number, next: number): number {
  return (first * 131 + next) & 0x0fffffff;
}

/**
 * Anchors bucketed by small hashes: single words by their first three letters (or the whole word
 * if shorter), phrases also by the first letter of their second word, CJK by two characters. A JS
 * scan over char codes with a couple of table lookups per word is about ten times faster than a regex
 * alternation of the same ~500 phrases, which V8 tries branch by branch at nearly every position.
 */
interface AnchorIndex {
  readonly word: HashTable;
  readonly phrase: HashTable;
  readonly cjk: HashTable;
  /** Bit 1: a CJK anchor of two or more characters starts with this code; bit 2: a one-character anchor is it. */
  readonly cjkFirst: Uint8Array;
  /** One-character CJK anchors ("给"). */
  readonly cjkSingle: Map<number, Anchor[]>;
  /** Anchors starting with ASCII punctuation ("[🔓", "<|", "@"), by that character. */
  readonly symbol: (Anchor[] | undefined)[];
}

const TABLE_MASK = (1 << 16) - 1;

/**
 * Hash table from small integer keys to anchor lists: one array index per lookup, cheaper than a
 * Map on the hot path (one or two lookups for every word of every message).
 */
class HashTable {
  private readonly slots: ({ key: number; anchors: Anchor[] }[] | undefined)[] = new Array<undefined>(TABLE_MASK + 1);

  add(key: number, a: Anchor): void {
    const slot = (this.slots[key & TABLE_MASK] ??= []);
    const hit = slot.find((e) => e.key === key);
    if (hit) hit.anchors.push(a);
    else slot.push({ key, anchors: [a] });
  }

  get(key: number): Anchor[] | undefined {
    const slot = this.slots[key & TABLE_MASK];
    if (slot === undefined) return undefined;
    for (const e of slot) if (e.key === key) return e.anchors;
    return undefined;
  }
}

function buildIndex(): AnchorIndex {
  const idx: AnchorIndex = {
    word: new HashTable(),
    phrase: new HashTable(),
    cjk: new HashTable(),
    cjkFirst: new Uint8Array(0x10000),
    cjkSingle: new Map(),
    symbol: [],
  };
  for (const a of registered.values()) {
    const k = a.key;
    const c = k.charCodeAt(0);
    if (isWordCode(c)) {
      let w = 0;
      while (w < k.length && isWordCode(k.charCodeAt(w))) w++;
      const h = wordKey(k, 0, Math.min(3, w));
      // A phrase whose first word is followed by a space: bucket by the second word too.
      if (k[w] === ' ') idx.phrase.add(phraseKey(h, k.charCodeAt(w + 1)), a);
      else idx.word.add(h, a);
    } else if (isCjkCode(c) && k.length >= 2) {
      idx.cjk.add(keyAt(k, 0, 2), a);
      idx.cjkFirst[c] |= 1;
    } else if (isCjkCode(c)) {
      const list = idx.cjkSingle.get(c);
      if (list) list.push(a);
      else idx.cjkSingle.set(c, [a]);
      idx.cjkFirst[c] |= 2;
    } else if (c < 128) {
      (idx.symbol[c] ??= []).push(a);
    } else {
      throw new Error(`anchor must start with a letter, a CJK character or ASCII punctuation: ${k}`);
    }
  }
  return idx;
}

function confirm(text: string, i: number, a: Anchor, hits: Map<string, number[]>): void {
  let ok: boolean;
  if (a.re) {
    a.re.lastIndex = i;
    ok = a.re.test(text);
  } else {
    ok = text.startsWith(a.key, i);
  }
  if (ok) record(hits, a.key, i);
}

const MAX_PER_ANCHOR = MAX_POSITIONS;

function record(hits: Map<string, number[]>, key: string, i: number): void {
  const list = hits.get(key);
  if (!list) hits.set(key, [i]);
  else if (list.length < MAX_PER_ANCHOR) list.push(i);
}

/** Positions of every registered anchor in the view, computed once per view and shared by all rules. */
export function gate(view: TextView): Map<string, number[]> {
  let hits = gateCache.get(view);
  if (hits) return hits;
  if (!index) index = buildIndex();
  const { word, phrase, cjk, cjkFirst, cjkSingle, symbol } = index;
  hits = new Map();
  const text = view.text;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      // A word starts here: look it up by its first three letters, and as a phrase start by the next word's first letter.
      let end = i + 1;
      while (end < n && isWordCode(text.charCodeAt(end))) end++;
      const h = wordKey(text, i, Math.min(3, end - i));
      const list = word.get(h);
      if (list) for (const a of list) confirm(text, i, a, hits);
      let j = end;
      if (j < n && isGapCode(text.charCodeAt(j))) {
        j++;
        if (j < n && isGapCode(text.charCodeAt(j))) j++;
        const plist = j < n ? phrase.get(phraseKey(h, text.charCodeAt(j))) : undefined;
        if (plist) for (const a of plist) confirm(text, i, a, hits);
      }
      i = end;
      continue;
    }
    if (c < 128) {
      const list = symbol[c];
      if (list) for (const a of list) confirm(text, i, a, hits);
    } else if (cjkFirst[c] !== 0) {
      if ((cjkFirst[c] & 1) !== 0 && i + 1 < n) {
        const list = cjk.get(keyAt(text, i, 2));
        if (list) for (const a of list) confirm(text, i, a, hits);
      }
      if ((cjkFirst[c] & 2) !== 0) for (const a of cjkSingle.get(c) ?? []) record(hits, a.key, i);
    }
    i++;
  }
  gateCache.set(view, hits);
  return hits;
}

