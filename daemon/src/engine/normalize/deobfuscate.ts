import { leetEdits } from './leetspeak';
import { spacingEdits } from './letter-spacing';
import { EditList, compose, type MappedText } from './mapped-text';

/** Combining marks stacked on ASCII letters ("Zalgo", strike-through): NFKC has no precomposed form for them. */
const ZALGO = /[a-z][\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
const ZALGO_HINT = /[a-z][\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

function zalgoEdits(text: string): EditList {
  const edits = new EditList();
  ZALGO.lastIndex = 0;
  let m: RegExpExecArray | null;
  // The letter replaces itself plus its marks, so a match on it covers the marks too.
  while ((m = ZALGO.exec(text)) !== null) edits.add(m.index, m.index + m[0].length, m[0][0]);
  return edits;
}

/**
 * The de-obfuscated view: the folded text with combining-mark noise removed, letter-spaced words
 * joined ("i g n o r e" → "ignore") and leetspeak folded inside mixed tokens ("1gn0r3" → "ignore").
 * Null when none of these applies, so clean text costs only the quick checks.
 */
export function deobfuscate(folded: MappedText): MappedText | null {
  let cur = folded;
  let changed = false;
  if (ZALGO_HINT.test(cur.text)) {
    const z = zalgoEdits(cur.text);
    if (z.length > 0) {
      cur = compose(cur, z.apply(cur.text));
      changed = true;
    }
  }
  const spaced = spacingEdits(cur.text);
  if (spaced.length > 0) {
    cur = compose(cur, spaced.apply(cur.text));
    changed = true;
  }
  const leet = leetEdits(cur.text);
  if (leet.length > 0) {
    // Leetspeak replaces one character by one, so the offset map is unchanged.
    cur = { text: leet.apply(cur.text).text, starts: cur.starts, ends: cur.ends };
    changed = true;
  }
  return changed ? cur : null;
}
