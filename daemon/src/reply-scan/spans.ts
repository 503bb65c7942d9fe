import type { Severity } from '../protocol/domain';

/** A stretch of a model's reply that must not reach the client. Offsets are UTF-16, end exclusive. */
export interface LeakSpan {
  start: number;
  end: number;
  ruleId: string;
  category: 'data_exfiltration' | 'privacy_violation';
  severity: Severity;
}

/** What a detector found in a text, and from where it cannot decide yet (more text may follow). */
export interface DetectorResult {
  spans: LeakSpan[];
  /** The earliest offset of a construct still being written (an open link, a token that may become a key). */
  pendingFrom?: number;
}

export function minPending(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/** Sorted, with overlapping spans joined (the more severe rule names the joined span). */
export function mergeSpans(spans: readonly LeakSpan[]): LeakSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: LeakSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (RANK[s.severity] > RANK[last.severity]) {
        last.ruleId = s.ruleId;
        last.category = s.category;
        last.severity = s.severity;
      }
      last.end = Math.max(last.end, s.end);
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

export function marker(ruleId: string): string {
  return `[REDACTED:${ruleId}]`;
}

/** The text with every span replaced by its marker. Spans must be merged (sorted, disjoint). */
export function redact(text: string, spans: readonly LeakSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + marker(s.ruleId);
    at = s.end;
  }
  return out + text.slice(at);
}
