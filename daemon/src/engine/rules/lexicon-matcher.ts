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
}

const MAX_MATCHES = 64;
/** Bounded work on hostile input ("ignore ignore ignore …"): positions tried per rule and view. */
const MAX_POSITIONS = 2000;

/** Letters of scripts that separate words with spaces; a match may not start in the middle of such a word. */
const SPACED_LETTER = /[a-z\u00c0-\u024f\u0400-\u04ff]/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

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

/** Small hash of the first (up to) three code units at `i`; collisions only cost a failed confirmation. */
function keyAt(text: string, i: number, len: number): number {
  let h = 0;
  for (let k = 0; k < len; k++) h = (h * 131 + text.charCodeAt(i + k)) & 0x0fffffff; // stays a small integer (Smi) as a Map key
  return h;
}

/**
 * Anchors bucketed by the hash of their first three characters (two for CJK, fewer for short words).
 * A JS scan over char codes with one Map lookup per word is about ten times faster than a regex
 * alternation of the same ~400 phrases, which V8 tries one by one at nearly every position.
 */
interface AnchorIndex {
  readonly word: Map<number, Anchor[]>;
  readonly cjk: Map<number, Anchor[]>;
  /** Anchors starting with punctuation or emoji ("[🔓"): few, found with indexOf. */
  readonly symbol: Anchor[];
}

function buildIndex(): AnchorIndex {
  const word = new Map<number, Anchor[]>();
  const cjk = new Map<number, Anchor[]>();
  const symbol: Anchor[] = [];
  for (const a of registered.values()) {
    const c = a.key.charCodeAt(0);
    let map: Map<number, Anchor[]> | null = null;
    let h = 0;
    if (isWordCode(c)) {
      // Keyed like the scan keys words: first three letters, or the whole first word if shorter.
      let n = 0;
      while (n < a.key.length && n < 3 && isWordCode(a.key.charCodeAt(n))) n++;
      map = word;
      h = keyAt(a.key, 0, n) * 4 + n;
    } else if (isCjkCode(c) && a.key.length >= 2) {
      map = cjk;
      h = keyAt(a.key, 0, 2);
    }
    if (!map) {
      symbol.push(a);
      continue;
    }
    const list = map.get(h);
    if (list) list.push(a);
    else map.set(h, [a]);
  }
  return { word, cjk, symbol };
}

function confirm(text: string, i: number, a: Anchor, hits: Map<string, number[]>): void {
  let ok: boolean;
  if (a.re) {
    a.re.lastIndex = i;
    ok = a.re.test(text);
  } else {
    ok = text.startsWith(a.key, i);
  }
  if (!ok) return;
  const list = hits.get(a.key);
  if (list) list.push(i);
  else hits.set(a.key, [i]);
}

/** Positions of every registered anchor in the view, computed once per view and shared by all rules. */
function gate(view: TextView): Map<string, number[]> {
  let hits = gateCache.get(view);
  if (hits) return hits;
  if (!index) index = buildIndex();
  const { word, cjk, symbol } = index;
  hits = new Map();
  const text = view.text;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      // A word starts here: one lookup, by its first three letters (or the whole word if shorter).
      let end = i + 1;
      while (end < n && isWordCode(text.charCodeAt(end))) end++;
      const len = Math.min(3, end - i);
      const list = word.get(keyAt(text, i, len) * 4 + len);
      if (list) for (const a of list) confirm(text, i, a, hits);
      i = end;
      continue;
    }
    if (isCjkCode(c) && i + 1 < n) {
      const list = cjk.get(keyAt(text, i, 2));
      if (list) for (const a of list) confirm(text, i, a, hits);
    }
    i++;
  }
  for (const a of symbol) {
    for (let at = text.indexOf(a.key); at >= 0; at = text.indexOf(a.key, at + 1)) {
      const list = hits.get(a.key);
      if (list) list.push(at);
      else hits.set(a.key, [at]);
    }
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
  return (view, ctx) => {
    const hits = gate(view);
    if (hits.size === 0) return [];
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
