import { EditList } from './mapped-text';

/**
 * Letter-spacing fold: "i g n o r e   a l l", "i.g.n.o.r.e", "i-g-n-o-r-e" → "ignore all".
 * A spaced word is a run of single characters joined by one separator; a wider separator
 * (two or more) is a word gap and becomes one space. One spaced word of ≥ 4 characters is required,
 * so abbreviations ("e.g.", "p.m.") and short lists stay as they are.
 */

/** Three single characters joined by single separators: where a spaced-out word can start. */
const HINT = /[a-z0-9@$][ .\-_*|/+,~:\u00b7][a-z0-9@$][ .\-_*|/+,~:\u00b7][a-z0-9@$]/g;
const MAX_GAP = 4;
const SPACE_MIDDLE = / [a-z0-9@$] [a-z0-9@$] /;
const OTHER_MIDDLE = /[.\-_*|/+,~:\u00b7][a-z0-9@$][.\-_*|/+,~:\u00b7][a-z0-9@$][.\-_*|/+,~:\u00b7]/;

function isUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x24;
}

function isLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isSep(c: number): boolean {
  return (
    c === 0x20 || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x2a || c === 0x7c || c === 0x2f ||
    c === 0x2b || c === 0x2c || c === 0x7e || c === 0x3a || c === 0xb7
  );
}

/** Letters, digits and any non-ASCII letter continue a word. */
function isWordChar(c: number): boolean {
  return isUnit(c) || (c >= 0x80 && c !== 0xa0 && c !== 0xb7 && c !== 0x3000);
}

/**
 * The longest spaced word (in units) and its separator. `gaps[u]` is -separator for a one-character join, else the
 * gap width; a word is joined by one repeated separator, so "5 p.m., e.g." has no long word.
 */
function longestWord(gaps: readonly number[]): { length: number; separator: number } {
  let best = 1;
  let separator = 0;
  let run = 1;
  for (let u = 0; u < gaps.length; u++) {
    if (gaps[u] >= 0) run = 1;
    else run = run > 1 && gaps[u] === gaps[u - 1] ? run + 1 : 2;
    if (run > best) {
      best = run;
      separator = gaps[u];
    }
  }
  return { length: best, separator };
}

/**
 * Whether the text has four single characters joined by one repeated separator ("i g n o",
 * "i.g.n.o"): the shortest spaced word that gets joined. Prose matches HINT at every " a " between
 * words, where the character-by-character scan below would run for nothing.
 */
function hasSpacedWord(text: string): boolean {
  // Its middle (separator, character, separator, character, separator) first, in one native scan each:
  // two one-character words in a row are rare in prose, unlike HINT's " a ".
  if (!SPACE_MIDDLE.test(text) && !OTHER_MIDDLE.test(text)) return false;
  HINT.lastIndex = 0;
  while (HINT.test(text)) {
    const m = HINT.lastIndex - 5;
    const sep = text.charCodeAt(m + 1);
    if (text.charCodeAt(m + 3) === sep && text.charCodeAt(m + 5) === sep && isUnit(text.charCodeAt(m + 6))) return true;
    HINT.lastIndex = m + 1; // every start is tried, so the run's first triple is found
  }
  return false;
}

export function spacingEdits(text: string): EditList {
  const edits = new EditList();
  if (!hasSpacedWord(text)) return edits;
  HINT.lastIndex = 0;
  const first = HINT.exec(text);
  if (!first) return edits;
  const n = text.length;
  const units: number[] = [];
  const gaps: number[] = [];
  // Start a little before the first hint: the spaced word may begin with a wider gap.
  let i = Math.max(0, first.index - 2 * (MAX_GAP + 1));
  while (i < n) {
    if (i > HINT.lastIndex + MAX_GAP) {
      // Far past the last hint: jump to the next one instead of scanning character by character.
      HINT.lastIndex = i;
      const next = HINT.exec(text);
      if (!next) break;
      i = Math.max(i, next.index - 2 * (MAX_GAP + 1));
    }
    const c = text.charCodeAt(i);
    const isStart =
      isUnit(c) && (i === 0 || !isWordChar(text.charCodeAt(i - 1))) && i + 1 < n && isSep(text.charCodeAt(i + 1));
    if (!isStart) {
      i++;
      continue;
    }
    units.length = 0;
    gaps.length = 0;
    units.push(i);
    let j = i + 1;
    for (;;) {
      let k = j;
      while (k < n && k - j <= MAX_GAP && isSep(text.charCodeAt(k))) k++;
      const width = k - j;
      if (width === 0 || width > MAX_GAP || k >= n) break;
      if (!isUnit(text.charCodeAt(k)) || (k + 1 < n && isWordChar(text.charCodeAt(k + 1)))) break;
      units.push(k);
      gaps.push(width === 1 ? -text.charCodeAt(j) : width);
      j = k + 1;
    }
    let letters = 0;
    for (const u of units) if (isLetter(text.charCodeAt(u))) letters++;
    const word = longestWord(gaps);
    if (word.length >= 4 && letters >= units.length * 0.6) {
      // Joins with the run's own separator vanish; wider gaps and other separators are word breaks.
      for (let u = 0; u + 1 < units.length; u++) {
        edits.add(units[u] + 1, units[u + 1], gaps[u] === word.separator ? '' : ' ');
      }
    }
    i = j;
  }
  return edits;
}
