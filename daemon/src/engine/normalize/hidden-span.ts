import type { HiddenKind } from './char-class';

/**
 * A run of invisible or control characters in the original text (zero-width, bidi, Unicode
 * tags, variation selectors, controls). Invisible characters that are part of a visible glyph
 * are not reported: ZWJ inside emoji sequences, emoji flag tag sequences, one variation selector
 * after a character, ZWJ/ZWNJ in scripts that join letters, ZWSP word breaks in Thai, Lao, Khmer
 * and Myanmar, a leading byte-order mark, bidi marks
 * in right-to-left text and ANSI colour codes.
 */
export interface HiddenSpan {
  start: number;
  end: number;
  kind: HiddenKind;
  /** For tag runs (and variation-selector runs that carry bytes): the text they smuggle. */
  decoded?: string;
}
