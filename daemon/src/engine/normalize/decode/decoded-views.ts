import type { ViewKind } from '../../types';
import { foldText } from '../fold';
import { compose, identityText, sourceSpan, toView, type EditList, type MappedText } from '../mapped-text';
import { TextView } from '../text-view';
import { findBlobs } from './blob-scan';
import { escapeEdits } from './escapes';
import { htmlEntityEdits } from './html-entities';
import { urlEdits } from './url';

/** Limits that keep hostile input (thousands of blobs, deep nesting) cheap. */
const MAX_DEPTH = 2;
const MAX_VIEWS = 16;
const MAX_DECODED_CHARS = 1 << 20;
const MAX_CANDIDATES = 64;

/** Decoded text plus where it came from: a map into the original, or (for blobs) one original span. */
interface Layer {
  raw: string;
  map: MappedText | null;
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

function spanIn(layer: Layer, a: number, b: number): [number, number] {
  if (layer.blob) return [layer.blob[0], layer.blob[1]];
  return layer.map ? sourceSpan(layer.map, a, b) : [a, b];
}

function insertedText(text: string, m: MappedText): string {
  if (!m.starts || !m.ends) return '';
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) if (m.ends[i] - m.starts[i] !== 1) parts.push(text[i]);
  return parts.join('');
}

/**
 * Views of encoded content: URL, HTML-entity and backslash escapes decoded in place, base64 and
 * hex blobs decoded on their own, nested up to two levels (base64 of URL-encoded text). Every
 * view is folded like the main view; only views whose text differs from `foldedText` are kept.
 */
export function decodedViews(original: string, foldedText: string): TextView[] {
  const views: TextView[] = [];
  let seen: Set<string> | null = null; // created on the first candidate: most texts have none
  let budget = MAX_DECODED_CHARS;
  const queue: Layer[] = [{ raw: original, map: identityText(original), blob: null, depth: 0, fresh: original }];

  const addView = (kind: ViewKind, layer: Layer): boolean => {
    if (views.length >= MAX_VIEWS || layer.raw.length > budget) return false;
    const folded = foldText(layer.raw).mapped;
    seen ??= new Set([foldedText]);
    if (seen.has(folded.text)) return false;
    seen.add(folded.text);
    budget -= folded.text.length;
    if (layer.blob) views.push(TextView.blob(kind, folded.text, layer.blob[0], layer.blob[1]));
    else views.push(toView(kind, layer.map ? compose(layer.map, folded) : folded));
    return true;
  };

  for (let q = 0; q < queue.length && views.length < MAX_VIEWS; q++) {
    const layer = queue[q];
    if (layer.depth >= MAX_DEPTH) continue;
    for (const d of IN_PLACE) {
      if (!layer.fresh.includes(d.hint)) continue;
      const edits = d.edits(layer.raw);
      if (edits.length === 0) continue;
      const decoded = edits.apply(layer.raw);
      const child: Layer = {
        raw: decoded.text,
        map: layer.blob ? null : compose(layer.map ?? identityText(layer.raw), decoded),
        blob: layer.blob,
        depth: layer.depth + 1,
        fresh: insertedText(decoded.text, decoded),
      };
      if (addView(d.kind, child)) queue.push(child);
    }
    // Blobs (base64, hex) are self-contained; the view maps every character to the whole blob.
    if (layer.fresh.length < 16 || !BLOB_HINT.test(layer.fresh)) continue;
    for (const found of findBlobs(layer.raw, MAX_CANDIDATES)) {
      const span = spanIn(layer, found.start, found.end);
      const child: Layer = { raw: found.decoded, map: null, blob: span, depth: layer.depth + 1, fresh: found.decoded };
      if (addView(found.kind, child)) queue.push(child);
    }
  }
  return views;
}
