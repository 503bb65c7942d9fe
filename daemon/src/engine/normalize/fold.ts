import { foldChars } from './char-fold';
import { foldConfusables } from './confusables';
import { EditList, compose, identityText, type MappedText } from './mapped-text';

export interface FoldResult {
  /** Folded text mapped into the input. */
  mapped: MappedText;
  /** Input offsets of every invisible code point that was removed (ascending). */
  hiddenAt: number[];
  /** False when the folded text surely has no combining marks (no Zalgo to strip). */
  marks: boolean;
}

/** The first character that is not printable ASCII, tab, LF or CR. */
const NOT_PRINTABLE = /[^\t\n\r\x20-\x7e]/g;

/**
 * The folded form every rule matches against: NFKC (fullwidth, ligatures, math letters →
 * ASCII), invisible characters removed, look-alike Cyrillic/Greek letters folded to Latin inside
 * mixed-script tokens, lower case. Each output unit maps back to the input characters it came from.
 */
export function foldText(text: string): FoldResult {
  // Fast path: printable ASCII only changes case, so offsets are the identity.
  NOT_PRINTABLE.lastIndex = 0;
  if (!NOT_PRINTABLE.test(text)) return { mapped: identityText(text.toLowerCase()), hiddenAt: [], marks: false };
  // Everything before the first other character is plain ASCII; the one just before it may carry a mark.
  const from = Math.max(0, NOT_PRINTABLE.lastIndex - 2);

  // Most non-ASCII text is already in NFKC; then combining marks need no cluster work. Without
  // any combining mark both ways of folding agree, so NFKC-stability is only checked when one is seen.
  let r = foldChars(text, true, from);
  if (r.sawMark && text.normalize('NFKC') !== text) r = foldChars(text, false, from);
  const { edits, hiddenAt, sawConfusable, sawZalgo } = r;
  let mapped = edits.apply(text);
  mapped = lowerCase(mapped);
  if (sawConfusable) {
    const t = foldConfusables(mapped.text);
    if (t !== mapped.text) mapped = { text: t, starts: mapped.starts, ends: mapped.ends };
  }
  return { mapped, hiddenAt, marks: sawZalgo };
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
