import type { ViewKind } from '../types';

/**
 * `text` held as a two-byte string. V8 compiles each regexp separately for one-byte (Latin-1) and
 * two-byte subjects, and a daemon sees both kinds of text, so every rule pattern was compiled twice:
 * after the speed bench's workload, 70.6 MB of machine code, 51.8 MB with every view two-byte
 * (RSS 198 → 179 MB), and the workload, compilations included, ran ≈ 8 % faster. A slice of a
 * two-byte string stays two-byte (V8 keeps the parent's representation), so the strings the rules
 * derive from a view's text (matches, windows, slices) are two-byte too.
 */
function twoByte(text: string): string {
  return `\u0100${text}`.slice(1);
}

/**
 * A transformed copy of the original text plus the map from each of its UTF-16 units back
 * to the original [start, end) it came from. Rules match on `text`; findings report
 * `toOriginal(...)`, so editors and dashboards highlight the characters the user really has.
 */
export class TextView {
  readonly text: string;

  private constructor(
    readonly kind: ViewKind,
    text: string,
    private starts: Int32Array | null,
    private ends: Int32Array | null,
    /** For decoded blobs: every unit maps to the whole encoded span. */
    private readonly blob: readonly [number, number] | null,
    /** Builds starts/ends on first use: most views never yield a finding, so their map is never read. */
    private pending: (() => OffsetMap) | null = null,
  ) {
    this.text = twoByte(text);
  }

  /**
   * What the rule layer derives from this view's text once per scan (literal-index.ts keeps its
   * literal hits here). A field of the view, not a module-level WeakMap keyed by it: V8's young
   * collections keep a WeakMap's values alive, so every scan's hits were promoted to the old
   * space (≈ 37 KB per 1 KB message) and each scavenge copied megabytes — the 1 KB p99 was GC.
   */
  derived: unknown = undefined;

  /** A view whose offsets are the original offsets (text only changed in ways that keep length, e.g. ASCII lower-casing). */
  static identity(kind: ViewKind, text: string): TextView {
    return new TextView(kind, text, null, null, null);
  }

  /** Decoded content of an encoded blob found at original [start, end). */
  static blob(kind: ViewKind, text: string, start: number, end: number): TextView {
    return new TextView(kind, text, null, null, [start, end]);
  }

  static mapped(kind: ViewKind, text: string, starts: Int32Array, ends: Int32Array): TextView {
    if (starts.length !== text.length || ends.length !== text.length) {
      throw new Error(`offset map length ${starts.length} does not match text length ${text.length}`);
    }
    return new TextView(kind, text, starts, ends, null);
  }

  /** A mapped view whose offset map is built by `build` when first needed (it must return one entry per unit). */
  static lazy(kind: ViewKind, text: string, build: () => OffsetMap): TextView {
    return new TextView(kind, text, null, null, null, build);
  }

  get isIdentity(): boolean {
    return this.starts === null && this.blob === null && this.pending === null;
  }

  /** Original [start, end) for view range [start, end). Empty ranges map to an empty original range. */
  toOriginal(start: number, end: number): [number, number] {
    if (this.blob) return [this.blob[0], this.blob[1]];
    if (this.pending) {
      const { starts, ends } = this.pending();
      if (starts.length !== this.text.length || ends.length !== this.text.length) {
        throw new Error(`offset map length ${starts.length} does not match text length ${this.text.length}`);
      }
      this.starts = starts;
      this.ends = ends;
      this.pending = null;
    }
    if (!this.starts || !this.ends) return [start, end];
    const n = this.text.length;
    if (n === 0) return [0, 0];
    const s = Math.min(Math.max(start, 0), n - 1);
    const e = Math.min(Math.max(end, s + 1), n);
    // Min and max: a reversed view's map runs backwards (for all others this is starts[s], ends[e - 1]).
    return [Math.min(this.starts[s], this.starts[e - 1]), Math.max(this.ends[s], this.ends[e - 1])];
  }
}

/** The original [starts[i], ends[i]) of each unit i of a view. */
export interface OffsetMap {
  starts: Int32Array;
  ends: Int32Array;
}

const EMPTY = new Int32Array(0);

/** Accumulates a view's text and offset map unit by unit. */
export class TextViewBuilder {
  private text = '';
  private starts: Int32Array = EMPTY;
  private ends: Int32Array = EMPTY;
  private n = 0;

  /** Append `chunk` (any length) as coming from original [start, end). */
  push(chunk: string, start: number, end: number): void {
    const need = this.n + chunk.length;
    if (need > this.starts.length) {
      const cap = Math.max(need, this.starts.length * 2, 64);
      const s = new Int32Array(cap);
      const e = new Int32Array(cap);
      s.set(this.starts.subarray(0, this.n));
      e.set(this.ends.subarray(0, this.n));
      this.starts = s;
      this.ends = e;
    }
    this.starts.fill(start, this.n, need);
    this.ends.fill(end, this.n, need);
    this.n = need;
    this.text += chunk;
  }

  get length(): number {
    return this.n;
  }

  build(kind: ViewKind): TextView {
    return TextView.mapped(kind, this.text, this.starts.slice(0, this.n), this.ends.slice(0, this.n));
  }
}
