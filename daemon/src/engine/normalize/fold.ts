import { foldChars } from './char-fold';
import { foldConfusables } from './confusables';
import { EditList, compose, identityText, type MappedText } from './mapped-text';

export interface FoldResult {
  /** Folded text mapped into the input. */
  mapped: MappedText;
  /** Input offsets of every invisible code point that was removed (ascending). */
  hiddenAt: number[];
}

const PRINTABLE_ASCII = /^[\t\n\r\x20-\x7e]*$/;

/**
 * The folded form every rule matches against: NFKC (fullwidth, ligatures, math letters →
 * ASCII), invisible characters removed, look-alike Cyrillic/Greek letters folded to Latin inside
 * mixed-script tokens, lower case. Each output unit maps back to the input characters it came from.
 */
export function foldText(text: string): FoldResult {
  // Fast path: printable ASCII only changes case, so offsets are the identity.
  if (PRINTABLE_ASCII.test(text)) return { mapped: identityText(text.toLowerCase()), hiddenAt: [] };

  // Most non-ASCII text is already in NFKC; then combining marks need no cluster work.
  const { edits, hiddenAt, sawConfusable } = foldChars(text, text.normalize('NFKC') === text);
  let mapped = edits.apply(text);
  mapped = lowerCase(mapped);
  if (sawConfusable) {
    const t = foldConfusables(mapped.text);
    if (t !== mapped.text) mapped = { text: t, starts: mapped.starts, ends: mapped.ends };
  }
  return { mapped, hiddenAt };
}

/** Lower-cases while keeping the map: only a handful of characters change length when lower-cased. */
function lowerCase(m: MappedText): MappedText {
  const lower = m.text.toLowerCase();
  if (lower.length === m.text.length) return { text: lower, starts: m.starts, ends: m.ends };
  const edits = new EditList();
  const t = m.text;
  for (let i = 0; i < t.length; ) {
    const cp = t.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    const ch = t.slice(i, i + size);
    const l = ch.toLowerCase();
    if (l.length !== size) edits.add(i, i + size, l.slice(0, size));
    i += size;
  }
  const fixed = edits.apply(t);
  return compose(m, { text: fixed.text.toLowerCase(), starts: fixed.starts, ends: fixed.ends });
}
