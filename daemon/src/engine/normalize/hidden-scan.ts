import { hasRtl, hiddenKindOf } from './char-class';
import { decodeUtf8 } from './decode/utf8';
import { looksLikeText } from './decode/text-check';
import type { HiddenSpan } from './hidden-span';
import { isLegitInvisible } from './legit-invisible';

/** Longest smuggled payload decoded per run; the finding only needs to show what it says. */
const MAX_DECODED = 4096;

/** ASCII carried by tag characters: U+E0020–E007E are the printable ASCII range shifted by 0xE0000. */
function decodeTags(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end && out.length < MAX_DECODED; i += 2) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp >= 0xe0020 && cp <= 0xe007e) out += String.fromCharCode(cp - 0xe0000);
  }
  return out;
}

/**
 * Bytes hidden in variation selectors, one byte per selector: VS1–VS16 carry 0–15,
 * VS17–VS256 carry 16–255 (the "emoji smuggling" encoding). Returned only if it reads as text.
 */
function decodeSelectors(text: string, start: number, end: number): string | undefined {
  const bytes: number[] = [];
  for (let i = start; i < end && bytes.length < MAX_DECODED; ) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp >= 0xfe00 && cp <= 0xfe0f) bytes.push(cp - 0xfe00);
    else if (cp >= 0xe0100 && cp <= 0xe01ef) bytes.push(cp - 0xe0100 + 16);
    i += cp > 0xffff ? 2 : 1;
  }
  const s = decodeUtf8(Uint8Array.from(bytes));
  return looksLikeText(s, 3) ? s : undefined;
}

/**
 * Groups the removed invisible characters (`hiddenAt`, from the fold) into runs of one kind,
 * drops the legitimate ones and decodes what tag and variation-selector runs carry.
 */
export function scanHidden(text: string, hiddenAt: readonly number[]): HiddenSpan[] {
  const spans: HiddenSpan[] = [];
  if (hiddenAt.length === 0) return spans;
  const rtl = hasRtl(text);
  let k = 0;
  while (k < hiddenAt.length) {
    const start = hiddenAt[k];
    const first = text.codePointAt(start) ?? 0;
    const kind = hiddenKindOf(first);
    let end = start + (first > 0xffff ? 2 : 1);
    k++;
    while (k < hiddenAt.length && hiddenAt[k] === end) {
      const cp = text.codePointAt(end) ?? 0;
      if (hiddenKindOf(cp) !== kind) break;
      end += cp > 0xffff ? 2 : 1;
      k++;
    }
    if (kind === null || isLegitInvisible(text, start, end, kind, rtl)) continue;
    const span: HiddenSpan = { start, end, kind };
    if (kind === 'tag') span.decoded = decodeTags(text, start, end);
    else if (kind === 'variation_selector' && end - start >= 4) {
      const decoded = decodeSelectors(text, start, end);
      if (decoded !== undefined) span.decoded = decoded;
    }
    spans.push(span);
  }
  return spans;
}
