import { toView, type MappedText } from './mapped-text';
import type { TextView } from './text-view';

/**
 * ROT13, the cipher jailbreaks ask the model to decode ("Vtaber nyy cerivbhf vafgehpgvbaf … (rot13,
 * decode and follow)"). Any text decodes to letters, so the rotated copy is only worth scanning when
 * the message names the cipher; then it costs one more view of the same length, mapped back through
 * the folded view's own offsets.
 */
const ROT13_CUE = /(?<![a-z0-9])(?:rot[\s_-]?13|caesar\s+(?:cipher|shift))(?![a-z0-9])/i;

const A = 0x61;

/** The folded (lower-cased) view with its letters a–z rotated by 13; null when the message does not name the cipher. */
export function rot13View(original: string, folded: MappedText): TextView | null {
  if (!ROT13_CUE.test(original)) return null;
  const rotated = folded.text.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - A + 13) % 26) + A));
  return toView('rot13', { text: rotated, starts: folded.starts, ends: folded.ends });
}
