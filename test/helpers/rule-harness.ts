import { strict as assert } from 'node:assert';
import { TextView } from '../../daemon/src/engine/normalize/text-view';
import { runRule, type RawMatch, type Rule } from '../../daemon/src/engine/rules/rule';
import type { RulePack, ScanContext } from '../../daemon/src/engine/types';

export interface RuleHarness {
  rule: (id: string) => Rule;
  /** Matches of one rule on the lower-cased text (the folded view of plain text). */
  matches: (id: string, text: string, ctx?: ScanContext) => readonly RawMatch[];
  /** Highest confidence of one rule on the text (0 when it does not match). */
  best: (id: string, text: string, ctx?: ScanContext) => number;
  /** Highest confidence of any rule of the family, with `packs` on, to test hard negatives against all of it. */
  familyBest: (text: string) => { id: string; conf: number };
}

/** Runs one rule family directly on a folded view, without the classifier or the other families. */
export function ruleHarness(family: readonly Rule[], packs: readonly RulePack[] = []): RuleHarness {
  const view = (text: string): TextView => TextView.identity('folded', text.toLowerCase());
  const rule = (id: string): Rule => {
    const r = family.find((x) => x.id === id);
    assert.ok(r, `rule ${id} exists`);
    return r;
  };
  const top = (ms: readonly RawMatch[]): number => Math.max(0, ...ms.map((m) => m.confidence));
  return {
    rule,
    matches: (id, text, ctx = {}) => runRule(rule(id), view(text), ctx),
    best: (id, text, ctx = {}) => top(runRule(rule(id), view(text), ctx)),
    familyBest: (text) => {
      let best = { id: '', conf: 0 };
      for (const r of family) {
        const c = top(runRule(r, view(text), { rulePacks: packs }));
        if (c > best.conf) best = { id: r.id, conf: c };
      }
      return best;
    },
  };
}
