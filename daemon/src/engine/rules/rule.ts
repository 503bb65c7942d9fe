import type { RuleMeta, ScanContext, ViewKind } from '../types';
import type { TextView } from '../normalize/text-view';

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
  readonly match?: (view: TextView, ctx: ScanContext) => RawMatch[];
}

/** Runs one rule over one view. Patterns must carry the `g` flag (enforced by the catalog test). */
export function runRule(rule: Rule, view: TextView, ctx: ScanContext): RawMatch[] {
  if (rule.views && !rule.views.includes(view.kind)) return [];
  const text = view.text;
  if (rule.keywords && !rule.keywords.some((k) => text.includes(k))) return [];
  if (rule.match) return rule.match(view, ctx);
  const out: RawMatch[] = [];
  for (const pattern of rule.patterns ?? []) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const confidence = rule.validate ? rule.validate(m, view, ctx) : rule.confidence;
      if (confidence > 0) out.push({ start: m.index, end: m.index + m[0].length, confidence });
      if (out.length >= 64) return out; // enough evidence; bounded work on hostile input
    }
  }
  return out;
}
