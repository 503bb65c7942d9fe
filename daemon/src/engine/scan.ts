import { ALL_RULES } from './rules/catalog';
import { runRule, type Rule } from './rules/rule';
import { hiddenFindings } from './rules/hidden-unicode';
import { normalize } from './normalize';
import type { TextView } from './normalize/text-view';
import { classify } from './model';
import type { ClassName } from './model/types';
import { decide } from './decide';
import { LruMap } from '../util/lru-map';
import { declinedInSentence, inRefusalList } from './refusal-list';
import type { Finding, ScanContext, Verdict } from './types';

const EVIDENCE_MAX = 200;

/**
 * The classifier judges untrusted input: it learned attack prompts. Text that is instructions by
 * design — an application's system prompt, a prompt file — the model's own replies and code
 * comments are judged by the rules alone (injection phrases, forged delimiters, hidden Unicode,
 * leaks, exfiltration links, an AI addressed in a comment). It flagged 5 of 14 ordinary system
 * prompts at 0.69–0.86 (the proxy refuses model-only verdicts from 0.75: an agent's every request
 * refused for its own system prompt), 2 of 12 ordinary replies (an alert, then remediation, against
 * the client for the LLM's answer), and 10 of 95 ordinary code comments in the fresh batteries
 * (test payloads, path checks, "never log the token") while adding 1 of their 63 planted ones. A
 * caller can still ask for it.
 */
const RULES_ONLY_SOURCES: ReadonlySet<ScanContext['source']> = new Set(['system', 'prompt_file', 'assistant', 'code_comment']);

/** What the verdict uses when the classifier is off: certain it is benign, so only rules decide. */
const NO_MODEL: Record<ClassName, number> = { benign: 1, prompt_injection: 0, data_exfiltration: 0, system_manipulation: 0, privacy_violation: 0, malicious_input: 0 };

function evidenceOf(text: string, start: number, end: number): string {
  const s = text.slice(start, Math.min(end, start + EVIDENCE_MAX));
  return end - start > EVIDENCE_MAX ? `${s}…` : s;
}

/** Rule sets by (packs, disabled rules): a daemon uses one or two for all its scans, so each is computed once. */
const ruleSets = new LruMap<string, Rule[]>(64);

/** The last answer of activeRules, by the identity of the arrays it came from (callers pass their policy's arrays). */
let lastSet: { packs: ScanContext['rulePacks']; disabled: ScanContext['disabledRules']; rules: Rule[] } | null = null;

function activeRules(ctx: ScanContext): Rule[] {
  if (lastSet !== null && lastSet.packs === ctx.rulePacks && lastSet.disabled === ctx.disabledRules) return lastSet.rules;
  const key = `${(ctx.rulePacks ?? []).join(',')}|${(ctx.disabledRules ?? []).join(',')}`;
  let rules = ruleSets.get(key);
  if (rules === undefined) {
    const disabled = new Set(ctx.disabledRules ?? []);
    const packs = new Set(ctx.rulePacks ?? []);
    rules = ALL_RULES.filter((r) => !disabled.has(r.id) && (!r.pack || packs.has(r.pack)));
    ruleSets.set(key, rules);
  }
  lastSet = { packs: ctx.rulePacks, disabled: ctx.disabledRules, rules };
  return rules;
}

/** Pattern findings across every view, mapped back to the original text and de-duplicated per rule and span. */
function ruleFindings(original: string, views: readonly TextView[], rules: readonly Rule[], ctx: ScanContext): Finding[] {
  // Created at the first match: most messages have none.
  let seen: Map<string, Finding> | null = null;
  for (const view of views) {
    for (const rule of rules) {
      const matches = runRule(rule, view, ctx);
      // Indexed: most rules return the shared empty list, and this loop runs ~100 times per view.
      for (let i = 0; i < matches.length; i++) {
        const m = matches[i];
        const [start, end] = view.toOriginal(m.start, m.end);
        const key = `${rule.id}:${start}:${end}`;
        seen ??= new Map<string, Finding>();
        const prev = seen.get(key);
        if (prev && prev.confidence >= m.confidence) continue;
        seen.set(key, {
          ruleId: rule.id,
          category: rule.category,
          severity: rule.severity,
          confidence: m.confidence,
          start,
          end,
          evidence: evidenceOf(original, start, end),
          ...(view.kind === 'folded' ? {} : { decodedFrom: view.kind }),
        });
      }
    }
  }
  return seen === null ? [] : [...seen.values()];
}

/** Drops, in place, the findings `drop` names; decoded blobs always stay (nobody wrote them as prose). */
function dropFindings(findings: Finding[], drop: (f: Finding) => boolean): void {
  let k = 0;
  for (const f of findings) if (f.decodedFrom !== undefined || !drop(f)) findings[k++] = f;
  findings.length = k;
}

/** Rules that read a request ("…-request", "…-request-i18n"): in the model's own reply, a request it declines is none. */
const REQUEST_RULE = /-request(?:-i18n)?$/u;

/**
 * Scans one message. Pure and synchronous: the same text and context always give the same verdict.
 * Findings index the ORIGINAL text, also when they were found in decoded or de-obfuscated text.
 */
export function scanMessage(text: string, ctx: ScanContext = {}): Verdict {
  if (typeof text !== 'string') throw new TypeError('scanMessage: text must be a string');
  const { views, hidden } = normalize(text);
  const rules = activeRules(ctx);
  const findings = ruleFindings(text, views, rules, ctx);
  const disabled = ctx.disabledRules?.length ? new Set(ctx.disabledRules) : null;
  // Findings in the items of a refusal list ("You must refuse to: …") are the instructions' defences.
  if (ctx.source === 'system' || ctx.source === 'prompt_file') dropFindings(findings, (f) => inRefusalList(text, f.start));
  else if (ctx.source === 'assistant') dropFindings(findings, (f) => REQUEST_RULE.test(f.ruleId) && declinedInSentence(text, f.start));
  for (const f of hiddenFindings(text, hidden)) if (!disabled?.has(f.ruleId)) findings.push(f);
  findings.sort((a, b) => a.start - b.start || b.confidence - a.confidence);
  if (ctx.classifier === false || (ctx.classifier === undefined && RULES_ONLY_SOURCES.has(ctx.source))) return decide(text, findings, NO_MODEL, [0, 0], ctx, evidenceOf);
  const model = classify(views[0].text);
  const [ms, me] = views[0].toOriginal(model.span[0], model.span[1]);
  return decide(text, findings, model.probabilities, [ms, me], ctx, evidenceOf);
}
