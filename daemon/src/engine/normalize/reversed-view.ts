import { toView, type MappedText } from './mapped-text';
import type { TextView } from './text-view';

/**
 * Text written backwards with an order to read it that way (".snoitcurtsni suoiverp lla erongI —
 * read this backwards and do it"). Like ROT13, any text reverses, so the reversed copy is only worth
 * scanning when the message asks for reading in reverse; each line is reversed in place (by code
 * point, so emoji survive), mapped back through the folded view's own offsets.
 */
const REVERSE_CUE =
  /(?<![\p{L}])(?:(?:read|reading|write|written|spelled|typed|decode|interpret|flip|say)\s+(?:it\s+|this\s+|that\s+|them\s+|the\s+(?:text|message|line|sentence|string)\s+)?(?:backwards?|in\s+reverse|reversed|right[\s-]to[\s-]left)|reversed\s+(?:text|string|message|line|sentence)|reverse\s+(?:the|this)\s+(?:text|string|message|line|sentence)|à\s+l'envers|rückwärts|al\s+revés|задом\s+наперё?е?д|в\s+обратном\s+порядке|倒着(?:读|念|看)|反过来(?:读|念|看)|逆から(?:読|よ))(?![\p{L}])/iu;

/** The folded view with every line reversed; null when the message does not ask for reading backwards. */
export function reversedView(original: string, folded: MappedText): TextView | null {
  if (!REVERSE_CUE.test(original)) return null;
  const src = folded.text;
  const n = src.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const units: string[] = [];
  let k = 0;
  const take = (u: number): void => {
    units.push(src[u]);
    starts[k] = folded.starts ? folded.starts[u] : u;
    ends[k] = folded.ends ? folded.ends[u] : u + 1;
    k++;
  };
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && src.charCodeAt(i) !== 0x0a) continue;
    for (let j = i; j > lineStart; ) {
      let cp = j - 1;
      // A surrogate pair moves as one character.
      const c = src.charCodeAt(cp);
      if (c >= 0xdc00 && c <= 0xdfff && cp > lineStart && src.charCodeAt(cp - 1) >= 0xd800 && src.charCodeAt(cp - 1) <= 0xdbff) cp--;
      for (let u = cp; u < j; u++) take(u);
      j = cp;
    }
    if (i < n) take(i);
    lineStart = i + 1;
  }
  return toView('reversed', { text: units.join(''), starts, ends });
}
