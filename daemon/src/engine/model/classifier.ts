/**
 * Multinomial logistic regression over hashed n-grams (see features.ts), with int16 weights.
 * Long texts are scored in overlapping windows so one injected paragraph is not diluted by a
 * long benign document; the most suspicious window decides.
 */
import { Featurizer } from './features';
import type { ModelHeader } from './weights-format';
import type { ClassName, ModelScores } from './types';

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * Spans are computed only when the message is suspicious enough to be reported: the model's
 * finding (which carries the span) needs P(attack) at or above a mode's model threshold, the
 * lowest of which is 0.4 (decide.ts THRESHOLDS.strict). Locating a span costs a second pass.
 */
export const SPAN_MIN_ATTACK = 0.4;
/** Length of the reported span window, in UTF-16 units. */
const SPAN_WIDTH = 200;

export class LinearClassifier {
  private readonly f: Featurizer;
  private readonly k: number;
  private readonly scales: Float64Array;
  private readonly bias: Float64Array;
  private readonly acc: Float64Array;
  private readonly benignIndex: number;
  /** Scratch for the last scored window, and for the most suspicious window of a message. */
  private readonly probs: Float64Array;
  private readonly best: Float64Array;
  /**
   * Each bucket's class weights followed by a stamp, `stride` int16 slots per bucket (16 bytes
   * for 6 classes): scoring a feature reads and writes one cache line. The stamp says which
   * window last counted the bucket, so a bucket counts once per window (binary features)
   * without clearing a table between windows.
   */
  private readonly table: Int16Array;
  /** The same memory as int32 pairs of classes (little-endian), so a bucket is four loads, not seven. */
  private readonly pairs: Int32Array | undefined;
  private readonly stride: number;
  private stamp = 0;
  /** Scratch for `span`: contribution per text position. */
  private contrib = new Float64Array(1024);

  constructor(
    readonly header: ModelHeader,
    weights: Int16Array,
  ) {
    const k = (this.k = header.classes.length);
    this.f = new Featurizer(header.features);
    this.scales = Float64Array.from(header.scales);
    this.bias = Float64Array.from(header.bias);
    this.acc = new Float64Array(k);
    this.probs = new Float64Array(k);
    this.best = new Float64Array(k);
    let stride = 1;
    while (stride < k + 1) stride *= 2;
    this.stride = stride;
    this.table = new Int16Array(header.features.buckets * stride);
    // A plain copy: a subarray view per bucket would be 32,768 short-lived objects at start-up.
    for (let b = 0; b < header.features.buckets; b++) for (let c = 0; c < k; c++) this.table[b * stride + c] = weights[b * k + c];
    if (k === 6 && stride === 8 && LITTLE_ENDIAN) this.pairs = new Int32Array(this.table.buffer);
    this.benignIndex = header.classes.indexOf('benign');
    if (this.benignIndex < 0) throw new Error('model has no benign class');
  }

  private nextStamp(): number {
    if (++this.stamp === 32768) {
      for (let i = this.k; i < this.table.length; i += this.stride) this.table[i] = 0;
      this.stamp = 1;
    }
    return this.stamp;
  }

  /** Probabilities of text[start, end) into this.probs. */
  private scoreWindow(text: string, start: number, end: number): void {
    const k = this.k;
    const t = this.table;
    const acc = this.acc;
    const m = this.f.extract(text, start, end);
    const ids = this.f.ids;
    const stamp = this.nextStamp();
    let distinct = 0;
    acc.fill(0);
    const q = this.pairs;
    if (q !== undefined) {
      // The shipped model has 6 classes: accumulators in registers, weights read two at a time
      // (low half = even class); the stamp is int32 slot 3 (int16 slot 6, slot 7 stays 0).
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0;
      for (let i = 0; i < m; i++) {
        const p = ids[i] << 2;
        if (q[p + 3] === stamp) continue;
        q[p + 3] = stamp;
        distinct++;
        let x = q[p];
        a0 += (x << 16) >> 16;
        a1 += x >> 16;
        x = q[p + 1];
        a2 += (x << 16) >> 16;
        a3 += x >> 16;
        x = q[p + 2];
        a4 += (x << 16) >> 16;
        a5 += x >> 16;
      }
      acc[0] = a0;
      acc[1] = a1;
      acc[2] = a2;
      acc[3] = a3;
      acc[4] = a4;
      acc[5] = a5;
    } else {
      const stride = this.stride;
      for (let i = 0; i < m; i++) {
        const b = ids[i] * stride;
        if (t[b + k] === stamp) continue;
        t[b + k] = stamp;
        distinct++;
        for (let c = 0; c < k; c++) acc[c] += t[b + c];
      }
    }
    // Binary features, L2-normalized: each distinct feature has value 1/sqrt(distinct).
    const norm = distinct > 0 ? Math.sqrt(distinct) : 1;
    let max = -Infinity;
    for (let c = 0; c < k; c++) {
      acc[c] = this.bias[c] + (this.scales[c] * acc[c]) / norm;
      if (acc[c] > max) max = acc[c];
    }
    let z = 0;
    for (let c = 0; c < k; c++) z += this.probs[c] = Math.exp(acc[c] - max);
    for (let c = 0; c < k; c++) this.probs[c] /= z;
  }

  classify(text: string): ModelScores {
    const n = text.length;
    const { maxSingle, window, stride, maxScored } = this.header.longText;
    const best = this.best;
    let bestStart = 0;
    let bestEnd = n;
    let lastStart = 0;
    if (n <= maxSingle) {
      this.scoreWindow(text, 0, n);
      best.set(this.probs);
    } else {
      best[this.benignIndex] = 2;
      for (const s of windowStarts(n, window, stride, maxScored)) {
        const e = Math.min(n, s + window);
        this.scoreWindow(text, s, e);
        lastStart = s;
        if (this.probs[this.benignIndex] < best[this.benignIndex]) {
          best.set(this.probs);
          bestStart = s;
          bestEnd = e;
        }
      }
    }
    const probabilities = {} as Record<ClassName, number>;
    this.header.classes.forEach((c, i) => (probabilities[c] = best[i]));
    const attackProbability = 1 - best[this.benignIndex];
    let span: [number, number] = [0, n];
    if (attackProbability >= SPAN_MIN_ATTACK) {
      // The featurizer still holds the last scored window; re-read the best one if it was another.
      if (bestStart !== lastStart) this.f.extract(text, bestStart, bestEnd);
      span = this.span(bestStart, bestEnd - bestStart, best);
    }
    return { probabilities, attackProbability, span };
  }

  /** The SPAN_WIDTH window of text[start, end) whose features pushed hardest toward the top attack class. */
  private span(start: number, len: number, probs: Float64Array): [number, number] {
    const k = this.k;
    const b = this.benignIndex;
    let top = -1;
    for (let c = 0; c < k; c++) if (c !== b && (top < 0 || probs[c] > probs[top])) top = c;
    const f = this.f;
    const ids = f.ids;
    const nChar = f.nCharIds;
    const t = this.table;
    const stride = this.stride;
    const sTop = this.scales[top];
    const sBen = this.scales[b];
    if (this.contrib.length < len + 1) this.contrib = new Float64Array(Math.max(len + 1, 2 * this.contrib.length));
    const contrib = this.contrib;
    contrib.fill(0, 0, len + 1);
    // Every occurrence of a char n-gram is credited with its weight where it starts (repeated
    // phrases stand out); word features overlap the same characters and are left out.
    for (let i = 0; i < nChar; i++) {
      const idx = ids[i];
      contrib[f.charGramStart(i) - start] += sTop * t[idx * stride + top] - sBen * t[idx * stride + b];
    }
    if (len <= SPAN_WIDTH) return trim(contrib, start, 0, len);
    let sum = 0;
    for (let i = 0; i < SPAN_WIDTH; i++) sum += contrib[i];
    let bestSum = sum;
    let bestAt = 0;
    for (let i = SPAN_WIDTH; i < len; i++) {
      sum += contrib[i] - contrib[i - SPAN_WIDTH];
      if (sum > bestSum) {
        bestSum = sum;
        bestAt = i - SPAN_WIDTH + 1;
      }
    }
    return trim(contrib, start, bestAt, bestAt + SPAN_WIDTH);
  }
}

/**
 * Starts of the windows scored for a long text: every `stride` while the total stays within
 * `maxScored` characters; beyond that, evenly spaced windows that always include the first and
 * the last, so the cost per message is bounded (the rules still read every character).
 */
export function windowStarts(n: number, window: number, stride: number, maxScored: number): number[] {
  const last = Math.max(0, n - window);
  const full = Math.ceil(last / stride) + 1;
  const k = Math.max(2, Math.min(full, Math.floor(maxScored / window)));
  if (k >= full) return Array.from({ length: full }, (_, i) => Math.min(i * stride, last));
  return Array.from({ length: k }, (_, i) => Math.round((i * last) / (k - 1)));
}

/** Narrows [from, to) (relative to `start`) to its first and last positively contributing position. */
function trim(contrib: Float64Array, start: number, from: number, to: number): [number, number] {
  let a = from;
  let z = to;
  while (a < z && contrib[a] <= 0) a++;
  while (z > a && contrib[z - 1] <= 0) z--;
  if (a >= z) return [start + from, start + to];
  // An n-gram starting at z-1 covers a few more characters; keep whole words readable.
  return [start + a, start + Math.min(to, z + 4)];
}
