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
/** Characters of a spaced hex run (SPACED_HEX): hex digits, x/X of 0x prefixes and the separators. */
const SPACED = 32;

/** Character classes of the base64 alphabets (standard and URL-safe) and of hex digits. */
const CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 0x30; c <= 0x39; c++) t[c] = B64 | HEX | SPACED;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = B64 | UPPER | (c <= 0x46 ? HEX | HEX_LETTER | SPACED : 0);
  for (let c = 0x61; c <= 0x7a; c++) t[c] = B64 | LOWER | (c <= 0x66 ? HEX | HEX_LETTER | SPACED : 0);
  for (const ch of '+/_-') t[ch.charCodeAt(0)] = B64;
  t[0x78] |= SPACED;
  t[0x58] |= SPACED;
  for (const ch of ' ,:') t[ch.charCodeAt(0)] = SPACED;
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
 * Runs of base64/hex characters of ≥ 16 are decoded when their shape fits (hex digits with a–f
 * for hex; both letter cases for base64 — hex hashes and long lower-case words never have both).
 * JWTs are skipped: their JSON claims are not hidden prose. `limit` bounds the decoding work on
 * hostile input. Spaced hex ("69 67 6e …", "0x69, 0x67, …") is searched when the text has ≥ 8
 * short hex tokens before the point where the run scan stops (as a character-by-character scan
 * counting them would find).
 *
 * The long runs are found by testing windows from their right end (see `longRuns`): prose breaks
 * every few characters, so most of the text is skipped without being read.
 */
export function findBlobs(text: string, limit: number): FoundBlob[] {
  const n = text.length;
  const runs = longRuns(text, B64, MIN_RUN);
  const found: FoundBlob[] = [];
  const state: JwtState = { jwt: null };
  let tried = 0;
  // Where a full scan would stop: right after the run that used up the limit.
  let stop = n;
  for (let r = 0; r < runs.length && tried < limit; r += 2) {
    const res = decodeRun(text, runs[r], runs[r + 1], state);
    if (res.tried) tried++;
    if (res.blob) found.push(res.blob);
    if (tried >= limit) stop = runs[r + 1];
  }
  if (spacedHexPossible(text) && countShortHex(text, stop) >= 8) findSpacedHex(text, limit - tried, found);
  return found;
}

/**
 * Maximal runs of ≥ `min` characters of class `cls`, as flat [start, end, …]. A window of `min`
 * units is checked from its right end; the first character outside the class moves the window
 * past it, so on text that breaks often only a few characters per window are read.
 */
function longRuns(text: string, cls: number, min: number): number[] {
  const n = text.length;
  const out: number[] = [];
  let i = 0; // text[i - 1] is outside the class (or i = 0): a run can only start at i
  while (i + min <= n) {
    let k = i + min - 1;
    while (k >= i && inClass(text.charCodeAt(k), cls)) k--;
    if (k >= i) {
      i = k + 1;
      continue;
    }
    let end = i + min;
    while (end < n && inClass(text.charCodeAt(end), cls)) end++;
    out.push(i, end);
    i = end + 1;
  }
  return out;
}

function inClass(c: number, cls: number): boolean {
  return c < 128 && (CLASS[c] & cls) !== 0;
}

/** The shortest spaced hex match: 8 two-digit tokens and 7 one-unit separators. */
const MIN_SPACED = 23;
const SPACED_HEX_ONE = new RegExp(SPACED_HEX.source);

/** Whether SPACED_HEX matches anywhere: a match lies inside one run of hex digits, x/X and separators. */
function spacedHexPossible(text: string): boolean {
  const runs = longRuns(text, SPACED, MIN_SPACED);
  for (let r = 0; r < runs.length; r += 2) if (SPACED_HEX_ONE.test(text.slice(runs[r], runs[r + 1]))) return true;
  return false;
}

/** A run of exactly 2 hex digits or "0x" + 2 base64 characters: the short hex tokens the full scan counts. */
const SHORT_HEX = /(?<![A-Za-z0-9+/_-])(?:[0-9a-fA-F]{2}|0x[A-Za-z0-9+/_-]{2})(?![A-Za-z0-9+/_-])/g;

/** Short hex tokens that start before `stop`, counted up to 8. */
function countShortHex(text: string, stop: number): number {
  SHORT_HEX.lastIndex = 0;
  let count = 0;
  for (let m = SHORT_HEX.exec(text); m !== null && m.index < stop && count < 8; m = SHORT_HEX.exec(text)) count++;
  return count;
}

interface JwtState {
  jwt: Array<[number, number]> | null;
}

/** The blob a maximal run [start, i) of ≥ 16 base64 characters decodes to, and whether decoding was tried. */
function decodeRun(text: string, start: number, i: number, state: JwtState): { tried: boolean; blob: FoundBlob | null } {
  let any = 0;
  let all = 0xff;
  for (let k = start; k < i; k++) {
    const c = CLASS[text.charCodeAt(k)];
    any |= c;
    all &= c;
  }
  let end = i;
  const n = text.length;
  while (end < n && end - i < 2 && text.charCodeAt(end) === 0x3d) end++; // '=' padding
  const run = text.slice(start, i);
  const hexDigits = run.startsWith('0x') || run.startsWith('0X') ? run.slice(2) : run;
  if ((all & HEX || /^[0-9a-fA-F]+$/.test(hexDigits)) && any & HEX_LETTER) {
    const decoded = decodeHexText(hexDigits);
    return { tried: true, blob: decoded !== null ? { kind: 'hex', start, end: i, decoded } : null };
  }
  if (any & UPPER && any & LOWER) {
    state.jwt ??= jwtRanges(text);
    if (state.jwt.some(([s, e]) => start >= s && i <= e)) return { tried: false, blob: null };
    const decoded = decodeBase64Text(run);
    return { tried: true, blob: decoded !== null ? { kind: 'base64', start, end, decoded } : null };
  }
  if (run.includes('-') && DASHED_HEX.test(run)) {
    const decoded = decodeHexText(run.replace(/-/g, ''));
    return { tried: true, blob: decoded !== null ? { kind: 'hex', start, end: i, decoded } : null };
  }
  return { tried: false, blob: null };
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
