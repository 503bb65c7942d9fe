import { decodeBase64Text } from './base64';
import { decodeHexText } from './hex';

export interface FoundBlob {
  kind: 'base64' | 'hex';
  start: number;
  end: number;
  decoded: string;
}

const B64 = 1;
const HEX = 2;
const UPPER = 4;
const LOWER = 8;
const HEX_LETTER = 16;

/** Character classes of the base64 alphabets (standard and URL-safe) and of hex digits. */
const CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 0x30; c <= 0x39; c++) t[c] = B64 | HEX;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = B64 | UPPER | (c <= 0x46 ? HEX | HEX_LETTER : 0);
  for (let c = 0x61; c <= 0x7a; c++) t[c] = B64 | LOWER | (c <= 0x66 ? HEX | HEX_LETTER : 0);
  for (const ch of '+/_-') t[ch.charCodeAt(0)] = B64;
  return t;
})();

const MIN_RUN = 16;
const JWT = /eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
const DASHED_HEX = /^(?:[0-9a-fA-F]{2}-){7,}[0-9a-fA-F]{2}$/;
/** ≥ 8 hex bytes separated by spaces, colons or commas, 0x optional: "69 67 6e …", "0x69, 0x67, …". */
const SPACED_HEX = /(?:0[xX])?[0-9a-fA-F]{2}(?:(?:, ?|[ :])(?:0[xX])?[0-9a-fA-F]{2}){7,}/g;

function jwtRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!text.includes('eyJ')) return out;
  JWT.lastIndex = 0;
  for (let m = JWT.exec(text); m !== null; m = JWT.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * One pass over the text finds runs of base64/hex characters; runs of ≥ 16 are decoded when
 * their shape fits (hex digits with a–f for hex; both letter cases for base64 — hex hashes and
 * long lower-case words never have both). JWTs are skipped: their JSON claims are not hidden
 * prose. `limit` bounds the decoding work on hostile input.
 */
export function findBlobs(text: string, limit: number): FoundBlob[] {
  const found: FoundBlob[] = [];
  const n = text.length;
  let jwt: Array<[number, number]> | null = null;
  let tried = 0;
  let shortHex = 0;
  let i = 0;
  while (i < n && tried < limit) {
    let c = text.charCodeAt(i);
    if (c >= 128 || (CLASS[c] & B64) === 0) {
      i++;
      continue;
    }
    const start = i;
    let any = 0;
    let all = 0xff;
    while (i < n && (c = text.charCodeAt(i)) < 128 && (CLASS[c] & B64) !== 0) {
      any |= CLASS[c];
      all &= CLASS[c];
      i++;
    }
    const len = i - start;
    if (len < MIN_RUN) {
      if ((len === 2 && all & HEX) || (len === 4 && text.startsWith('0x', start))) shortHex++;
      continue;
    }
    let end = i;
    while (end < n && end - i < 2 && text.charCodeAt(end) === 0x3d) end++; // '=' padding
    const run = text.slice(start, i);
    let blob: FoundBlob | null = null;
    const hexDigits = run.startsWith('0x') || run.startsWith('0X') ? run.slice(2) : run;
    if ((all & HEX || /^[0-9a-fA-F]+$/.test(hexDigits)) && any & HEX_LETTER) {
      tried++;
      const decoded = decodeHexText(hexDigits);
      if (decoded !== null) blob = { kind: 'hex', start, end: i, decoded };
    } else if (any & UPPER && any & LOWER) {
      jwt ??= jwtRanges(text);
      if (!jwt.some(([s, e]) => start >= s && i <= e)) {
        tried++;
        const decoded = decodeBase64Text(run);
        if (decoded !== null) blob = { kind: 'base64', start, end, decoded };
      }
    } else if (run.includes('-') && DASHED_HEX.test(run)) {
      tried++;
      const decoded = decodeHexText(run.replace(/-/g, ''));
      if (decoded !== null) blob = { kind: 'hex', start, end: i, decoded };
    }
    if (blob) found.push(blob);
    i = end;
  }
  if (shortHex >= 8) findSpacedHex(text, limit - tried, found);
  return found;
}

function findSpacedHex(text: string, limit: number, found: FoundBlob[]): void {
  SPACED_HEX.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let tried = 0; tried < limit && (m = SPACED_HEX.exec(text)) !== null; tried++) {
    const digits = m[0].replace(/0[xX]|[ :,]/g, '');
    if (!/[a-fA-F]/.test(digits)) continue;
    const decoded = decodeHexText(digits);
    if (decoded !== null) found.push({ kind: 'hex', start: m.index, end: m.index + m[0].length, decoded });
  }
}
