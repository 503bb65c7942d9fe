/**
 * Rewrites counted repeats of groups so that V8 compiles them as loops instead of unrolled copies.
 *
 * Irregexp unrolls `(?:X){0,n}` for n ≤ 3 and the first 1–3 iterations of `(?:X){m,n}`, and the
 * code after each unrolled choice point is generated again per path: a shell separator written
 * `(?:\s|%20|%09|\+|…){1,4}` twenty times in one pattern compiled to 1.2 MB of machine code, once
 * for one-byte and again for two-byte texts, for each sticky and windowed twin of the pattern.
 * V8 does not unroll a body that can match the empty string, so `(?:X|){0,n}` stays a loop; it
 * matches exactly what `(?:X){0,n}` matches, in the same order (an empty iteration is rejected once
 * the minimum is reached). Groups with captures are left alone (a copy would duplicate them).
 */

const COUNTED = /\{(\d+),(\d+)\}/y;

interface Seq {
  out: string;
  /** Index just past the sequence (at a `)` or the end). */
  end: number;
  captures: boolean;
}

/** The group's opening: `(?:`, a lookaround, a named or a plain capture. */
function groupHead(src: string, i: number): { head: string; capture: boolean } {
  if (src[i + 1] !== '?') return { head: '(', capture: true };
  if (src.startsWith('(?<=', i) || src.startsWith('(?<!', i)) return { head: src.slice(i, i + 4), capture: false };
  if (src[i + 2] === '<') {
    const close = src.indexOf('>', i);
    return { head: src.slice(i, close + 1), capture: true };
  }
  return { head: src.slice(i, i + 3), capture: false };
}

function parseSeq(src: string, start: number): Seq {
  let out = '';
  let captures = false;
  let i = start;
  while (i < src.length && src[i] !== ')') {
    const c = src[i];
    if (c === '\\') {
      out += src.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
    } else if (c === '(') {
      const { head, capture } = groupHead(src, i);
      const inner = parseSeq(src, i + head.length);
      i = inner.end + 1;
      captures ||= capture || inner.captures;
      COUNTED.lastIndex = i;
      const q = head === '(?:' && !inner.captures ? COUNTED.exec(src) : null;
      if (q === null) {
        out += `${head}${inner.out})`;
        continue;
      }
      const min = Number(q[1]);
      const max = Number(q[2]);
      i += q[0].length;
      const lazy = src[i] === '?' ? '?' : '';
      if (lazy) i++;
      if (max <= min || (min === 0 && max > 3) || min > 3) out += `(?:${inner.out})${q[0]}${lazy}`;
      else out += `${min > 0 ? `(?:${inner.out})${min > 1 ? `{${min}}` : ''}` : ''}(?:${inner.out}|){0,${max - min}}${lazy}`;
    } else {
      out += c;
      i++;
    }
  }
  return { out, end: i, captures };
}

/** The source of `source` with its counted group repeats written as loops (see above); the same matches. */
export function slimRepeats(source: string): string {
  const seq = parseSeq(source, 0);
  // An unbalanced `)` (not a valid pattern anyway): leave the source as it is.
  return seq.end === source.length ? seq.out : source;
}
