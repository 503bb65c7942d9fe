import type { TextView } from '../normalize/text-view';
import { AFTER_NON_WORD_CODE, literalHits, literalId, type LiteralHits } from './literal-index';
import { isJsSpace } from './regex-plan';

/**
 * The shared anchor gate of lexicon-matcher.ts: where each anchor phrase occurs in a view.
 *
 * An anchor's head (its first word, or all of it when it has no space or apostrophe) is a literal
 * of the shared literal index (literal-index.ts), which finds every literal of every rule in one
 * pass over the view; an anchor's positions are its head's positions that pass the anchor's own
 * checks, computed when a rule first asks for them and kept for the view.
 *
 * Which positions count (the gate's contract):
 * - anchors that start with a letter or digit of a space-separated script only at the start of a
 *   word (a run of such characters); one whose first word is shorter than three letters only when
 *   the text's word has that very length ("tu" is not found in "tuyau");
 * - a phrase ("set aside") when its first word is followed by one or two gap characters (space,
 *   tab, newline, hyphen, no-break space) and then the second word's first letter;
 * - anchors of CJK or ASCII punctuation anywhere.
 * Phrases and anchors with an apostrophe are confirmed in full (phraseAt: flexible spaces, ’ for ').
 */

/** Positions kept per anchor and view; a matcher never tries more anyway (bounded work on hostile input). */
export const MAX_POSITIONS = 1000;

/** Canonical form of an anchor or of the text it matched: single spaces, plain apostrophes, no stem marks. */
function canon(s: string): string {
  return s.replace(/\*/g, '').replace(/[\s\u00a0-]+/g, ' ').replace(/’/g, "'");
}

/** Letters and digits of space-separated scripts (Latin, Cyrillic): the units words are made of. */
function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);
}

/** Kana and CJK ideographs: scripts without spaces. */
function isCjkCode(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * Hangul, Arabic, Devanagari, Bengali and Thai: found anywhere like CJK (their words take attached
 * particles, or go unspaced), for the phrase lists that cover them; Greek and Hebrew too, which only
 * long header phrases use ("μήνυμα συστήματος", "הודעת מערכת").
 */
function isOtherScriptCode(c: number): boolean {
  return (
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x3130 && c <= 0x318f) ||
    (c >= 0x0600 && c <= 0x06ff) ||
    (c >= 0x0900 && c <= 0x09ff) ||
    (c >= 0x0e00 && c <= 0x0e7f) ||
    (c >= 0x0370 && c <= 0x03ff) ||
    (c >= 0x0590 && c <= 0x05ff)
  );
}

/** CJK symbols and punctuation (【, 「, 。) and fullwidth forms (［, ：): found anywhere, like ASCII punctuation. */
function isCjkPunctuation(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}

/** Whitespace and hyphen: what a space in a phrase may match. */
function isGapCode(c: number): boolean {
  return c === 0x20 || c === 0x2d || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
}

/** The gap characters (isGapCode) as strings. */
const GAPS = [' ', '-', '\t', '\n', '\r', '\u00a0'];

const WORD = 0;
const PHRASE = 1;
const ANYWHERE = 2;

/** One registered anchor, with how to confirm it at a position of its head. */
interface Anchor {
  readonly key: string;
  readonly index: number;
  readonly kind: typeof WORD | typeof PHRASE | typeof ANYWHERE;
  /** Length of the first word (word and phrase anchors). */
  readonly w: number;
  /**
   * Literal ids of its head: the anchor itself, or its first word (+ each gap character for a phrase,
   * so that "i" of "i am" is not looked up at every "i").
   */
  readonly heads: readonly number[];
  /** Phrases and anchors with an apostrophe are confirmed with phraseAt; the rest need only their head. */
  readonly confirmed: boolean;
}

const registered = new Map<string, Anchor>();
const all: Anchor[] = [];
/** Anchor indices by head literal id. */
const anchorsOfHead: (number[] | undefined)[] = [];

/** Per anchor index: the anchor sets (anchorSet) it belongs to. */
const setsOfAnchor: (number[] | undefined)[] = [];
let setCount = 0;

/** The anchors one matcher looks for; asking which of them occur costs what occurs, not their number. */
export interface AnchorSet {
  readonly id: number;
}

/** Registers the anchors of one matcher (its anchors, or its `requires`) as a set. */
export function anchorSet(anchors: readonly Anchor[]): AnchorSet {
  const id = setCount++;
  for (const a of new Set(anchors)) (setsOfAnchor[a.index] ??= []).push(id);
  return { id };
}

/**
 * Per view: which anchors have a head in the text, and per anchor set which of its anchors those
 * are — both from the literals that occur (usually a handful), never a walk over all anchors.
 */
function flagsOf(hits: LiteralHits): Uint8Array {
  let flags = hits.anchorFlags;
  if (flags === null) {
    flags = new Uint8Array(all.length);
    const members: (number[] | undefined)[] = new Array<number[] | undefined>(setCount);
    for (const id of hits.touched) {
      const list = anchorsOfHead[id];
      if (list === undefined) continue;
      for (let k = 0; k < list.length; k++) {
        const ai = list[k];
        if (flags[ai] !== 0) continue;
        flags[ai] = 1;
        const sets = setsOfAnchor[ai];
        if (sets !== undefined) for (let j = 0; j < sets.length; j++) (members[sets[j]] ??= []).push(ai);
      }
    }
    hits.anchorFlags = flags;
    hits.anchorSetMembers = members;
  }
  return flags;
}

/** Indices of the set's anchors whose heads occur in the view (undefined: none). */
function presentIn(hits: LiteralHits, set: AnchorSet): readonly number[] | undefined {
  flagsOf(hits);
  // A set registered after this view's flags were computed (a rule built later): compute them again.
  if (hits.anchorSetMembers !== null && set.id >= hits.anchorSetMembers.length) {
    hits.anchorFlags = null;
    flagsOf(hits);
  }
  return hits.anchorSetMembers?.[set.id];
}

/** Adds anchor phrases to the shared index; returns their canonical keys. */
export function register(anchors: readonly string[]): string[] {
  const out = anchors.map(canon);
  for (const key of out) {
    if (registered.has(key)) continue;
    const c = key.charCodeAt(0);
    let kind: Anchor['kind'];
    let w = 0;
    if (isWordCode(c)) {
      while (w < key.length && isWordCode(key.charCodeAt(w))) w++;
      kind = key[w] === ' ' ? PHRASE : WORD;
    } else if (isCjkCode(c) || c < 128 || isCjkPunctuation(c) || isOtherScriptCode(c)) {
      kind = ANYWHERE;
    } else {
      throw new Error(`anchor must start with a Latin or Cyrillic letter, a CJK, Hangul, Arabic, Indic, Thai, Greek or Hebrew character, or ASCII or CJK punctuation: ${key}`);
    }
    const confirmed = /[ ']/.test(key);
    // The head: the literal every occurrence starts with (up to the first space or apostrophe).
    const cut = key.search(/[ ']/);
    const flavor = kind === ANYWHERE ? 0 : AFTER_NON_WORD_CODE;
    const heads =
      kind === PHRASE
        ? GAPS.map((g) => literalId(key.slice(0, w) + g, true, flavor, true))
        : key[cut] === "'"
          ? // "you're": the regex wants an apostrophe (straight or typographic) right there.
            ["'", '’'].map((q) => literalId(key.slice(0, cut) + q, true, flavor, true))
          : [literalId(cut > 0 ? key.slice(0, cut) : key, true, flavor, true)];
    const a: Anchor = { key, index: all.length, kind, w, heads, confirmed };
    registered.set(key, a);
    all.push(a);
    for (const h of heads) (anchorsOfHead[h] ??= []).push(a.index);
  }
  return out;
}

/** The registered anchor of a canonical key. */
export function anchorOf(key: string): Anchor {
  const a = registered.get(key);
  if (!a) throw new Error(`unregistered anchor: ${key}`);
  return a;
}

const NONE: readonly number[] = [];

/** What a space of an anchor may match in the text: one or two of these (JS `\s`, the no-break space, a hyphen). */
function isPhraseGap(c: number): boolean {
  return c === 0x2d || isJsSpace(c);
}

/**
 * Whether the canonical anchor `key` occurs at `i`: each space is one or two gap characters, each
 * apostrophe a straight or typographic one, the rest as written. A key never has a gap character
 * after a space (canon), so taking a second gap whenever there is one decides as a regex would —
 * at a few nanoseconds a position instead of a regex call (tens of thousands per MB of prose).
 */
function phraseAt(text: string, i: number, key: string): boolean {
  const n = text.length;
  let j = i;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c === 0x20) {
      if (j >= n || !isPhraseGap(text.charCodeAt(j))) return false;
      j++;
      if (j < n && isPhraseGap(text.charCodeAt(j))) j++;
      continue;
    }
    if (j >= n) return false;
    const t = text.charCodeAt(j++);
    if (c === 0x27 ? t !== 0x27 && t !== 0x2019 : t !== c) return false;
  }
  return true;
}

function compute(text: string, a: Anchor, heads: readonly number[] | undefined): readonly number[] | null {
  if (heads === undefined) return null;
  const n = text.length;
  let out: number[] | null = null;
  for (let h = 0; h < heads.length; h++) {
    const i = heads[h];
    // Phrase heads come from phraseStarts, already checked up to the second word's first letter.
    if (a.kind !== ANYWHERE && a.kind !== PHRASE) {
      if (i > 0 && isWordCode(text.charCodeAt(i - 1))) continue; // not a word start
      if (a.kind === WORD && a.w < 3 && i + a.w < n && isWordCode(text.charCodeAt(i + a.w))) continue; // a longer word
    }
    if (a.confirmed && !phraseAt(text, i, a.key)) continue;
    (out ??= []).push(i);
    if (out.length >= MAX_POSITIONS) break;
  }
  return out;
}

/** The positions of an anchor's heads in order (a phrase has one head per gap character, "you're" one per apostrophe). */
function mergedHeads(hits: LiteralHits, a: Anchor): readonly number[] | undefined {
  let heads: readonly number[] | undefined;
  for (const id of a.heads) {
    const list = hits.allPositions(id);
    if (list === undefined) continue;
    // The heads are disjoint literals: merge them in position order.
    heads = heads === undefined ? list : [...heads, ...list].sort((x, y) => x - y);
  }
  return heads;
}

/**
 * Where a phrase's first word starts a word and is followed by one or two gap characters and then
 * the unit `next`, by `next`. Phrases sharing a first word ("the system prompt", "the above", …
 * dozens start with "the") share its head positions: sorted by what follows once per view, each
 * phrase visits only the positions where its second word could start, not every "the ".
 */
function phraseStarts(hits: LiteralHits, a: Anchor, next: number): readonly number[] | undefined {
  const byHead = (hits.phraseStarts ??= new Map<number, Map<number, number[]>>());
  let buckets = byHead.get(a.heads[0]);
  if (buckets === undefined) {
    buckets = new Map<number, number[]>();
    byHead.set(a.heads[0], buckets);
    const text = hits.text;
    const n = text.length;
    for (const i of mergedHeads(hits, a) ?? NONE) {
      if (i > 0 && isWordCode(text.charCodeAt(i - 1))) continue; // not a word start
      let j = i + a.w;
      if (j >= n || !isGapCode(text.charCodeAt(j))) continue;
      j++;
      if (j < n && isGapCode(text.charCodeAt(j))) j++;
      if (j >= n) continue;
      const c = text.charCodeAt(j);
      const list = buckets.get(c);
      if (list === undefined) buckets.set(c, [i]);
      else list.push(i);
    }
  }
  return buckets.get(next);
}

/** Ascending positions (at most MAX_POSITIONS) of a registered anchor in the view; empty when absent. */
export function anchorPositions(view: TextView, a: Anchor): readonly number[] {
  return anchorPositionsIn(literalHits(view), a);
}

/** anchorPositions, given the view's literal hits (which also keep the anchors' positions). */
export function anchorPositionsIn(hits: LiteralHits, a: Anchor): readonly number[] {
  if (flagsOf(hits)[a.index] === 0) return NONE;
  // Per view: positions per anchor index (null: absent), for the anchors asked about so far.
  const per = (hits.anchors ??= new Map<number, readonly number[] | null>());
  let p = per.get(a.index);
  if (p === undefined) {
    p = compute(hits.text, a, a.kind === PHRASE ? phraseStarts(hits, a, a.key.charCodeAt(a.w + 1)) : mergedHeads(hits, a));
    per.set(a.index, p);
  }
  return p ?? NONE;
}

/** True when the anchor occurs in the view. */
export function anchorPresent(view: TextView, a: Anchor): boolean {
  return anchorPositions(view, a).length > 0;
}

/** True when any anchor of the set occurs (given the view's literal hits). */
export function anyAnchorPresent(hits: LiteralHits, set: AnchorSet): boolean {
  const present = presentIn(hits, set);
  if (present === undefined) return false;
  for (let k = 0; k < present.length; k++) if (anchorPositionsIn(hits, all[present[k]]).length > 0) return true;
  return false;
}

/** Appends the positions of the set's anchors to `out` (unsorted); returns how many anchors had any. */
export function collectAnchorPositions(hits: LiteralHits, set: AnchorSet, out: number[]): number {
  const present = presentIn(hits, set);
  if (present === undefined) return 0;
  let sources = 0;
  for (let k = 0; k < present.length; k++) {
    const p = anchorPositionsIn(hits, all[present[k]]);
    if (p.length === 0) continue;
    sources++;
    for (let j = 0; j < p.length; j++) out.push(p[j]);
  }
  return sources;
}

/** anchorPresent, given the view's literal hits. */
export function anchorPresentIn(hits: LiteralHits, a: Anchor): boolean {
  return anchorPositionsIn(hits, a).length > 0;
}

/** Canonical keys of every registered anchor (for tests and tools). */
export function registeredAnchors(): string[] {
  return all.map((a) => a.key);
}

/** Positions of every registered anchor that occurs in the view (for tests and tools). */
export function gate(view: TextView): Map<string, number[]> {
  const hits = new Map<string, number[]>();
  for (const a of all) {
    const p = anchorPositions(view, a);
    if (p.length > 0) hits.set(a.key, [...p]);
  }
  return hits;
}
