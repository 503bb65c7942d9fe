/**
 * Character classes the normalizer needs: invisible characters (what they are, for the
 * hidden-Unicode findings), scripts whose letters look like Latin, and right-to-left scripts.
 * Plain range checks: these run once per distinct code point (results are cached by fold.ts).
 */

export type HiddenKind = 'zero_width' | 'bidi' | 'tag' | 'variation_selector' | 'control';

/** Bidi controls that reorder displayed text (embeddings, overrides, isolates) — the "Trojan Source" set. */
export function isBidiReorder(cp: number): boolean {
  return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/** Bidi marks only nudge neutral characters; common and harmless in right-to-left text. */
export function isBidiMark(cp: number): boolean {
  return cp === 0x200e || cp === 0x200f || cp === 0x061c;
}

/** The invisible class of a code point, or null for a visible (or whitespace) character. */
export function hiddenKindOf(cp: number): HiddenKind | null {
  if (cp < 0xa0) {
    // C0/C1 controls except tab, line feed, vertical tab, form feed and carriage return (layout whitespace).
    if (cp < 0x20) return cp === 0x09 || cp === 0x0a || cp === 0x0b || cp === 0x0c || cp === 0x0d ? null : 'control';
    return cp >= 0x7f ? 'control' : null;
  }
  if (cp < 0x2000) {
    if (cp === 0x00ad || cp === 0x034f || cp === 0x115f || cp === 0x1160 || cp === 0x17b4 || cp === 0x17b5 || cp === 0x180e) {
      return 'zero_width';
    }
    if (cp === 0x061c) return 'bidi';
    if ((cp >= 0x180b && cp <= 0x180d) || cp === 0x180f) return 'variation_selector';
    return null;
  }
  if (cp <= 0x206f) {
    if (cp >= 0x200b && cp <= 0x200d) return 'zero_width';
    if (cp === 0x200e || cp === 0x200f || isBidiReorder(cp)) return 'bidi';
    if (cp >= 0x2060 && cp <= 0x2064) return 'zero_width'; // word joiner, invisible math operators
    if (cp >= 0x206a) return 'control'; // deprecated format characters
    return null;
  }
  if (cp < 0xfe00) return cp === 0x3164 ? 'zero_width' : null;
  if (cp <= 0xfe0f) return 'variation_selector';
  if (cp === 0xfeff || cp === 0xffa0) return 'zero_width';
  if (cp >= 0xfff9 && cp <= 0xfffb) return 'control'; // interlinear annotation
  if (cp < 0x1bca0) return null;
  if (cp <= 0x1bca3 || (cp >= 0x1d173 && cp <= 0x1d17a)) return 'control';
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'tag';
  if (cp >= 0xe0100 && cp <= 0xe01ef) return 'variation_selector';
  return null;
}

/** Cyrillic, Greek and Armenian: scripts with letters that pass for Latin ones. */
export function isConfusableScript(cp: number): boolean {
  return (cp >= 0x0370 && cp <= 0x058f) || (cp >= 0x1f00 && cp <= 0x1fff) || (cp >= 0x1c80 && cp <= 0x1c8f);
}

/** Hebrew, Arabic, Syriac, Thaana, N'Ko, their presentation forms and historic relatives (astral via surrogates). */
const RTL_TEXT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]|[\ud802\ud803\ud83a\ud83b]/;

/** Whether the text contains right-to-left letters anywhere. */
export function hasRtl(text: string): boolean {
  return RTL_TEXT.test(text);
}

/**
 * Scripts in which ZWJ/ZWNJ legitimately shape letters: Arabic and Syriac joining, Persian
 * word-internal non-joiners, Indic conjuncts, Myanmar, Khmer, Mongolian, Sinhala, Tibetan.
 */
export function usesJoiners(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x08ff) ||
    (cp >= 0x0900 && cp <= 0x0fff) ||
    (cp >= 0x1000 && cp <= 0x109f) ||
    (cp >= 0x1780 && cp <= 0x18af) ||
    (cp >= 0xa8e0 && cp <= 0xa8ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefe) ||
    (cp >= 0x11000 && cp <= 0x111ff)
  );
}

/** Thai, Lao, Myanmar and Khmer: written without spaces, with U+200B as the word-break hint. */
export function usesZeroWidthSpace(cp: number): boolean {
  return (cp >= 0x0e00 && cp <= 0x0eff) || (cp >= 0x1000 && cp <= 0x109f) || (cp >= 0x1780 && cp <= 0x17ff);
}
