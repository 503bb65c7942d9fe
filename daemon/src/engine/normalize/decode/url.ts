import { EditList } from '../mapped-text';
import { utf8Chars } from './utf8';

/** A run of percent-escaped bytes, or one IIS-style %uXXXX escape. */
const ESCAPE_RUN = /(?:%[0-9a-fA-F]{2})+|%u[0-9a-fA-F]{4}/g;

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Edits decoding percent-encoding. Byte runs are decoded as UTF-8 (bad bytes → U+FFFD, never
 * throws), each character mapped to its own escapes. A '+' between word characters is a space
 * in query strings ("ignore+previous+instructions").
 */
export function urlEdits(text: string): EditList {
  const edits = new EditList();
  if (!text.includes('%')) return edits;
  ESCAPE_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let plusFrom = 0;
  const chars: number[] = [];
  while ((m = ESCAPE_RUN.exec(text)) !== null) {
    const start = m.index;
    const run = m[0];
    plusSpaces(text, plusFrom, start, edits);
    if (run[1] === 'u' || run[1] === 'U') {
      const cp = parseInt(run.slice(2), 16);
      edits.add(start, start + run.length, cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : String.fromCharCode(cp));
    } else {
      const count = run.length / 3;
      const bytes = new Uint8Array(count);
      for (let b = 0; b < count; b++) bytes[b] = parseInt(run.slice(b * 3 + 1, b * 3 + 3), 16);
      utf8Chars(bytes, count, chars);
      for (let c = 0; c < chars.length; c += 3) edits.add(start + chars[c + 1] * 3, start + chars[c + 2] * 3, String.fromCodePoint(chars[c]));
    }
    plusFrom = start + run.length;
  }
  if (edits.length > 0) plusSpaces(text, plusFrom, text.length, edits);
  return edits;
}

/** Adds a space edit for each '+' in text[from, until) that joins word characters (query-string spaces). */
function plusSpaces(text: string, from: number, until: number, edits: EditList): void {
  for (let i = text.indexOf('+', from); i >= 0 && i < until; i = text.indexOf('+', i + 1)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (isAlnum(before) && (isAlnum(after) || after === 0x25)) edits.add(i, i + 1, ' ');
  }
}
