import { SEVERITIES, type FindingCategory, type Severity } from '../engine/types';
import type { CommentStyle } from './classify';
import { documentRule } from './rule-meta';
import type { FindingDraft } from './draft';
import { fingerprintAll } from './fingerprint';
import { ignoreFix, removeHiddenFix } from './generic-fixes';
import { parseIgnoreComments, Suppressions } from './ignore-comments';
import type { LineIndex } from './text/lines';
import type { DocumentFinding, DocumentFix, DocumentKind, DocumentScanOptions, DocumentScanResult } from './types';

const EVIDENCE_MAX = 200;

function clip(s: string): string {
  return s.length > EVIDENCE_MAX ? `${s.slice(0, EVIDENCE_MAX)}…` : s;
}

function categoryOf(ruleId: string): FindingCategory {
  const c = documentRule(ruleId)?.category;
  return c === undefined || c === 'rate_limit_abuse' ? 'prompt_injection' : c;
}

function isSeverity(s: unknown): s is Severity {
  return (SEVERITIES as readonly unknown[]).includes(s);
}

/** Hidden characters are removable wherever the finding is about them or was decoded from them. */
function hiddenFix(text: string, d: FindingDraft): DocumentFix | undefined {
  if (!d.ruleId.startsWith('uni-') && d.decodedFrom !== 'tags') return undefined;
  return removeHiddenFix(text, d.start, d.end);
}

/**
 * Turns detector drafts into findings: drops rules switched off, applies `soc-ignore` comments and
 * severity overrides, reports ignore comments without a reason, adds fixes and fingerprints.
 */
export function finalize(
  text: string,
  lines: LineIndex,
  kind: DocumentKind,
  drafts: readonly FindingDraft[],
  opts: DocumentScanOptions,
  commentStyle: CommentStyle | undefined,
): DocumentScanResult {
  const comments = parseIgnoreComments(text, lines);
  const suppressions = new Suppressions(comments);
  const all: FindingDraft[] = [...drafts];
  for (const c of comments) {
    if (c.reason) continue;
    all.push({
      ruleId: 'doc-ignore-without-reason',
      start: c.start,
      end: c.end,
      message: `soc-ignore ${c.rules.join(', ')} has no reason and suppresses nothing: add "-- why this is safe"`,
      confidence: 1,
    });
  }
  all.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));

  let suppressed = 0;
  const seen = new Set<string>();
  const kept: FindingDraft[] = [];
  const severities: Severity[] = [];
  for (const d of all) {
    const key = `${d.ruleId}:${d.start}:${d.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const override = opts.severityOverrides?.[d.ruleId];
    if (override === 'off') continue;
    // `soc-ignore pi-ignore-previous-instructions` reads like the attack it names: never a finding.
    if (d.ruleId !== 'doc-ignore-without-reason' && comments.some((c) => d.start >= c.start && d.end <= c.end)) continue;
    if (d.ruleId !== 'doc-ignore-without-reason' && suppressions.has(lines.lineOf(d.ignoreAt ?? d.start), d.ruleId)) {
      suppressed++;
      continue;
    }
    kept.push(d);
    severities.push(isSeverity(override) ? override : (d.severity ?? documentRule(d.ruleId)?.severity ?? 'medium'));
  }

  const evidence = kept.map((d) => clip(d.evidence ?? text.slice(d.start, d.end)));
  // The original characters, hashed: a masked secret would make two different keys look alike.
  const fingerprints = fingerprintAll(kept.map((d) => ({ ruleId: d.ruleId, evidence: text.slice(d.start, d.end) })));
  const findings = kept.map((d, i): DocumentFinding => {
    const fixes: DocumentFix[] = [...(d.fixes ?? [])];
    const hidden = hiddenFix(text, d);
    if (hidden) fixes.unshift(hidden);
    if (commentStyle && d.ruleId !== 'doc-ignore-without-reason') fixes.push(ignoreFix(lines, lines.lineOf(d.ignoreAt ?? d.start), d.ruleId, commentStyle));
    return {
      ruleId: d.ruleId,
      category: categoryOf(d.ruleId),
      severity: severities[i],
      confidence: d.confidence ?? 0.8,
      start: d.start,
      end: d.end,
      evidence: evidence[i],
      ...(d.decodedFrom ? { decodedFrom: d.decodedFrom } : {}),
      message: d.message,
      fingerprint: fingerprints[i],
      ...(d.related && d.related.length > 0 ? { related: d.related } : {}),
      ...(fixes.length > 0 ? { fixes } : {}),
    };
  });
  return { kind, findings, suppressed };
}
