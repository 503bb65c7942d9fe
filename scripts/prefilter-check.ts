/**
 * Developer tool for rule authors: a rule's `keywords` prefilter skips the rule when none of them is
 * in the view, so a keyword list that misses what one of its patterns can match hides findings
 * silently ("X was born on" without "is"/"at", "'exec sp_addlogin" without ";"). This runs every
 * rule that has keywords a second time WITHOUT them, over every view of every corpus row and probe
 * message, and lists the matches the prefilter hid. Exit code 1 when there is one.
 *   tsx scripts/prefilter-check.ts
 */
import { ALL_RULES } from '../daemon/src/engine/rules/catalog';
import { normalize } from '../daemon/src/engine/normalize';
import { runRule, type Rule } from '../daemon/src/engine/rules/rule';
import type { ScanContext } from '../daemon/src/engine/types';
import { loadCorpus } from './lib/corpus';
import { PROBE_SETS, loadProbe } from './lib/probe';

const CTX: ScanContext = { rulePacks: ['hipaa', 'pci', 'sox'] };

function texts(): string[] {
  const out = loadCorpus().map((r) => r.text);
  for (const set of PROBE_SETS) for (const row of loadProbe(set)) out.push(row.text);
  return out;
}

function main(): void {
  const withKeywords = ALL_RULES.filter((r) => r.keywords && !r.keywords.includes(''));
  const bare = new Map<Rule, Rule>(withKeywords.map((r) => [r, { ...r, keywords: undefined }]));
  const hidden = new Map<string, string[]>();
  for (const text of texts()) {
    for (const view of normalize(text).views) {
      for (const rule of withKeywords) {
        if ((rule.views && !rule.views.includes(view.kind)) || rule.keywords?.some((k) => view.text.includes(k))) continue;
        const ms = runRule(bare.get(rule) as Rule, view, CTX);
        if (ms.length === 0) continue;
        const list = hidden.get(rule.id) ?? [];
        list.push(view.text.slice(ms[0].start, ms[0].end).slice(0, 80));
        hidden.set(rule.id, list);
      }
    }
  }
  for (const [id, list] of hidden) console.log(`${id}: ${list.length} match(es) hidden by its keywords, e.g. ${JSON.stringify(list.slice(0, 3))}`);
  console.log(hidden.size === 0 ? 'no keyword prefilter hides a match' : `${hidden.size} rule(s) with hidden matches`);
  if (hidden.size > 0) process.exitCode = 1;
}

main();
