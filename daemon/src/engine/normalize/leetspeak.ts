import { EditList } from './mapped-text';

/**
 * Leetspeak fold inside tokens that mix letters with digits or symbols: "1gn0r3" → "ignore",
 * "p@ssw0rd" → "password". Years, prices, versions ("win10", "mp3"), quantities ("10am"),
 * hex ids and e-mail addresses are left alone.
 */

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
/** A substitute next to a letter; written to start with the rare class, which V8 scans fastest. */
const HINT_G = /[013457@$](?<=[a-z][013457@$])|[013457@$](?=[a-z])/g;
/** Leetspeak words are short; longer mixed tokens are keys, ids and hashes. */
const MAX_TOKEN = 16;
const OTHER_DIGIT = /[2689]/;
/** Hex ids and UUID groups ("a1f0", "3e3e3e") are not words; all-hex leetspeak is rare enough to give up. */
const HEXISH = /^(?:0x|[0-9a-f]+$)/;
const QUANTITY = /^[0-9]+[a-z]{1,3}$/;

function foldToken(tok: string, followedByDot: boolean): string | null {
  if (OTHER_DIGIT.test(tok) || HEXISH.test(tok) || QUANTITY.test(tok)) return null;
  let letters = 0;
  for (let i = 0; i < tok.length; i++) if (tok.charCodeAt(i) >= 0x61) letters++;
  if (letters < 2) return null;
  let lastLetter = -1;
  for (let i = tok.length - 1; i >= 0 && lastLetter < 0; i--) if (tok.charCodeAt(i) >= 0x61) lastLetter = i;
  // A leet digit or inner @/$ before a letter marks the token ("1gn0r3"); digits only at the end are versions or counts ("win10").
  let marked = false;
  for (let i = 0; i < lastLetter && !marked; i++) {
    const c = tok.charCodeAt(i);
    marked = (c >= 0x30 && c <= 0x39) || (i > 0 && (c === 0x24 || (c === 0x40 && !followedByDot)));
  }
  if (!marked) return null;
  let out = '';
  let folded = false;
  for (let i = 0; i < tok.length; i++) {
    const ch = tok[i];
    const sub = LEET[ch];
    // '@' and '$' only inside a word ("p@ss"), not as a handle or variable sigil, and not in e-mail addresses.
    const symbol = ch === '@' || ch === '$';
    const usable = sub !== undefined && !(symbol && (i === 0 || i > lastLetter)) && !(ch === '@' && followedByDot);
    out += usable ? sub : ch;
    folded ||= usable;
  }
  return folded && looksLikeWord(out) ? out : null;
}

/**
 * Folded leetspeak reads as words; random keys and ids ("zmyoq55vx") do not: they have long
 * consonant clusters and few vowels.
 */
function looksLikeWord(s: string): boolean {
  let vowels = 0;
  let cluster = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if ('aeiouy'.includes(c)) {
      vowels++;
      cluster = 0;
    } else if (c >= 'a' && c <= 'z' && ++cluster > 4) {
      return false;
    }
  }
  return vowels >= s.length * 0.2;
}

/** [a-z0-9@$]: the characters of a token. */
const TOKEN_CHAR = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x24 ? 1 : 0));

function isTokenChar(c: number): boolean {
  return c < 128 && TOKEN_CHAR[c] === 1;
}

/**
 * Edits folding every leetspeak token (a maximal run of [a-z0-9@$], 3–16 long). Only tokens with
 * a substitute next to a letter can fold (a marked token has one right before its next letter),
 * so the scan jumps from one such spot to the next instead of visiting every word.
 */
export function leetEdits(text: string): EditList {
  const edits = new EditList();
  const hint = HINT_G;
  hint.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = hint.exec(text)) !== null) {
    let start = m.index;
    let end = start + 1;
    while (start > 0 && isTokenChar(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isTokenChar(text.charCodeAt(end))) end++;
    hint.lastIndex = end;
    const len = end - start;
    if (len < 3 || len > MAX_TOKEN) continue;
    const out = foldToken(text.slice(start, end), text.charCodeAt(end) === 0x2e);
    if (out !== null) edits.add(start, end, out);
  }
  return edits;
}
