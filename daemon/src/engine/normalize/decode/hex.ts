import { decodeUtf8, textByteShare } from './utf8';
import { looksLikeText } from './text-check';

/** Hex digits (an odd last digit is dropped) decoded as UTF-8, or null if it is not readable text. */
export function decodeHexText(digits: string): string | null {
  const count = digits.length >> 1;
  const bytes = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const b = parseInt(digits.slice(i * 2, i * 2 + 2), 16);
    if (Number.isNaN(b)) return null;
    bytes[i] = b;
  }
  if (textByteShare(bytes) < 0.85) return null;
  const text = decodeUtf8(bytes);
  return looksLikeText(text) ? text : null;
}
