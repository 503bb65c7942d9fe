import type { OutputScanner } from '../../reply-scan/output-scanner';
import { marker, type LeakSpan } from '../../reply-scan/spans';

export interface StreamGuardOptions {
  /** Characters held back at the end of each choice's text until more text (or the end) arrives. */
  holdBack: number;
  /** True: redact spans in what is emitted. False: cut the stream at the first violation. */
  redact: boolean;
  /** Already-released text kept in the scan window, so patterns straddling the release point are seen whole. */
  context?: number;
  /** Emitted text kept for the end-of-stream report. */
  maxReportChars?: number;
  /** A choice is rescanned once this many new characters arrived (fewer scans; a little more delay). */
  scanBatch?: number;
}

/** A leak span; `marked` once its marker went out (its remaining characters are then dropped silently). */
interface TrackedSpan extends LeakSpan {
  marked: boolean;
}

/** One choice's text: a sliding window [base, base + text.length) of everything received. */
interface ChoiceBuffer {
  text: string;
  base: number;
  released: number;
  safe: number;
  /** Absolute end of the text at the last scan. */
  scannedTo: number;
  spans: TrackedSpan[];
}

interface Part {
  choice: number;
  /** Position of the choice inside the chunk's `choices` array. */
  at: number;
  start: number;
  end: number;
}

interface Queued {
  raw: string;
  obj: unknown;
  parts: Part[];
}

export interface GuardOutput {
  /** SSE data payloads to send, in order. */
  events: string[];
  /** Set when the stream must stop here (block policy). */
  cut?: LeakSpan;
}

const MAX_WINDOW = 16_384;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Scans a streamed chat completion as it flows. Upstream chunks are queued and released in order,
 * unchanged, once the text after them is long enough that nothing in them can still turn out to be
 * the start of a secret (the hold-back, extended while a link or key is still being written). A
 * chunk holding part of a leak is rewritten: the first piece becomes `[REDACTED:<rule>]`, the rest
 * is dropped, so the client never receives the leaked characters, whatever the chunking.
 */
export class StreamGuard {
  private readonly buffers = new Map<number, ChoiceBuffer>();
  private queue: Queued[] = [];
  private readonly holdBack: number;
  private readonly context: number;
  private readonly maxReport: number;
  private readonly scanBatch: number;
  private readonly redacted: LeakSpan[] = [];
  private readonly report: string[] = [];
  private reportChars = 0;
  private stopped = false;

  constructor(
    private readonly scanner: OutputScanner,
    private readonly opts: StreamGuardOptions,
  ) {
    this.holdBack = Math.max(32, opts.holdBack);
    this.context = opts.context ?? 128;
    this.maxReport = opts.maxReportChars ?? 100_000;
    this.scanBatch = Math.max(1, opts.scanBatch ?? 32);
  }

  /** One upstream `data:` payload (not `[DONE]`). */
  push(data: string): GuardOutput {
    if (this.stopped) return { events: [] };
    let obj: unknown;
    try {
      obj = JSON.parse(data);
    } catch {
      obj = undefined;
    }
    const parts: Part[] = [];
    const choices = isRecord(obj) && Array.isArray(obj.choices) ? (obj.choices as unknown[]) : [];
    choices.forEach((c, at) => {
      if (!isRecord(c) || !isRecord(c.delta) || typeof c.delta.content !== 'string' || c.delta.content === '') return;
      const choice = typeof c.index === 'number' ? c.index : at;
      const b = this.buffer(choice);
      const start = b.base + b.text.length;
      b.text += c.delta.content;
      parts.push({ choice, at, start, end: start + c.delta.content.length });
    });
    this.queue.push({ raw: data, obj, parts });
    for (const choice of new Set(parts.map((p) => p.choice))) {
      const b = this.buffer(choice);
      if (b.base + b.text.length - b.scannedTo >= this.scanBatch) this.rescan(choice, false);
    }
    return this.release();
  }

  /** The upstream ended: everything still held is decided and released. */
  finish(): GuardOutput {
    if (this.stopped) return { events: [] };
    for (const choice of this.buffers.keys()) this.rescan(choice, true);
    const out = this.release();
    this.stopped = true;
    return out;
  }

  /** Spans redacted so far (or the one that cut the stream). */
  redactions(): readonly LeakSpan[] {
    return this.redacted;
  }

  /** What the client received of the text (capped), for the SOC report. */
  emittedText(): string {
    return this.report.join('');
  }

  private buffer(choice: number): ChoiceBuffer {
    let b = this.buffers.get(choice);
    if (!b) {
      b = { text: '', base: 0, released: 0, safe: 0, scannedTo: 0, spans: [] };
      this.buffers.set(choice, b);
    }
    return b;
  }

  private rescan(choice: number, final: boolean): void {
    const b = this.buffer(choice);
    const r = this.scanner.scan(b.text, final);
    const fresh: TrackedSpan[] = [];
    for (const s of r.spans) {
      const start = s.start + b.base;
      const end = s.end + b.base;
      // Entirely emitted already (only possible past a cap): nothing left to hold back.
      if (end > b.released) fresh.push({ ...s, start, end, marked: false });
    }
    b.spans = mergeTracked(b.spans.filter((s) => s.marked), fresh);
    const end = b.base + b.text.length;
    b.scannedTo = end;
    const pending = r.pendingFrom === undefined ? Infinity : r.pendingFrom + b.base;
    b.safe = final ? end : Math.max(b.released, Math.min(end - this.holdBack, pending));
  }

  private firstViolation(): LeakSpan | undefined {
    let first: LeakSpan | undefined;
    for (const b of this.buffers.values()) for (const s of b.spans) if (!s.marked && (!first || s.start < first.start)) first = s;
    return first;
  }

  private release(): GuardOutput {
    const events: string[] = [];
    const violation = this.opts.redact ? undefined : this.firstViolation();
    // Under the block policy nothing at or after a leak's start goes out.
    const limit = (p: Part): number => {
      const b = this.buffer(p.choice);
      const leak = this.opts.redact ? undefined : b.spans.find((s) => !s.marked);
      return leak ? Math.min(b.safe, leak.start) : b.safe;
    };
    while (this.queue.length > 0) {
      const q = this.queue[0];
      if (!q.parts.every((p) => p.end <= limit(p))) break;
      this.queue.shift();
      events.push(this.render(q));
    }
    if (violation) {
      this.stopped = true;
      this.queue = [];
      this.redacted.push(violation);
      return { events, cut: violation };
    }
    for (const b of this.buffers.values()) this.trim(b);
    return { events };
  }

  private render(q: Queued): string {
    if (q.parts.length === 0) return q.raw;
    let changed = false;
    const contents = q.parts.map((p) => {
      const b = this.buffer(p.choice);
      const original = b.text.slice(p.start - b.base, p.end - b.base);
      const out = this.renderPart(b, p.start, p.end);
      b.released = Math.max(b.released, p.end);
      this.keep(out);
      if (out !== original) changed = true;
      return out;
    });
    if (!changed) return q.raw;
    const copy = structuredClone(q.obj) as { choices: { delta: { content: string } }[] };
    q.parts.forEach((p, i) => (copy.choices[p.at].delta.content = contents[i]));
    return JSON.stringify(copy);
  }

  /** The characters [a, e) as the client may see them. */
  private renderPart(b: ChoiceBuffer, a: number, e: number): string {
    const slice = (x: number, y: number): string => b.text.slice(x - b.base, y - b.base);
    let out = '';
    let at = a;
    for (const s of b.spans) {
      if (s.end <= a || s.start >= e) continue;
      if (s.start > at) out += slice(at, s.start);
      if (!s.marked) {
        out += marker(s.ruleId);
        s.marked = true;
        this.redacted.push(s);
      }
      at = Math.max(at, Math.min(s.end, e));
    }
    return out + slice(at, e);
  }

  /** Drops text no longer needed: released, beyond the context, and not part of a leak still growing. */
  private trim(b: ChoiceBuffer): void {
    const end = b.base + b.text.length;
    let keepFrom = b.released - this.context;
    for (const s of b.spans) if (s.end >= b.released) keepFrom = Math.min(keepFrom, s.start);
    keepFrom = Math.max(b.base, keepFrom, end - MAX_WINDOW);
    keepFrom = Math.min(keepFrom, b.released);
    if (keepFrom <= b.base) return;
    b.text = b.text.slice(keepFrom - b.base);
    b.base = keepFrom;
    b.spans = b.spans.filter((s) => s.end > keepFrom);
  }

  private keep(text: string): void {
    if (this.reportChars >= this.maxReport || text === '') return;
    const piece = text.slice(0, this.maxReport - this.reportChars);
    this.report.push(piece);
    this.reportChars += piece.length;
  }
}

/** Marked spans stay as they are (extended when a fresh one overlaps); fresh ones are joined. */
function mergeTracked(marked: readonly TrackedSpan[], fresh: readonly TrackedSpan[]): TrackedSpan[] {
  const all = [...marked, ...fresh].sort((a, b) => a.start - b.start || Number(b.marked) - Number(a.marked));
  const out: TrackedSpan[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      // A marker already went out for this leak: never a second one.
      last.marked = last.marked || s.marked;
      continue;
    }
    out.push(s);
  }
  return out;
}
