import { html, type TemplateResult } from 'lit';
import type { Finding } from '../../../daemon/src/protocol/domain';

/** Characters a reader cannot see (zero-width, bidi controls, Unicode tags): shown as ⟨U+XXXX⟩ instead. */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\uDB40[\uDC00-\uDDEF]/g;

export function revealInvisible(text: string): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let last = 0;
  for (const m of text.matchAll(INVISIBLE)) {
    const i = m.index;
    if (i > last) out.push(text.slice(last, i));
    const cp = m[0].codePointAt(0) ?? 0;
    out.push(html`<span class="invisible" title="invisible character">⟨U+${cp.toString(16).toUpperCase().padStart(4, '0')}⟩</span>`);
    last = i + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

interface Span {
  start: number;
  end: number;
  rules: string[];
}

/** Where each finding's evidence sits in `text`: its own offsets when they fit, else a search for the evidence. */
export function evidenceSpans(text: string, findings: readonly Pick<Finding, 'ruleId' | 'start' | 'end' | 'evidence'>[]): Span[] {
  const spans: Span[] = [];
  for (const f of findings) {
    let start = f.start;
    let end = f.end;
    const fits = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
    const probe = f.evidence.slice(0, 12);
    if (!fits || (probe && !text.slice(start, end).startsWith(probe))) {
      // The excerpt was clipped or re-encoded: fall back to finding the evidence itself.
      const at = f.evidence ? text.indexOf(f.evidence) : -1;
      if (at < 0) continue;
      start = at;
      end = at + f.evidence.length;
    }
    spans.push({ start, end, rules: [f.ruleId] });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const prev = merged[merged.length - 1];
    if (prev && s.start <= prev.end) {
      prev.end = Math.max(prev.end, s.end);
      if (!prev.rules.includes(s.rules[0])) prev.rules.push(...s.rules);
    } else merged.push({ ...s, rules: [...s.rules] });
  }
  return merged;
}

/** The message with every evidence span marked; text is escaped by lit, never parsed as HTML. */
export function highlightedMessage(text: string, findings: readonly Pick<Finding, 'ruleId' | 'start' | 'end' | 'evidence'>[], maxChars = 4000): TemplateResult {
  const shown = text.length > maxChars ? text.slice(0, maxChars) : text;
  const parts: unknown[] = [];
  let at = 0;
  for (const s of evidenceSpans(shown, findings)) {
    if (s.start > at) parts.push(revealInvisible(shown.slice(at, s.start)));
    parts.push(html`<mark title=${`evidence for ${s.rules.join(', ')}`} data-rules=${s.rules.join(' ')}>${revealInvisible(shown.slice(s.start, s.end))}</mark>`);
    at = s.end;
  }
  if (at < shown.length) parts.push(revealInvisible(shown.slice(at)));
  return html`<pre class="message">${parts}${text.length > maxChars ? html`<span class="clipped">… (${text.length - maxChars} more characters)</span>` : ''}</pre>`;
}
