import type { ScanContext } from '../types';
import type { TextView } from '../normalize/text-view';
import type { RawMatch } from './rule';

/**
 * Anchored matching shared by the prompt-injection and exfiltration rules.
 *
 * Every rule names ANCHORS: literal phrases at least one of which any match must contain (its
 * rarest words: "ignore", "system prompt", "忽略"). All anchors of all rules are compiled into one
 * alternation that scans each view ONCE; each rule then runs its sticky patterns only at the
 * positions where its own anchors occur. One shared pass instead of a prefilter plus full scans per
 * rule keeps the families fast on long texts, and bounds the work on hostile ones.
 */
export interface AnchoredSpec {
  /** Lower-case phrases in lexicon syntax (space = flexible whitespace, `*` ends a stem). */
  readonly anchors: readonly string[];
  /** Tried at each anchor position (flags `guy`): each must start with one of the rule's anchors. */
  readonly patterns?: readonly RegExp[];
  /** Run over the whole view (flag `g`) when any anchor is present: for matches that begin before the anchor. */
  readonly scanPatterns?: readonly RegExp[];
  readonly confidence: number;
  readonly validate?: (m: RegExpExecArray, text: string, ctx: ScanContext) => number;
  /** Like `validate`, but may also move the span (e.g. back to a word found before the anchor). */
  readonly refine?: (m: RegExpExecArray, text: string, ctx: ScanContext) => RawMatch | null;
  /**
   * Skip anchor positions inside a pattern match even when it was rejected. For patterns whose
   * match covers a whole unit (a URL, a comment), so hostile repetitions are read once, not once per anchor.
   */
  readonly skipRejected?: boolean;
  /**
   * Second words, also anchors: at least one must occur in the view or the rule is skipped. Lets a
   * rule with common first words ("ignore") stop at once on text that lacks its objects ("instructions").
   */
  readonly requires?: readonly string[];
}

const MAX_MATCHES = 64;
/** Bounded work on hostile input ("ignore ignore ignore …"): positions tried per rule and view. */
const MAX_POSITIONS = 1000;

/** Letters of scripts that separate words with spaces; a match may not start in the middle of such a word. */
const SPACED_LETTER = /[a-z\u00c0-\u024f\u0400-\u04ff]/u;
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}_]/u;

function startsMidWord(text: string, i: number): boolean {
  return i > 0 && SPACED_LETTER.test(text[i]) && WORD_CHAR.test(text[i - 1]);
}

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

function register(anchors: readonly string[]): string[] {
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

/** Positions kept per anchor and view; matchers never try more than MAX_POSITIONS anyway. */
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

function push(out: RawMatch[], spec: AnchoredSpec, m: RegExpExecArray, text: string, ctx: ScanContext): void {
  if (spec.refine) {
    const r = spec.refine(m, text, ctx);
    if (r && r.confidence > 0) out.push({ ...r, confidence: Math.min(1, r.confidence) });
    return;
  }
  const confidence = spec.validate ? spec.validate(m, text, ctx) : spec.confidence;
  if (confidence > 0) out.push({ start: m.index, end: m.index + m[0].length, confidence: Math.min(1, confidence) });
}

/** Builds the `match` function of a rule from its spec (registers its anchors with the shared gate). */
export function anchoredMatcher(spec: AnchoredSpec): (view: TextView, ctx: ScanContext) => RawMatch[] {
  const anchors = new Set(register(spec.anchors));
  const requires = spec.requires ? register(spec.requires) : null;
  return (view, ctx) => {
    const hits = gate(view);
    if (hits.size === 0) return [];
    if (requires && !requires.some((a) => hits.has(a))) return [];
    const positions: number[] = [];
    for (const [a, list] of hits) if (anchors.has(a)) for (const p of list) positions.push(p);
    if (positions.length === 0) return [];
    const text = view.text;
    const out: RawMatch[] = [];
    if (spec.patterns?.length) {
      const sorted = [...new Set(positions)].sort((x, y) => x - y).slice(0, MAX_POSITIONS);
      let covered = -1;
      for (const pos of sorted) {
        if (pos < covered) continue; // inside the previous match of this rule
        for (const pattern of spec.patterns) {
          pattern.lastIndex = pos;
          const m = pattern.exec(text);
          if (!m || m[0].length === 0) continue;
          const before = out.length;
          push(out, spec, m, text, ctx);
          if (out.length >= MAX_MATCHES) return out;
          if (out.length > before) {
            covered = Math.max(covered, out[out.length - 1].end, m.index + m[0].length);
            break;
          }
          if (spec.skipRejected) {
            covered = m.index + m[0].length;
            break;
          }
        }
      }
    }
    for (const pattern of spec.scanPatterns ?? []) {
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(text)) !== null) {
        if (m[0].length === 0 || startsMidWord(text, m.index)) {
          pattern.lastIndex = m.index + 1;
          continue;
        }
        push(out, spec, m, text, ctx);
        if (out.length >= MAX_MATCHES) return out;
      }
    }
    return out;
  };
}

/** Compiles a sticky pattern for `AnchoredSpec.patterns`. */
export function sticky(source: string): RegExp {
  return new RegExp(source, 'guy');
}

const CLAUSE_BREAK = /[.!?;:\n。！？；，、]/u;

/**
 * The nearest match of `re` (global) that ends within `width` characters before `pos`, with no
 * clause break between it and `pos`. Lets a rule anchor on its rarest word and look back for the rest.
 */
export function lookBefore(text: string, pos: number, width: number, re: RegExp): RegExpExecArray | null {
  let window = text.slice(Math.max(0, pos - width), pos);
  for (let i = window.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(window[i])) {
      window = window.slice(i + 1);
      break;
    }
  }
  const offset = pos - window.length;
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    last = m;
  }
  if (last) last.index += offset;
  return last;
}
