import type { ViewKind } from '../../types';
import { foldText } from '../fold';
import type { EditList, MappedText } from '../mapped-text';
import { regionsAround, regionsView, type RegionText } from '../regions';
import { TextView, type OffsetMap } from '../text-view';
import { findBlobs } from './blob-scan';
import { escapeEdits } from './escapes';
import { htmlEntityEdits } from './html-entities';
import { urlEdits } from './url';

/** Limits that keep hostile input (thousands of blobs, deep nesting) cheap. */
const MAX_DEPTH = 2;
const MAX_VIEWS = 16;
const MAX_DECODED_CHARS = 1 << 20;
const MAX_CANDIDATES = 64;

/**
 * A piece of decoded text: the whole message, a region around decoded escapes, or a decoded
 * blob. `map` gives the original [start, end) of each unit, built on first use (null: unit i is
 * original [i, i + 1)); `atStart`/`atEnd` tell whether it reaches the start/end of the message.
 */
interface Segment {
  raw: string;
  map: (() => OffsetMap) | null;
  atStart: boolean;
  atEnd: boolean;
}

/** `build` run at most once, on first call. */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** Decoded text plus where it came from: segments mapped into the original, or (for blobs) one original span. */
interface Layer {
  segments: Segment[];
  blob: readonly [number, number] | null;
  depth: number;
  /** Characters this layer's decoding produced; nested decoding only looks for encodings in them. */
  fresh: string;
}

/** Decoders that rewrite escapes in place; the view keeps the surrounding text and exact offsets. */
const IN_PLACE: ReadonlyArray<{ kind: ViewKind; hint: string; edits: (text: string) => EditList }> = [
  { kind: 'url', hint: '%', edits: urlEdits },
  { kind: 'html_entities', hint: '&', edits: htmlEntityEdits },
  { kind: 'hex', hint: '\\', edits: escapeEdits },
];

/**
 * Cheap necessary condition for a base64 or hex blob of text: base64 mixes cases mid-word
 * ("SGVsbG8"), hex of text mixes digits and letters ("69676e"). Prose has neither.
 */
const BLOB_HINT = /[a-z0-9+/][A-Z]|[0-9][A-Za-z]|[A-Za-z][0-9]/;

/** Original [start, end) of segment units [a, b). */
function segmentSpan(seg: Segment, a: number, b: number): [number, number] {
  if (!seg.map) return [a, b];
  const m = seg.map();
  return [m.starts[a], m.ends[b - 1]];
}

/** The part of the folded view `folded` that comes from original [a, b). */
function foldedSlice(folded: MappedText, a: number, b: number): string {
  if (!folded.starts) return folded.text.slice(a, b);
  return folded.text.slice(lowerBound(folded.starts, a), lowerBound(folded.starts, b));
}

/** First index i with starts[i] >= x (starts is non-decreasing). */
function lowerBound(starts: Int32Array, x: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Maps `m` (units of a text mapped into a segment's text) straight into the original, through the segment's map `seg`. */
function intoOriginal(seg: OffsetMap, m: OffsetMap): OffsetMap {
  const n = m.starts.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = seg.starts[m.starts[i]];
    ends[i] = seg.ends[m.ends[i] - 1];
  }
  return { starts, ends };
}

/** `folded` (mapped into the decoded text) composed with `dec` (the decoded text mapped into the original). */
function composeDecoded(dec: OffsetMap, folded: MappedText): OffsetMap {
  if (!folded.starts || !folded.ends) return dec;
  const n = folded.text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = dec.starts[folded.starts[i]];
    ends[i] = dec.ends[folded.ends[i] - 1];
  }
  return { starts, ends };
}

/** The decoded views of one message, without repeats, within the limits (a class: a closure was rebuilt for every message). */
class ViewSet {
  readonly views: TextView[] = [];
  budget = MAX_DECODED_CHARS;

  constructor(private readonly foldedText: string) {}

  add(view: TextView | null): boolean {
    if (!view || this.views.length >= MAX_VIEWS || view.text.length > this.budget) return false;
    // A view the rules have seen already adds nothing. Few views: comparing is cheaper than hashing
    // (texts of different lengths compare in O(1)).
    if (view.text === this.foldedText) return false;
    for (const v of this.views) if (v.text === view.text) return false;
    this.budget -= view.text.length;
    this.views.push(view);
    return true;
  }
}

/**
 * Views of encoded content: URL, HTML-entity and backslash escapes decoded in place, base64 and
 * hex blobs decoded on their own, nested up to two levels (base64 of URL-encoded text). Every
 * view is folded like the main view. An in-place view only shows the regions around the decoded
 * escapes (see regions.ts), and only those whose folded text differs from what the folded view
 * `folded` (of `original`) has there: the rest of the message is in the folded view already.
 */
export function decodedViews(original: string, folded: MappedText): TextView[] {
  const out = new ViewSet(folded.text);
  const views = out.views;
  const whole: Segment = { raw: original, map: null, atStart: true, atEnd: true };
  const queue: Layer[] = [{ segments: [whole], blob: null, depth: 0, fresh: original }];

  for (let q = 0; q < queue.length && views.length < MAX_VIEWS; q++) {
    const layer = queue[q];
    if (layer.depth >= MAX_DEPTH) continue;
    for (const d of IN_PLACE) {
      if (!layer.fresh.includes(d.hint)) continue;
      const child = decodeInPlace(layer, d.kind, d.edits, folded, out);
      if (child) queue.push(child);
    }
    // Blobs (base64, hex) are self-contained; the view maps every character to the whole blob.
    if (layer.fresh.length < 16 || !BLOB_HINT.test(layer.fresh)) continue;
    for (const seg of layer.segments) {
      for (const found of findBlobs(seg.raw, MAX_CANDIDATES)) {
        if (views.length >= MAX_VIEWS) break;
        if (found.decoded.length > out.budget) continue;
        const span = layer.blob ?? segmentSpan(seg, found.start, found.end);
        if (!out.add(TextView.blob(found.kind, foldText(found.decoded).mapped.text, span[0], span[1]))) continue;
        const segment: Segment = { raw: found.decoded, map: null, atStart: true, atEnd: true };
        queue.push({ segments: [segment], blob: span, depth: layer.depth + 1, fresh: found.decoded });
      }
    }
  }
  return views;
}

/**
 * Decodes the escapes of one kind in every segment of `layer` into one view of the regions
 * around them (blob layers are decoded whole). Returns the decoded layer for nested decoding, or
 * null when it added no view.
 */
function decodeInPlace(
  layer: Layer,
  kind: ViewKind,
  decoder: (text: string) => EditList,
  folded: MappedText,
  out: ViewSet,
): Layer | null {
  const segments: Segment[] = [];
  const parts: RegionText[] = [];
  let fresh = '';
  for (const seg of layer.segments) {
    const edits = decoder(seg.raw);
    const count = edits.length;
    if (count === 0) continue;
    const regions = layer.blob ? [0, seg.raw.length] : regionsAround(seg.raw, edits);
    let k = 0;
    for (let r = 0; r < regions.length; r += 2) {
      const a = regions[r];
      const b = regions[r + 1];
      const from = k;
      while (k < count && edits.startOf(k) < b) k++;
      const decText = edits.applyRangeText(seg.raw, a, b, from, k);
      const decFolded = foldText(decText).mapped;
      const atStart = seg.atStart && a === 0;
      const atEnd = seg.atEnd && b === seg.raw.length;
      // Decoding that folds to what the rules see already (an escaped character the fold removes) adds nothing.
      const before = layer.depth === 0 ? foldedSlice(folded, a, b) : foldText(seg.raw.slice(a, b)).mapped.text;
      if (decFolded.text === before) continue;
      if (layer.blob) {
        parts.push({ text: decFolded.text, starts: null, ends: null, offset: 0, atStart, atEnd });
        segments.push({ raw: decText, map: null, atStart, atEnd });
      } else {
        // Offset maps are built only if a finding in this view (or a blob nested in it) needs one.
        const segMap = seg.map;
        const from0 = from;
        const to0 = k;
        const decMap = once(() => {
          const m = edits.applyRangeMap(a, b, from0, to0, decText.length);
          return segMap ? intoOriginal(segMap(), m) : m;
        });
        parts.push({ text: decFolded.text, starts: null, ends: null, map: () => composeDecoded(decMap(), decFolded), offset: 0, atStart, atEnd });
        segments.push({ raw: decText, map: decMap, atStart, atEnd });
      }
      for (let j = from; j < k; j++) if (edits.endOf(j) - edits.startOf(j) !== 1) fresh += edits.textOf(j);
    }
  }
  if (parts.length === 0) return null;
  let view: TextView | null;
  if (layer.blob) view = TextView.blob(kind, parts.map((p) => p.text).join(''), layer.blob[0], layer.blob[1]);
  else view = regionsView(kind, parts);
  if (!out.add(view)) return null;
  return { segments, blob: layer.blob, depth: layer.depth + 1, fresh };
}
