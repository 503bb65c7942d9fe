import { EditList } from '../mapped-text';
import { utf8Chars } from './utf8';

/** Runs of \xHH byte escapes, or one \uXXXX / \u{X…} code point escape (C, Python, JS, shell). */
const ESCAPE = /(?:\\x[0-9a-fA-F]{2})+|\\u[0-9a-fA-F]{4}|\\u\{[0-9a-fA-F]{1,6}\}/g;

/**
 * Edits decoding backslash escapes. \x byte runs are read as UTF-8 when valid, else one
 * character per byte (JS semantics), so "\x3cscript\x3e" → "<script>".
 */
export function escapeEdits(text: string): EditList {
  const edits = new EditList();
  if (!text.includes('\\')) return edits;
  ESCAPE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const chars: number[] = [];
  while ((m = ESCAPE.exec(text)) !== null) {
    const start = m.index;
    const esc = m[0];
    if (esc[1] === 'u') {
      const hex = esc[2] === '{' ? esc.slice(3, -1) : esc.slice(2);
      const cp = parseInt(hex, 16);
      edits.add(start, start + esc.length, cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd');
      continue;
    }
    const count = esc.length / 4;
    const bytes = new Uint8Array(count);
    for (let b = 0; b < count; b++) bytes[b] = parseInt(esc.slice(b * 4 + 2, b * 4 + 4), 16);
    utf8Chars(bytes, count, chars);
    let valid = true;
    for (let c = 0; c < chars.length; c += 3) {
      if (chars[c] === 0xfffd && chars[c + 2] - chars[c + 1] === 1 && bytes[chars[c + 1]] !== 0xef) valid = false;
    }
    if (valid) {
      for (let c = 0; c < chars.length; c += 3) edits.add(start + chars[c + 1] * 4, start + chars[c + 2] * 4, String.fromCodePoint(chars[c]));
    } else {
      for (let b = 0; b < count; b++) edits.add(start + b * 4, start + b * 4 + 4, String.fromCharCode(bytes[b]));
    }
  }
  return edits;
}
