import type { RuleMeta, ScanContext, ViewKind } from '../types';
import type { TextView } from '../normalize/text-view';
import { literalHits, literalId } from './literal-index';
import { LiteralVocabulary, VOCABULARY_SIZE } from './literal-vocabulary';
import { eachMatch, preparePattern } from './pattern-scan';

/** A match in view coordinates, before mapping back to the original text. */
export interface RawMatch {
  start: number;
  end: number;
  confidence: number;
}

/**
 * A detection rule. Most rules are `patterns` (global, written against the folded,
 * lower-cased view) plus an optional `validate`; rules that need more logic implement `match`.
 *
 * Performance contract (checked by the benchmark): linear-time patterns only — bounded
 * gaps such as `[^\n]{0,40}` instead of `.*`, no nested quantifiers — so no rule takes
 * more than 10 ms on any 100 KB input.
 *
 * Patterns are not scanned over the whole view: regex-plan.ts derives the literals every match
 * must contain ("delete", "/dev/", `\b`-anchored words), one pass per view finds all rules'
 * literals and keywords (literal-index.ts), and pattern-scan.ts tries each pattern only around
 * its literals, with exactly the matches of a full scan. A pattern starts cheap when it begins
 * with (or soon reaches, within a bounded distance) a rare literal.
 */
export interface Rule extends RuleMeta {
  /** Base confidence of a match (0..1). */
  readonly confidence: number;
  /** Views the rule runs on; default: every view. */
  readonly views?: readonly ViewKind[];
  /**
   * Cheap prefilter: if none of these lower-case substrings occurs in the view text, the
   * rule is skipped. Keeps the common clean message fast.
   */
  readonly keywords?: readonly string[];
  readonly patterns?: readonly RegExp[];
  /** Refine a pattern match: return a confidence in (0, 1], or 0 to reject it. */
  readonly validate?: (match: RegExpExecArray, view: TextView, ctx: ScanContext) => number;
  /** Custom matcher, used instead of `patterns`. */
  readonly match?: (view: TextView, ctx: ScanContext) => readonly RawMatch[];
  /**
   * Most regex matches examined per pattern and view (accepted or not): bounds the work on hostile
   * input made of thousands of near-matches that `validate` rejects. Default: unbounded.
   */
  readonly budget?: number;
}

/** A rule's keyword ids in the shared literal index; null when it has no keyword prefilter. */
const keywordIds = new WeakMap<Rule, Int32Array | null>();

/**
 * Registers a rule's keywords and patterns with the shared literal index (literal-index.ts,
 * pattern-scan.ts). Done for the whole catalog at load time; runRule does it for any other rule on
 * first use.
 */
export function prepareRule(rule: Rule): void {
  if (keywordIds.has(rule)) return;
  // An empty keyword is in every text: no prefilter.
  const kw = rule.keywords && !rule.keywords.includes('') ? Int32Array.from(rule.keywords, (k) => literalId(k, false)) : null;
  keywordIds.set(rule, kw);
  if (!rule.match) for (const p of rule.patterns ?? []) preparePattern(p);
}

/** Keyword lists long enough to be a vocabulary, by list. */
const vocabularies = new WeakMap<Int32Array, LiteralVocabulary>();

function keywordsPresent(ids: Int32Array, view: TextView): boolean {
  const hits = literalHits(view);
  if (ids.length <= VOCABULARY_SIZE) {
    for (let i = 0; i < ids.length; i++) if (hits.has(ids[i])) return true;
    return false;
  }
  let vocab = vocabularies.get(ids);
  if (vocab === undefined) vocabularies.set(ids, (vocab = new LiteralVocabulary(ids)));
  return vocab.anyOccurs(hits);
}

/** What a rule that found nothing returns: shared, so the common case allocates nothing (callers only read it). */
export const NO_MATCHES: readonly RawMatch[] = [];

/** Runs one rule over one view. Patterns must carry the `g` flag (enforced by the catalog test). */
export function runRule(rule: Rule, view: TextView, ctx: ScanContext): readonly RawMatch[] {
  if (rule.views && !rule.views.includes(view.kind)) return NO_MATCHES;
  let kw = keywordIds.get(rule);
  if (kw === undefined) {
    prepareRule(rule);
    kw = keywordIds.get(rule) ?? null;
  }
  // Keyword prefilter: the shared literal index answers `text.includes(k)` for every keyword at once.
  if (kw && !keywordsPresent(kw, view)) return NO_MATCHES;
  if (rule.match) return rule.match(view, ctx);
  return runPatterns(rule, view, ctx);
}

/**
 * The pattern loop of runRule, on its own: its callback's variables live in a context V8 allocates
 * on entry, so the many runRule calls that stop at the keyword prefilter allocate nothing.
 */
function runPatterns(rule: Rule, view: TextView, ctx: ScanContext): readonly RawMatch[] {
  let out: RawMatch[] | null = null;
  const budget = rule.budget ?? Infinity;
  const { validate } = rule;
  let left = budget;
  let full = false;
  // One callback for all the rule's patterns (most of which have no match in a given view): not one closure each.
  const onMatch = (m: RegExpExecArray): boolean => {
    if (left-- <= 0) return false;
    if (m[0].length === 0) return true;
    const confidence = validate ? validate(m, view, ctx) : rule.confidence;
    if (confidence > 0) (out ??= []).push({ start: m.index, end: m.index + m[0].length, confidence });
    // Enough evidence; bounded work on hostile input.
    full = out !== null && out.length >= 64;
    return !full;
  };
  for (const pattern of rule.patterns ?? []) {
    // eachMatch returns at once when the pattern's gates or triggers are not in the view.
    left = budget;
    eachMatch(view, pattern, onMatch);
    if (full) break;
  }
  return out ?? NO_MATCHES;
}
