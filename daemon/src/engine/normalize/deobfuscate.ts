import { leetEdits } from './leetspeak';
import { spacingEdits } from './letter-spacing';
import { EditList, compose, identityText, type MappedText } from './mapped-text';
import { Ranges, regionsAround, regionsView, type RangeList, type RegionText } from './regions';
import type { TextView } from './text-view';

/** Combining marks stacked on ASCII letters ("Zalgo", strike-through): NFKC has no precomposed form for them. */
const ZALGO = /[a-z][\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
/** Same test as ZALGO (a letter followed by a mark), written mark-first: V8 scans for the rare class faster. */
const ZALGO_HINT = /[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f](?<=[a-z].)/;

function zalgoEdits(text: string): EditList {
  const edits = new EditList();
  ZALGO.lastIndex = 0;
  let m: RegExpExecArray | null;
  // The letter replaces itself plus its marks, so a match on it covers the marks too.
  while ((m = ZALGO.exec(text)) !== null) edits.add(m.index, m.index + m[0].length, m[0][0]);
  return edits;
}

/** Adds the ranges changed by `edits` (made on `m.text`) in the coordinates of the text `m` maps into. */
function changedRanges(edits: EditList, m: MappedText, out: Ranges): void {
  const starts = m.starts;
  const ends = m.ends;
  for (let k = 0; k < edits.length; k++) {
    const a = edits.startOf(k);
    const b = edits.endOf(k);
    if (starts && ends) out.add(starts[a], ends[b - 1]);
    else out.add(a, b);
  }
}

/** First index i of `starts` (or of the identity when null, length n) with starts[i] >= x. */
function lowerBound(starts: Int32Array | null, n: number, x: number): number {
  if (!starts) return Math.min(Math.max(x, 0), n);
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The de-obfuscated view: the folded text with combining-mark noise removed, letter-spaced words
 * joined ("i g n o r e" → "ignore") and leetspeak folded inside mixed tokens ("1gn0r3" → "ignore"),
 * holding the regions around the changes (see regions.ts). Null when nothing applies, so clean
 * text costs only the quick checks. `marks` false (from the fold) means the text has no combining marks.
 */
export function deobfuscatedView(folded: MappedText, marks = true): TextView | null {
  const f = folded.text;
  // `cur` maps into the folded text; `changes` are the edits of each stage with the map of the
  // text they were made on, to find what changed in folded-text coordinates.
  let cur: MappedText = identityText(f);
  const changes: Array<{ edits: EditList; on: MappedText }> = [];
  if (marks && ZALGO_HINT.test(f)) {
    const z = zalgoEdits(f);
    if (z.length > 0) {
      changes.push({ edits: z, on: cur });
      cur = z.apply(f);
    }
  }
  const spaced = spacingEdits(cur.text);
  if (spaced.length > 0) {
    changes.push({ edits: spaced, on: cur });
    cur = compose(cur, spaced.apply(cur.text));
  }
  const leet = leetEdits(cur.text);
  if (leet.length > 0) {
    changes.push({ edits: leet, on: cur });
    // Leetspeak replaces one character by one, so the offset map is unchanged.
    cur = { text: leet.apply(cur.text).text, starts: cur.starts, ends: cur.ends };
  }
  if (changes.length === 0) return null;
  let ranges: RangeList;
  if (changes.length === 1 && !changes[0].on.starts) ranges = changes[0].edits; // made on the folded text itself
  else {
    const all = new Ranges();
    for (const c of changes) changedRanges(c.edits, c.on, all);
    if (changes.length > 1) all.sort();
    ranges = all;
  }
  const regions = regionsAround(f, ranges);
  const parts: RegionText[] = [];
  const n = cur.text.length;
  for (let r = 0; r < regions.length; r += 2) {
    const a = regions[r];
    const b = regions[r + 1];
    const i0 = lowerBound(cur.starts, n, a);
    const i1 = lowerBound(cur.starts, n, b);
    const text = cur.text.slice(i0, i1);
    if (text === f.slice(a, b)) continue;
    const atStart = a === 0;
    const atEnd = b === f.length;
    if (!cur.starts && !folded.starts) {
      parts.push({ text, starts: null, ends: null, offset: i0, atStart, atEnd });
      continue;
    }
    if (!folded.starts && cur.starts && cur.ends) {
      // The folded text is the original's units one for one: `cur` maps straight into the original.
      parts.push({ text, starts: cur.starts.subarray(i0, i1), ends: cur.ends.subarray(i0, i1), offset: 0, atStart, atEnd });
      continue;
    }
    const starts = new Int32Array(i1 - i0);
    const ends = new Int32Array(i1 - i0);
    for (let u = i0; u < i1; u++) {
      const fs = cur.starts ? cur.starts[u] : u;
      const fe = cur.ends ? cur.ends[u] : u + 1;
      starts[u - i0] = folded.starts ? folded.starts[fs] : fs;
      ends[u - i0] = folded.ends ? folded.ends[fe - 1] : fe;
    }
    parts.push({ text, starts, ends, offset: 0, atStart, atEnd });
  }
  return regionsView('deobfuscated', parts);
}
