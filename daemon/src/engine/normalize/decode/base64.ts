import { decodeUtf8, textByteShare } from './utf8';
import { looksLikeText } from './text-check';

const VALUES = (() => {
  const t = new Int8Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) t[alphabet.charCodeAt(i)] = i;
  t[0x2d] = 62; // '-' (URL-safe)
  t[0x5f] = 63; // '_' (URL-safe)
  return t;
})();

/** Base64 (standard or URL-safe, padding optional) decoded as UTF-8, or null if it is not readable text. */
export function decodeBase64Text(s: string): string | null {
  const n = s.length - (s.length % 4 === 1 ? 1 : 0);
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? VALUES[c] : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if (textByteShare(out, o) < 0.85) return null;
  const text = decodeUtf8(out, o);
  return looksLikeText(text) ? text : null;
}
