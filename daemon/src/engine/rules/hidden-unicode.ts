import type { Finding, RuleMeta } from '../types';
import type { HiddenSpan } from '../normalize';
import { hasRtl, isBidiReorder } from '../normalize/char-class';
import type { Rule } from './rule';

/**
 * Hidden-Unicode findings. The normalizer already found the invisible runs (and dropped the
 * legitimate ones: emoji joiners, flag tags, Persian non-joiners…); these rules grade them.
 * Confidence follows how much the run can hide: a lone zero-width space is weak evidence,
 * a tag run that spells out ASCII is near-certain smuggling.
 */

const META = {
  tag: {
    id: 'uni-tag-smuggling',
    severity: 'critical',
    title: 'Text smuggled in invisible Unicode tag characters',
    description: 'Unicode tag characters (U+E0000–E007F) that spell out hidden ASCII: invisible to people, read by LLMs.',
  },
  bidi: {
    id: 'uni-bidi-override',
    severity: 'high',
    title: 'Bidirectional control characters reorder the displayed text',
    description: 'Bidi overrides, embeddings or isolates make text display differently from how it is read ("Trojan Source", rules-file backdoors).',
  },
  zeroWidth: {
    id: 'uni-zero-width',
    severity: 'medium',
    title: 'Zero-width characters hidden in the text',
    description: 'Zero-width spaces, joiners or soft hyphens inside words or in runs: they split keywords past filters or encode hidden data.',
  },
  selectors: {
    id: 'uni-variation-smuggling',
    severity: 'high',
    title: 'Data smuggled in a run of variation selectors',
    description: 'A run of variation selectors after a character carries hidden bytes (one per selector) that LLMs can decode.',
  },
  format: {
    id: 'uni-invisible-format',
    severity: 'low',
    title: 'Invisible control or format characters',
    description: 'C0/C1 control characters, stray variation selectors, bidi marks outside right-to-left text and other invisible format characters.',
  },
} as const satisfies Record<string, Pick<RuleMeta, 'id' | 'severity' | 'title' | 'description'>>;

type Key = keyof typeof META;

/** Catalog entries; matching happens in `hiddenFindings`, not on the views (views have the characters removed). */
export const hiddenUnicodeRules: readonly Rule[] = Object.values(META).map((m) => ({
  ...m,
  category: 'hidden_unicode' as const,
  owasp: 'LLM01:2025' as const,
  confidence: m.id === 'uni-tag-smuggling' ? 0.97 : 0.5,
  views: [],
  match: () => [],
}));

const MAX_PER_RULE = 20;
const WORD_CHAR = /^[\p{L}\p{N}]/u;

/** What a run contains, in one pass: code point counts (first few distinct) and total. */
interface RunInfo {
  total: number;
  counts: Map<number, number>;
  /** More distinct code points than `counts` holds. */
  more: boolean;
}

const MAX_DISTINCT = 6;

function runInfo(text: string, start: number, end: number): RunInfo {
  const counts = new Map<number, number>();
  let total = 0;
  let more = false;
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i) ?? 0;
    const n = counts.get(cp);
    if (n !== undefined) counts.set(cp, n + 1);
    else if (counts.size < MAX_DISTINCT) counts.set(cp, 1);
    else more = true;
    total++;
    i += cp > 0xffff ? 2 : 1;
  }
  return { total, counts, more };
}

function has(info: RunInfo, test: (cp: number) => boolean): boolean {
  for (const cp of info.counts.keys()) if (test(cp)) return true;
  return false;
}

/** "U+200B ×3, U+200C" — what the run contains, readable in a report. */
function describe(info: RunInfo): string {
  const parts = [...info.counts].map(([cp, n]) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}${n > 1 ? ` ×${n}` : ''}`);
  return info.more ? `${parts.join(', ')}, … (${info.total} in all)` : parts.join(', ');
}

function quoted(label: string, s: string): string {
  const clipped = s.length > 160 ? `${s.slice(0, 160)}…` : s;
  return `${label}: ${JSON.stringify(clipped)}`;
}

function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  let cp = text.codePointAt(i) ?? 0;
  if (cp >= 0xdc00 && cp <= 0xdfff && i > 0) cp = text.codePointAt(i - 1) ?? cp;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

function zeroWidthConfidence(info: RunInfo, inWord: boolean, inWordRuns: number): number {
  const n = info.total;
  let c: number;
  if (n >= 8) c = 0.9; // long runs encode data (binary zero-width steganography)
  else if (n >= 3) c = 0.7;
  else if (n === 2) c = inWord ? 0.6 : 0.4;
  else c = inWord ? 0.45 : 0.2;
  // Several words split by invisible characters: the keyword-splitting trick, not an accident.
  if (inWord && inWordRuns >= 3) c = Math.max(c, 0.75);
  // Single soft hyphens are legitimate hyphenation hints (long German words from web pages).
  if (n < 3 && !has(info, (cp) => cp !== 0x00ad)) c = Math.min(c, 0.35);
  return c;
}

function bidiConfidence(info: RunInfo, rtl: boolean): number {
  if (has(info, (cp) => cp === 0x202d || cp === 0x202e)) return rtl ? 0.6 : 0.9; // explicit overrides
  if (has(info, (cp) => isBidiReorder(cp) && cp !== 0x202c && cp !== 0x2069)) return rtl ? 0.35 : 0.75;
  return rtl ? 0.25 : 0.5; // only closers (PDF, PDI)
}

/** Findings for the hidden runs of `original` reported by the normalizer. */
export function hiddenFindings(original: string, hidden: readonly HiddenSpan[]): Finding[] {
  if (hidden.length === 0) return [];
  let rtl: boolean | undefined;
  const isRtlText = (): boolean => (rtl ??= hasRtl(original));
  let inWordRuns = 0;
  for (const s of hidden) if (s.kind === 'zero_width' && isWordAt(original, s.start - 1) && isWordAt(original, s.end)) inWordRuns++;

  const byRule = new Map<Key, { list: Finding[]; more: number }>();
  const add = (key: Key, span: HiddenSpan, confidence: number, evidence: () => string): void => {
    let entry = byRule.get(key);
    if (!entry) byRule.set(key, (entry = { list: [], more: 0 }));
    if (entry.list.length >= MAX_PER_RULE) {
      // Bounded output on hostile input: the first runs, and a count of the rest on the last one.
      const last = entry.list[MAX_PER_RULE - 1];
      last.confidence = Math.max(last.confidence, confidence);
      entry.more++;
      return;
    }
    const m = META[key];
    entry.list.push({ ruleId: m.id, category: 'hidden_unicode', severity: m.severity, confidence, start: span.start, end: span.end, evidence: evidence() });
  };

  for (const span of hidden) {
    const info = runInfo(original, span.start, span.end);
    switch (span.kind) {
      case 'tag': {
        const text = span.decoded ?? '';
        if (text.trim().length > 0) add('tag', span, text.trim().length >= 3 ? 0.97 : 0.85, () => quoted('tags', text));
        else add('tag', span, 0.75, () => describe(info));
        break;
      }
      case 'bidi':
        if (has(info, isBidiReorder)) add('bidi', span, bidiConfidence(info, isRtlText()), () => describe(info));
        else add('format', span, 0.3, () => describe(info));
        break;
      case 'zero_width': {
        const inWord = isWordAt(original, span.start - 1) && isWordAt(original, span.end);
        add('zeroWidth', span, zeroWidthConfidence(info, inWord, inWordRuns), () => describe(info));
        break;
      }
      case 'variation_selector':
        if (span.decoded) add('selectors', span, 0.95, () => quoted('variation selectors', span.decoded ?? ''));
        else if (info.total >= 4) add('selectors', span, 0.65, () => describe(info));
        else add('format', span, 0.35, () => describe(info));
        break;
      case 'control':
        add('format', span, info.total >= 4 ? 0.45 : 0.3, () => describe(info));
        break;
    }
  }

  const out: Finding[] = [];
  for (const { list, more } of byRule.values()) {
    if (more > 0) list[list.length - 1].evidence += ` (+${more} more runs)`;
    out.push(...list);
  }
  return out;
}
