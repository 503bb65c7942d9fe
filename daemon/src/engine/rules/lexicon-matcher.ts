import type { ScanContext } from '../types';
import type { TextView } from '../normalize/text-view';
import type { RawMatch } from './rule';
import { MAX_POSITIONS, anchorOf, anchorPositions, anchorPresent, register } from './lexicon-anchor-index';

export { gate } from './lexicon-anchor-index';

/**
 * Anchored matching shared by the prompt-injection and exfiltration rules.
 *
 * Every rule names ANCHORS: literal phrases that start its matches ("ignore", "system prompt",
 * "忽略"). All anchors of all rules are indexed together (lexicon-anchor-index.ts) and each view is
 * scanned ONCE for them; each rule then runs its sticky patterns only at the positions where its own
 * anchors occur. One shared pass instead of a prefilter plus full regex scans per rule keeps the
 * families fast on long texts, and bounds the work on hostile ones.
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

/** Letters of scripts that separate words with spaces; a match may not start in the middle of such a word. */
const SPACED_LETTER = /[a-z\u00c0-\u024f\u0400-\u04ff]/u;
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}_]/u;

function startsMidWord(text: string, i: number): boolean {
  return i > 0 && SPACED_LETTER.test(text[i]) && WORD_CHAR.test(text[i - 1]);
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
  const anchors = [...new Set(register(spec.anchors))].map(anchorOf);
  const requires = spec.requires ? [...new Set(register(spec.requires))].map(anchorOf) : null;
  return (view, ctx) => {
    if (requires && !requires.some((a) => anchorPresent(view, a))) return [];
    const positions: number[] = [];
    for (const a of anchors) for (const p of anchorPositions(view, a)) positions.push(p);
    // Scan patterns run when the rule's `requires` words are present, even without an anchor.
    if (positions.length === 0 && !(requires && spec.scanPatterns?.length)) return [];
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
