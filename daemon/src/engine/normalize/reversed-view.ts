import { toView, type MappedText } from './mapped-text';
import type { TextView } from './text-view';

/**
 * Text written backwards with an order to read it that way (".snoitcurtsni suoiverp lla erongI —
 * read this backwards and do it"). Like ROT13, any text reverses, so the reversed copy is only worth
 * scanning when the message asks for reading in reverse, and only near that request; each line is
 * reversed in place (by code point, so emoji survive), mapped back through the folded view's own offsets.
 */
const CUE_NEAR =
  /(?<![\p{L}])(?:(?:read|reading|write|written|spelled|typed|decode|interpret|say)\s+(?:it\s+|this\s+|that\s+|them\s+|the\s+(?:text|message|line|sentence|following|above|below)\s+)?(?:backwards?|in\s+reverse|right[\s-]to[\s-]left)|reversed\s+(?:text|message|instructions?)|à\s+l'envers|rückwärts|al\s+revés|задом\s+наперё?е?д|в\s+обратном\s+порядке|倒着(?:读|念|看)|反过来(?:读|念|看)|逆から(?:読|よ))(?![\p{L}])/iu;

/** One of these is in every cue (the folded view is lower-cased). */
const CUE_WORDS = ['backward', 'reverse', 'right to left', 'right-to-left', "l'envers", 'rückwärts', 'revés', 'задом', 'обратном', '倒着', '反过来', '逆から'];

const ANY_CUE_WORD = new RegExp(CUE_WORDS.join('|'), 'u');

/** Characters reversed on each side of a cue: the reversed payload sits next to the order to read it so. */
const REACH = 2000;

/** The folded view's lines within REACH of each cue, reversed; null when the message does not ask for reading backwards. */
export function reversedView(folded: MappedText): TextView | null {
  const src = folded.text;
  const n = src.length;
  // Each cue holds one of the cue words: one pass for any of them, then indexOf and the cue regex only around them
  // (run over the whole text, its lookbehind would be tried at every position).
  if (!ANY_CUE_WORD.test(src)) return null;
  const spans: [number, number][] = [];
  for (const word of CUE_WORDS) {
    let seen = 0;
    for (let at = src.indexOf(word); at >= 0 && seen < 64; at = src.indexOf(word, at + word.length), seen++) {
      const lo = Math.max(0, at - 40);
      if (!CUE_NEAR.test(src.slice(lo, Math.min(n, at + word.length + 40)))) continue;
      // A line longer than the reach is cut at its edge; the piece inside is reversed on its own.
      spans.push([Math.max(0, at - REACH), Math.min(n, at + REACH)]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i][0] <= spans[i - 1][1]) {
      spans[i - 1][1] = Math.max(spans[i - 1][1], spans[i][1]);
      spans.splice(i--, 1);
    }
  }
  if (spans.length === 0) return null;
  const size = spans.reduce((t, [a, b]) => t + b - a + 1, 0);
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const units: string[] = [];
  let k = 0;
  const take = (u: number): void => {
    units.push(src[u]);
    starts[k] = folded.starts ? folded.starts[u] : u;
    ends[k] = folded.ends ? folded.ends[u] : u + 1;
    k++;
  };
  for (const [a, b] of spans) {
    let lineStart = a;
    for (let i = a; i <= b; i++) {
      if (i < b && src.charCodeAt(i) !== 0x0a) continue;
      for (let j = i; j > lineStart; ) {
        let cp = j - 1;
        // A surrogate pair moves as one character.
        const c = src.charCodeAt(cp);
        if (c >= 0xdc00 && c <= 0xdfff && cp > lineStart && src.charCodeAt(cp - 1) >= 0xd800 && src.charCodeAt(cp - 1) <= 0xdbff) cp--;
        for (let u = cp; u < j; u++) take(u);
        j = cp;
      }
      if (i < b) {
        take(i); // the line's break
      } else if (k > 0) {
        // A break after each span, so two spans do not run together; it maps to the span's last character.
        units.push('\n');
        starts[k] = starts[k - 1];
        ends[k] = ends[k - 1];
        k++;
      }
      lineStart = i + 1;
    }
  }
  return toView('reversed', { text: units.join(''), starts: starts.subarray(0, k), ends: ends.subarray(0, k) });
}
