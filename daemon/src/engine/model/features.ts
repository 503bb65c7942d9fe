/**
 * Hashed n-gram features of the folded view text: character n-grams (whitespace collapsed,
 * digits folded to 0, so they carry over to unseen payloads and other languages) plus word
 * unigrams and bigrams (each CJK/kana character is its own word, so CJK gets character bigrams).
 *
 * Hashing is FNV-1a over char codes, finished with murmur's fmix32; nothing is allocated per
 * n-gram and the buffers are reused between calls, so the cost is linear in the text length.
 */

export interface FeatureConfig {
  /** Number of hash buckets; a power of two. */
  buckets: number;
  /** Shortest and longest character n-gram. */
  charMin: number;
  charMax: number;
  /** Word unigrams and bigrams. */
  words: boolean;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const WORD_SEED = 0x2545f491;
const BIGRAM_MUL = 0x9e3779b1 | 0;
const UNIGRAM_TAG = 0x5bd1e995;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0x85 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff;
}

/** Han, kana, hangul syllables: scripts without spaces between words. */
function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

/** Word classes of ASCII: letters, digits (folded to 0) and underscore are word characters. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90) ? 1 : 0));

/** 0 = separator, 1 = word character, 2 = a word on its own (CJK); for non-ASCII c. */
function wordClass(c: number): number {
  if (isCjk(c)) return 2;
  // General punctuation, CJK punctuation and fullwidth ASCII punctuation separate words.
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || c === 0xa0 || (c >= 0xa1 && c <= 0xbf)) return 0;
  return 1;
}

/**
 * One featurizer per model: holds the reusable buffers. Not re-entrant (classification is
 * synchronous, so one instance per process is enough).
 */
export class Featurizer {
  readonly mask: number;
  /** Occurrences per bucket for the current text; zeroed again by `reset()`. */
  readonly counts: Uint16Array;
  /** Buckets with a non-zero count, in first-seen order. */
  touched: Int32Array;
  nTouched = 0;
  /** Every emitted feature of the current text: its bucket and the text position where it starts (for spans). */
  ids = new Int32Array(4096);
  starts = new Int32Array(4096);
  nIds = 0;
  private codes = new Uint16Array(1024);
  private pos = new Int32Array(1024);

  constructor(readonly cfg: FeatureConfig) {
    if (cfg.buckets <= 0 || (cfg.buckets & (cfg.buckets - 1)) !== 0) throw new Error(`buckets must be a power of two, got ${cfg.buckets}`);
    this.mask = cfg.buckets - 1;
    this.counts = new Uint16Array(cfg.buckets);
    this.touched = new Int32Array(4096);
  }

  /** Collapses whitespace and folds digits of text[start, end) into `codes`, with source positions. */
  private fill(text: string, start: number, end: number): number {
    const need = end - start + 2;
    if (this.codes.length < need) {
      this.codes = new Uint16Array(need * 2);
      this.pos = new Int32Array(need * 2);
    }
    const codes = this.codes;
    const pos = this.pos;
    let n = 0;
    codes[n] = 32;
    pos[n++] = start;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c <= 32 || (c >= 0x85 && isSpace(c))) {
        if (codes[n - 1] === 32) continue;
        c = 32;
      } else if (c >= 48 && c <= 57) c = 48;
      codes[n] = c;
      pos[n++] = i;
    }
    if (codes[n - 1] !== 32) {
      codes[n] = 32;
      pos[n++] = Math.max(start, end - 1);
    }
    return n;
  }

  /**
   * Extracts and counts the features of text[start, end), recording every feature's bucket and
   * start position (`ids`, `starts`, for spans). Call `reset()` before the next text.
   */
  extract(text: string, start = 0, end = text.length): void {
    const n = this.fill(text, start, end);
    const { charMin, charMax } = this.cfg;
    // At most (charMax - charMin + 1) char n-grams per position plus a word and a bigram.
    const cap = n * (charMax - charMin + 3) + 2;
    if (this.ids.length < cap) {
      this.ids = new Int32Array(cap);
      this.starts = new Int32Array(cap);
    }
    const ids = this.ids;
    const starts = this.starts;
    const codes = this.codes;
    const pos = this.pos;
    const mask = this.mask;
    let m = 0;
    let s = 0;
    if (charMin === 2 && charMax === 5) {
      // The shipped configuration, unrolled and counted on the fly (same order as `count`).
      const counts = this.counts;
      const touched = this.wideTouched();
      let t = this.nTouched;
      let idx: number;
      let c: number;
      for (; s + 5 <= n; s++) {
        const p = pos[s];
        let h = Math.imul(FNV_OFFSET ^ codes[s], FNV_PRIME);
        h = Math.imul(h ^ codes[s + 1], FNV_PRIME);
        idx = fmix32(h ^ 2) & mask;
        ids[m] = idx;
        starts[m++] = p;
        c = counts[idx];
        if (c === 0) touched[t++] = idx;
        if (c !== 65535) counts[idx] = c + 1;
        h = Math.imul(h ^ codes[s + 2], FNV_PRIME);
        idx = fmix32(h ^ 3) & mask;
        ids[m] = idx;
        starts[m++] = p;
        c = counts[idx];
        if (c === 0) touched[t++] = idx;
        if (c !== 65535) counts[idx] = c + 1;
        h = Math.imul(h ^ codes[s + 3], FNV_PRIME);
        idx = fmix32(h ^ 4) & mask;
        ids[m] = idx;
        starts[m++] = p;
        c = counts[idx];
        if (c === 0) touched[t++] = idx;
        if (c !== 65535) counts[idx] = c + 1;
        h = Math.imul(h ^ codes[s + 4], FNV_PRIME);
        idx = fmix32(h ^ 5) & mask;
        ids[m] = idx;
        starts[m++] = p;
        c = counts[idx];
        if (c === 0) touched[t++] = idx;
        if (c !== 65535) counts[idx] = c + 1;
      }
      this.nTouched = t;
    }
    const counted = m;
    for (; s < n; s++) {
      let h = FNV_OFFSET;
      const last = Math.min(n, s + charMax);
      const p = pos[s];
      for (let k = s; k < last; k++) {
        h = Math.imul(h ^ codes[k], FNV_PRIME);
        const len = k - s + 1;
        if (len >= charMin) {
          ids[m] = fmix32(h ^ len) & mask;
          starts[m++] = p;
        }
      }
    }
    this.nIds = this.cfg.words ? this.extractWords(n, m) : m;
    this.count(counted);
  }

  /** `touched` with room for every bucket (a bucket is touched at most once per text). */
  private wideTouched(): Int32Array {
    if (this.touched.length < this.counts.length) {
      const t2 = new Int32Array(this.counts.length);
      t2.set(this.touched.subarray(0, this.nTouched));
      this.touched = t2;
    }
    return this.touched;
  }

  /**
   * Counts the features of text[start, end) like `extract`, in the same order (so `touched` is
   * identical), without recording them: no `ids`/`starts` writes and one pass over the buckets.
   * This is the scoring hot path; `extract` is only needed again to locate a span.
   */
  countOnly(text: string, start = 0, end = text.length): void {
    const { charMin, charMax, words } = this.cfg;
    if (charMin !== 2 || charMax !== 5) {
      this.extract(text, start, end);
      return;
    }
    const n = this.fill(text, start, end);
    const codes = this.codes;
    const counts = this.counts;
    const mask = this.mask;
    const touched = this.wideTouched();
    let t = this.nTouched;
    let s = 0;
    let idx: number;
    let c: number;
    for (; s + 5 <= n; s++) {
      let h = Math.imul(FNV_OFFSET ^ codes[s], FNV_PRIME);
      h = Math.imul(h ^ codes[s + 1], FNV_PRIME);
      idx = fmix32(h ^ 2) & mask;
      c = counts[idx];
      if (c === 0) touched[t++] = idx;
      if (c !== 65535) counts[idx] = c + 1;
      h = Math.imul(h ^ codes[s + 2], FNV_PRIME);
      idx = fmix32(h ^ 3) & mask;
      c = counts[idx];
      if (c === 0) touched[t++] = idx;
      if (c !== 65535) counts[idx] = c + 1;
      h = Math.imul(h ^ codes[s + 3], FNV_PRIME);
      idx = fmix32(h ^ 4) & mask;
      c = counts[idx];
      if (c === 0) touched[t++] = idx;
      if (c !== 65535) counts[idx] = c + 1;
      h = Math.imul(h ^ codes[s + 4], FNV_PRIME);
      idx = fmix32(h ^ 5) & mask;
      c = counts[idx];
      if (c === 0) touched[t++] = idx;
      if (c !== 65535) counts[idx] = c + 1;
    }
    // The last (up to 4) positions: n-grams shorter than 5 that reach the end.
    for (; s < n; s++) {
      let h = FNV_OFFSET;
      for (let k = s; k < n; k++) {
        h = Math.imul(h ^ codes[k], FNV_PRIME);
        const len = k - s + 1;
        if (len >= 2) {
          idx = fmix32(h ^ len) & mask;
          c = counts[idx];
          if (c === 0) touched[t++] = idx;
          if (c !== 65535) counts[idx] = c + 1;
        }
      }
    }
    this.nTouched = t;
    if (words) this.countWords(n);
    this.nIds = 0;
  }

  /** `extractWords` + `count` in one pass, for `countOnly`. */
  private countWords(n: number): void {
    const codes = this.codes;
    const counts = this.counts;
    const touched = this.touched;
    const mask = this.mask;
    let t = this.nTouched;
    let prev = 0;
    let h = 0;
    let inWord = false;
    let idx: number;
    let c: number;
    for (let i = 0; i < n; i++) {
      const code = codes[i];
      const cls = code < 128 ? ASCII_WORD[code] : wordClass(code);
      if (cls === 1) {
        if (!inWord) {
          inWord = true;
          h = WORD_SEED;
        }
        h = Math.imul(h ^ code, FNV_PRIME);
        continue;
      }
      if (inWord) {
        idx = fmix32(h ^ UNIGRAM_TAG) & mask;
        c = counts[idx];
        if (c === 0) touched[t++] = idx;
        if (c !== 65535) counts[idx] = c + 1;
        if (prev !== 0) {
          idx = fmix32(Math.imul(prev, BIGRAM_MUL) ^ h) & mask;
          c = counts[idx];
          if (c === 0) touched[t++] = idx;
          if (c !== 65535) counts[idx] = c + 1;
        }
        prev = h | 1;
        inWord = false;
      }
      if (cls === 2) {
        // A CJK character is a word of its own.
        h = Math.imul(WORD_SEED ^ code, FNV_PRIME);
        idx = fmix32(h ^ UNIGRAM_TAG) & mask;
        c = counts[idx];
        if (c === 0) touched[t++] = idx;
        if (c !== 65535) counts[idx] = c + 1;
        if (prev !== 0) {
          idx = fmix32(Math.imul(prev, BIGRAM_MUL) ^ h) & mask;
          c = counts[idx];
          if (c === 0) touched[t++] = idx;
          if (c !== 65535) counts[idx] = c + 1;
        }
        prev = h | 1;
      }
    }
    this.nTouched = t;
  }

  /** Word unigrams and bigrams; `codes` ends with a space, so the last word is always closed. */
  private extractWords(n: number, m: number): number {
    const codes = this.codes;
    const pos = this.pos;
    const ids = this.ids;
    const starts = this.starts;
    const mask = this.mask;
    let prev = 0;
    let h = 0;
    let inWord = false;
    let wordStart = 0;
    for (let i = 0; i < n; i++) {
      const c = codes[i];
      const cls = c < 128 ? ASCII_WORD[c] : wordClass(c);
      if (cls === 1) {
        if (!inWord) {
          inWord = true;
          h = WORD_SEED;
          wordStart = pos[i];
        }
        h = Math.imul(h ^ c, FNV_PRIME);
        continue;
      }
      if (inWord) {
        ids[m] = fmix32(h ^ UNIGRAM_TAG) & mask;
        starts[m++] = wordStart;
        if (prev !== 0) {
          ids[m] = fmix32(Math.imul(prev, BIGRAM_MUL) ^ h) & mask;
          starts[m++] = wordStart;
        }
        prev = h | 1;
        inWord = false;
      }
      if (cls === 2) {
        // A CJK character is a word of its own.
        h = Math.imul(WORD_SEED ^ c, FNV_PRIME);
        ids[m] = fmix32(h ^ UNIGRAM_TAG) & mask;
        starts[m++] = pos[i];
        if (prev !== 0) {
          ids[m] = fmix32(Math.imul(prev, BIGRAM_MUL) ^ h) & mask;
          starts[m++] = pos[i];
        }
        prev = h | 1;
      }
    }
    return m;
  }

  /** Counts ids[from, nIds) (the ones `extract` did not count on the fly). */
  private count(from: number): void {
    const ids = this.ids;
    const counts = this.counts;
    let touched = this.touched;
    let t = this.nTouched;
    const m = this.nIds;
    for (let i = from; i < m; i++) {
      const idx = ids[i];
      const c = counts[idx];
      if (c === 0) {
        if (t === touched.length) touched = this.touched = grow(touched);
        touched[t++] = idx;
      }
      if (c !== 65535) counts[idx] = c + 1;
    }
    this.nTouched = t;
  }

  /** Zeroes the counts of the last text. */
  reset(): void {
    const counts = this.counts;
    const touched = this.touched;
    for (let i = 0; i < this.nTouched; i++) counts[touched[i]] = 0;
    this.nTouched = 0;
    this.nIds = 0;
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2 || 1024);
  b.set(a);
  return b;
}

/** Sublinear term frequency 1 + ln(count), tabulated for the common small counts. */
export const TF_TABLE = Float64Array.from({ length: 256 }, (_, i) => (i === 0 ? 0 : 1 + Math.log(i)));
export function tfWeight(count: number): number {
  return count < 256 ? TF_TABLE[count] : 1 + Math.log(count);
}
