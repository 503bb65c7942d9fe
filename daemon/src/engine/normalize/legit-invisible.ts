import type { HiddenKind } from './char-class';
import { hiddenKindOf, isBidiMark, usesJoiners, usesZeroWidthSpace } from './char-class';

/**
 * Invisible characters that are part of something visible and legitimate, so they are
 * removed from the folded view but not reported as hidden content.
 */

const PICTOGRAPHIC = /^\p{Extended_Pictographic}/u;
const WHITESPACE = /^\s/;

function cpBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return c;
}

function isPictographic(cp: number): boolean {
  return cp >= 0 && PICTOGRAPHIC.test(String.fromCodePoint(cp));
}

/** ZWJ between two emoji (👩‍💻, 🏳️‍🌈), skipping the variation selector or skin tone on the left emoji. */
function isEmojiJoiner(text: string, start: number, end: number): boolean {
  let i = start;
  let prev = cpBefore(text, i);
  while (prev === 0xfe0f || (prev >= 0x1f3fb && prev <= 0x1f3ff)) {
    i -= prev > 0xffff ? 2 : 1;
    prev = cpBefore(text, i);
  }
  return isPictographic(prev) && end < text.length && isPictographic(text.codePointAt(end) ?? -1);
}

/** 🏴 + 2–7 tag letters/digits + CANCEL TAG: a subdivision flag such as England, Scotland, Wales. */
function isFlagTagSequence(text: string, start: number, end: number): boolean {
  if (cpBefore(text, start) !== 0x1f3f4) return false;
  const count = (end - start) / 2 - 1;
  if (count < 2 || count > 7 || text.codePointAt(end - 2) !== 0xe007f) return false;
  for (let i = start; i < end - 2; i += 2) {
    const cp = text.codePointAt(i) ?? 0;
    if (!((cp >= 0xe0030 && cp <= 0xe0039) || (cp >= 0xe0061 && cp <= 0xe007a))) return false;
  }
  return true;
}

const SGR = /^\[([\d;]{0,24})m/;

/** An ANSI SGR code (colours, bold…) that does not switch on "conceal" (parameter 8), which hides text. */
function isHarmlessSgr(after: string): boolean {
  const m = SGR.exec(after);
  return m !== null && !m[1].split(';').some((p) => Number(p) === 8 && p !== '');
}

export function isLegitInvisible(text: string, start: number, end: number, kind: HiddenKind, rtl: boolean): boolean {
  const first = text.codePointAt(start) ?? 0;
  const single = end - start === (first > 0xffff ? 2 : 1);
  switch (kind) {
    case 'zero_width':
      if (!single) return false;
      if (first === 0xfeff && start === 0) return true; // byte-order mark
      if (first === 0x200d && isEmojiJoiner(text, start, end)) return true;
      if (first === 0x200b) {
        return usesZeroWidthSpace(cpBefore(text, start)) || (end < text.length && usesZeroWidthSpace(text.codePointAt(end) ?? 0));
      }
      if (first === 0x200c || first === 0x200d) {
        return usesJoiners(cpBefore(text, start)) || (end < text.length && usesJoiners(text.codePointAt(end) ?? 0));
      }
      return false;
    case 'variation_selector': {
      // One selector picks a glyph variant (emoji vs text style, CJK ideograph variants); runs carry data.
      if (!single) return false;
      const prev = cpBefore(text, start);
      return prev >= 0 && hiddenKindOf(prev) === null && !WHITESPACE.test(String.fromCodePoint(prev));
    }
    case 'tag':
      return isFlagTagSequence(text, start, end);
    case 'bidi': {
      if (!rtl) return false;
      for (let i = start; i < end; i++) if (!isBidiMark(text.charCodeAt(i))) return false;
      return true;
    }
    case 'control':
      // ESC starting an ANSI colour/style code (not "conceal", which hides text) in pasted terminal output.
      return single && first === 0x1b && isHarmlessSgr(text.slice(end, end + 32));
  }
}
