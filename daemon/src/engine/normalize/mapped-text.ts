import { TextView } from './text-view';
import type { ViewKind } from '../types';

/**
 * A text plus, for each UTF-16 unit, the [start, end) it came from in some source text.
 * `starts === null` means identity (unit i came from [i, i + 1)), the cheap common case.
 * Every transform in the normalizer produces one of these, and maps compose, so each view
 * can always point back at the characters the user really wrote.
 */
export interface MappedText {
  readonly text: string;
  readonly starts: Int32Array | null;
  readonly ends: Int32Array | null;
}

export function identityText(text: string): MappedText {
  return { text, starts: null, ends: null };
}

/** Source [start, end) of units [a, b) of `m` (b > a). */
export function sourceSpan(m: MappedText, a: number, b: number): [number, number] {
  if (!m.starts || !m.ends) return [a, b];
  return [m.starts[a], m.ends[b - 1]];
}

/**
 * Replacements of source ranges, in increasing, non-overlapping order. Each replacement's
 * units all map to its source range; an empty replacement deletes the range.
 */
export class EditList {
  // Allocated on the first edit: most texts need none, and typed arrays are costly to create.
  private startBuf: Int32Array | null = null;
  private endBuf: Int32Array | null = null;
  private texts: string[] = [];
  private lastEnd = 0;
  /** True while every replacement has the length of what it replaces. */
  aligned = true;

  get length(): number {
    return this.texts.length;
  }

  /** Source start of edit k (0 <= k < length). */
  startOf(k: number): number {
    return this.startBuf ? this.startBuf[k] : 0;
  }

  /** Source end of edit k. */
  endOf(k: number): number {
    return this.endBuf ? this.endBuf[k] : 0;
  }

  /** Replacement text of edit k. */
  textOf(k: number): string {
    return this.texts[k];
  }

  /** `source[a, b)` with the edits k in [from, to) applied (they must lie inside [a, b)). */
  applyRangeText(source: string, a: number, b: number, from: number, to: number): string {
    let text = '';
    let pos = a;
    for (let k = from; k < to; k++) {
      const s = this.startOf(k);
      if (s > pos) text += source.slice(pos, s);
      text += this.texts[k];
      pos = this.endOf(k);
    }
    if (pos < b) text += source.slice(pos, b);
    return text;
  }

  /**
   * For each unit of `applyRangeText(source, a, b, from, to)` (`length` units), the source
   * [start, end) it came from. Separate from the text because it is only needed when a match
   * in the text must be mapped back.
   */
  applyRangeMap(a: number, b: number, from: number, to: number, length: number): { starts: Int32Array; ends: Int32Array } {
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    let out = 0;
    let pos = a;
    for (let k = from; k <= to; k++) {
      const gapEnd = k < to ? this.startOf(k) : b;
      for (let i = pos; i < gapEnd; i++, out++) {
        starts[out] = i;
        ends[out] = i + 1;
      }
      if (k === to) break;
      const s = this.startOf(k);
      const e = this.endOf(k);
      for (let j = 0; j < this.texts[k].length; j++, out++) {
        starts[out] = s;
        ends[out] = e;
      }
      pos = e;
    }
    return { starts, ends };
  }

  /** Ignored when it overlaps the previous edit (callers scan left to right). */
  add(start: number, end: number, text: string): void {
    if (start < this.lastEnd || end <= start) return;
    const n = this.texts.length;
    if (text === '' && n > 0 && start === this.lastEnd && this.texts[n - 1] === '' && this.endBuf) {
      // Adjacent deletions merge into one (a run of invisible characters is one edit).
      this.endBuf[n - 1] = end;
      this.lastEnd = end;
      return;
    }
    if (!this.startBuf || !this.endBuf) {
      this.startBuf = new Int32Array(16);
      this.endBuf = new Int32Array(16);
    } else if (n === this.startBuf.length) {
      this.startBuf = grow(this.startBuf);
      this.endBuf = grow(this.endBuf);
    }
    this.startBuf[n] = start;
    this.endBuf[n] = end;
    this.texts.push(text);
    this.lastEnd = end;
    if (text.length !== end - start) this.aligned = false;
  }

  /** The edited text, mapped into `source`. */
  apply(source: string): MappedText {
    const n = this.texts.length;
    const startBuf = this.startBuf;
    const endBuf = this.endBuf;
    if (n === 0 || !startBuf || !endBuf) return identityText(source);
    // String concatenation (V8 ropes) is several times faster than joining many small pieces.
    let text = '';
    let pos = 0;
    for (let k = 0; k < n; k++) {
      const s = startBuf[k];
      if (s > pos) text += source.slice(pos, s);
      text += this.texts[k];
      pos = endBuf[k];
    }
    if (pos < source.length) text += source.slice(pos);
    if (this.aligned) return identityText(text);
    const starts = new Int32Array(text.length);
    const ends = new Int32Array(text.length);
    let out = 0;
    pos = 0;
    for (let k = 0; k <= n; k++) {
      const gapEnd = k < n ? startBuf[k] : source.length;
      for (let i = pos; i < gapEnd; i++, out++) {
        starts[out] = i;
        ends[out] = i + 1;
      }
      if (k === n) break;
      const s = startBuf[k];
      const e = endBuf[k];
      for (let j = 0; j < this.texts[k].length; j++, out++) {
        starts[out] = s;
        ends[out] = e;
      }
      pos = e;
    }
    return { text, starts, ends };
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** `child` maps into `parent.text`; the result maps child's text straight into parent's source. */
export function compose(parent: MappedText, child: MappedText): MappedText {
  if (!parent.starts || !parent.ends) return child;
  if (!child.starts) return { text: child.text, starts: parent.starts, ends: parent.ends }; // same units as parent
  const n = child.text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = child.starts ? child.starts[i] : i;
    const b = child.ends ? child.ends[i] : i + 1;
    starts[i] = parent.starts[a];
    ends[i] = parent.ends[b - 1];
  }
  return { text: child.text, starts, ends };
}

export function toView(kind: ViewKind, m: MappedText): TextView {
  return m.starts && m.ends ? TextView.mapped(kind, m.text, m.starts, m.ends) : TextView.identity(kind, m.text);
}
