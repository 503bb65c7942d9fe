import { hiddenKindOf, isConfusableScript } from './char-class';
import { EditList } from './mapped-text';

/**
 * Per-code-point facts for the folded view, computed once and cached: is it invisible, a
 * combining mark, a Cyrillic/Greek/Armenian letter, and what does it fold to (NFKC plus a few
 * Latin look-alikes NFKC leaves alone). The per-character loop lives here too, next to the
 * flags, so the hot path touches only module-local bindings.
 */

const KNOWN = 1;
const MARK = 2;
const HIDDEN = 4;
const CHANGED = 8;
/** A letter of a script that has Latin look-alikes (after folding). */
const CONFUSABLE = 16;
/** The character, or what it folds to, is in a range of combining marks the Zalgo fold looks for. */
const ZALGO_RANGE = 32;

const ZALGO_MARKS = /[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
/** Printable ASCII, tab and the layout controls \n \v \f \r: characters the fold keeps as they are. */
const PLAIN = /[^\t-\r\x20-\x7e]/g;

function isPlain(c: number): boolean {
  return c <= 0x7e && (c >= 0x20 || (c >= 0x09 && c <= 0x0d));
}

const bmpFlags = new Uint8Array(0x10000);
const astralFlags = new Map<number, number>();
const folded = new Map<number, string>();

const MARK_RE = /^\p{M}/u;
const LETTER_RE = /^\p{L}/u;
/** NFKC of a single code point can be long (U+FDFA is 18 letters); such ligatures are kept as they are. */
const MAX_EXPANSION = 8;

/** Latin look-alikes that NFKC does not fold: small capitals, dotless i, İ, negative circled/squared letters. */
const EXTRA: ReadonlyMap<number, string> = (() => {
  const m = new Map<number, string>([
    [0x0130, 'i'], [0x0131, 'i'], [0x0237, 'j'], [0x0261, 'g'], [0x01c0, 'l'], [0x0269, 'i'],
    [0x1d00, 'a'], [0x0299, 'b'], [0x1d04, 'c'], [0x1d05, 'd'], [0x1d07, 'e'], [0xa730, 'f'],
    [0x0262, 'g'], [0x029c, 'h'], [0x026a, 'i'], [0x1d0a, 'j'], [0x1d0b, 'k'], [0x029f, 'l'],
    [0x1d0d, 'm'], [0x0274, 'n'], [0x1d0f, 'o'], [0x1d18, 'p'], [0xa7af, 'q'], [0x0280, 'r'],
    [0xa731, 's'], [0x1d1b, 't'], [0x1d1c, 'u'], [0x1d20, 'v'], [0x1d21, 'w'], [0x028f, 'y'],
    [0x1d22, 'z'],
  ]);
  for (let k = 0; k < 26; k++) {
    const letter = String.fromCharCode(0x61 + k);
    m.set(0x1f150 + k, letter); // negative circled
    m.set(0x1f170 + k, letter); // negative squared
  }
  return m;
})();

function fixDottedI(s: string): string {
  return s.includes('\u0130') ? s.replace(/\u0130/g, 'I') : s;
}

function compute(cp: number): number {
  let f = KNOWN;
  if (hiddenKindOf(cp) !== null) return f | HIDDEN;
  const s = String.fromCodePoint(cp);
  if (MARK_RE.test(s)) f |= MARK;
  let out = EXTRA.get(cp);
  if (out === undefined) {
    const n = s.normalize('NFKC');
    if (n.length <= MAX_EXPANSION) out = fixDottedI(n);
  }
  if (out !== undefined && out !== s) {
    f |= CHANGED;
    folded.set(cp, out);
  }
  const first = (out ?? s).codePointAt(0) ?? cp;
  if (isConfusableScript(first) && LETTER_RE.test(out ?? s)) f |= CONFUSABLE;
  if (ZALGO_MARKS.test(s) || (out !== undefined && ZALGO_MARKS.test(out))) f |= ZALGO_RANGE;
  return f;
}

function flagsOf(cp: number): number {
  if (cp < 0x10000) {
    let f = bmpFlags[cp];
    if (f === 0) bmpFlags[cp] = f = compute(cp);
    return f;
  }
  let f = astralFlags.get(cp);
  if (f === undefined) {
    if (astralFlags.size >= 50_000) astralFlags.clear(); // bounded memory on hostile input
    f = compute(cp);
    astralFlags.set(cp, f);
  }
  return f;
}

/** NFKC of a base character with its combining marks, with İ kept to one unit. */
function foldCluster(s: string): string {
  const n = s.normalize('NFKC');
  return n.length <= s.length * MAX_EXPANSION ? fixDottedI(n) : s;
}

export interface CharFoldResult {
  /** Replacements (NFKC, look-alikes) and deletions (invisible characters) on the input. */
  edits: EditList;
  /** Input offsets of every invisible code point that was removed (ascending). */
  hiddenAt: number[];
  /** Whether any Cyrillic/Greek/Armenian letter was seen (then look-alike folding is worth a pass). */
  sawConfusable: boolean;
  /** Whether any combining mark was seen: without one, NFKC-stability does not matter. */
  sawMark: boolean;
  /** Whether the folded text may hold one of the combining marks the Zalgo fold removes. */
  sawZalgo: boolean;
}

/**
 * One pass over the code points of `text` from `from` (everything before it must be plain ASCII
 * not followed by a mark). When `stable` (the text is already NFKC), combining
 * marks need no cluster work; otherwise a base with its marks is normalized as one cluster,
 * so e + U+0301 composes to é.
 */
export function foldChars(text: string, stable: boolean, from = 0): CharFoldResult {
  const edits = new EditList();
  const hiddenAt: number[] = [];
  let sawConfusable = false;
  let sawMark = false;
  let sawZalgo = false;
  const n = text.length;
  for (let i = from; i < n; ) {
    const c = text.charCodeAt(i);
    if (isPlain(c) && i + 3 < n && isPlain(text.charCodeAt(i + 1)) && isPlain(text.charCodeAt(i + 2)) && isPlain(text.charCodeAt(i + 3))) {
      // A run of plain ASCII: jump to the next other character natively (after a short look, so
      // text in other scripts with ASCII spaces does not pay a regex call per word). When not
      // `stable`, the last plain character may be the base of a cluster: stop on it.
      PLAIN.lastIndex = i + 4;
      const next = PLAIN.test(text) ? PLAIN.lastIndex - 1 : n;
      i = stable || next === n ? next : next - 1;
      continue;
    }
    if (stable && isPlain(c)) {
      i++;
      continue;
    }
    if (c >= 0x20 && c < 0x7f && (stable || i + 1 >= n || text.charCodeAt(i + 1) < 0x300)) {
      i++;
      continue;
    }
    let cp = c;
    let size = 1;
    let f: number;
    if (c < 0xd800 || c > 0xdbff) {
      f = bmpFlags[c];
      if (f === 0) f = flagsOf(c);
      // Plain character (no fold, not a mark or invisible) not followed by marks: nothing to do.
      if (f === KNOWN && (stable || i + 1 >= n || text.charCodeAt(i + 1) < 0x300)) {
        i++;
        continue;
      }
    } else {
      cp = text.codePointAt(i) ?? c;
      size = cp > 0xffff ? 2 : 1;
      f = flagsOf(cp);
    }
    if (f & HIDDEN) {
      hiddenAt.push(i);
      edits.add(i, i + size, '');
      i += size;
      continue;
    }
    let j = i + size;
    if (!stable) {
      while (j < n && text.charCodeAt(j) >= 0x300) {
        const next = text.codePointAt(j) ?? 0;
        const nf = flagsOf(next);
        if (!(nf & MARK) || nf & HIDDEN) break;
        j += next > 0xffff ? 2 : 1;
      }
    }
    if (f & CONFUSABLE) sawConfusable = true;
    if (f & MARK) sawMark = true;
    if (f & ZALGO_RANGE) sawZalgo = true;
    if (j > i + size) {
      const cluster = text.slice(i, j);
      const out = foldCluster(cluster);
      if (out !== cluster) edits.add(i, j, out);
    } else if (f & CHANGED) {
      edits.add(i, j, folded.get(cp) ?? '');
    }
    i = j;
  }
  // Clusters (when not `stable`) can keep marks that do not compose: assume Zalgo is possible.
  return { edits, hiddenAt, sawConfusable, sawMark, sawZalgo: sawZalgo || !stable };
}
