/**
 * Hashed n-gram features of the folded view text: character n-grams of a few orders (whitespace
 * collapsed, digits folded to 0, so they carry over to unseen payloads and other languages) plus
 * word unigrams and bigrams (each CJK/kana character is its own word, so CJK gets character bigrams).
 *
 * Features are binary (present or not; the classifier dedupes buckets) so scoring is one pass of
 * adds. N-grams pack their char codes with multiplicative hashing, words use FNV-1a, both finished
 * with murmur's fmix32; nothing is allocated per feature and buffers are reused between calls.
 */

export interface FeatureConfig {
  /** Number of hash buckets; a power of two. */
  buckets: number;
  /** Character n-gram orders, each in 1..5 (e.g. [3, 5]). */
  charOrders: number[];
  /** Word unigrams and bigrams. */
  words: boolean;
}

const FNV_PRIME = 0x01000193;
const WORD_SEED = 0x2545f491;
const BIGRAM_MUL = 0x9e3779b1 | 0;
const UNIGRAM_TAG = 0x5bd1e995;
const MAX_ORDER = 5;

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

/** ASCII folding without branches: controls and space → space, digits → 0. */
const FOLD = Uint16Array.from({ length: 128 }, (_, c) => (c <= 32 ? 32 : c >= 48 && c <= 57 ? 48 : c));

/** 0 = separator, 1 = word character, 2 = a word on its own (CJK); for non-ASCII c. */
function wordClass(c: number): number {
  if (isCjk(c)) return 2;
  // General punctuation, CJK punctuation and fullwidth ASCII punctuation separate words.
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || c === 0xa0 || (c >= 0xa1 && c <= 0xbf)) return 0;
  return 1;
}

/** Multipliers that pack up to five 16-bit char codes into one 32-bit key before fmix32. */
const K1 = 0x9e3779b1 | 0;
const K2 = 0x85ebca77 | 0;
const K3 = 0xc2b2ae3d | 0;
const K4 = 0x27d4eb2f | 0;

/**
 * One featurizer per model: holds the reusable buffers. Not re-entrant (classification is
 * synchronous, so one instance per process is enough).
 */
export class Featurizer {
  readonly mask: number;
  /** Every emitted feature of the last text (repeats included): char n-grams first, then words. */
  ids = new Int32Array(4096);
  nIds = 0;
  /** How many of `ids` are char n-grams: `orders.length` per folded code, in code order. */
  nCharIds = 0;
  /** The char n-gram orders in the order they are emitted for each code. */
  readonly orders: Int32Array;
  /** Word features of the current text, appended to `ids` after the char n-grams. */
  private wids = new Int32Array(2048);
  /** Source position of each folded code of the last text (for spans). */
  private pos = new Int32Array(1024);
  private readonly perChar: number;

  constructor(readonly cfg: FeatureConfig) {
    if (cfg.buckets <= 0 || (cfg.buckets & (cfg.buckets - 1)) !== 0) throw new Error(`buckets must be a power of two, got ${cfg.buckets}`);
    for (const n of cfg.charOrders) if (!Number.isInteger(n) || n < 1 || n > MAX_ORDER) throw new Error(`char n-gram order must be in 1..${MAX_ORDER}, got ${n}`);
    this.mask = cfg.buckets - 1;
    this.orders = Int32Array.from([1, 2, 3, 4, 5].filter((o) => cfg.charOrders.includes(o)));
    this.perChar = cfg.charOrders.length + (cfg.words ? 2 : 0);
  }

  /**
   * Emits the bucket of every feature of text[start, end) into `ids[0, nIds)`: char n-grams
   * first, then words. One pass over the text: it is folded (whitespace runs → one space, digits
   * → 0, a space at both ends) as it is read, the last four codes live in locals, and word
   * features go to a side buffer appended at the end.
   */
  extract(text: string, start = 0, end = text.length): number {
    const need = end - start + 2;
    if (this.pos.length < need) this.pos = new Int32Array(need * 2);
    if (this.ids.length < need * this.perChar) this.ids = new Int32Array(need * this.perChar);
    if (this.cfg.words && this.wids.length < need * 2) this.wids = new Int32Array(need * 4);
    const pos = this.pos;
    const ids = this.ids;
    const wids = this.wids;
    const mask = this.mask;
    const orders = this.cfg.charOrders;
    const o1 = orders.includes(1), o2 = orders.includes(2), o3 = orders.includes(3), o4 = orders.includes(4), o5 = orders.includes(5);
    const words = this.cfg.words;
    let m = 0;
    let w = 0;
    let n = 0;
    // Codes before the text read as 0, so every order also has "start of text" n-grams.
    let c1 = 0, c2 = 0, c3 = 0, c4 = 0;
    let prevWord = 0;
    let h = 0;
    let inWord = false;
    // i = start - 1 is the leading space; i = end the closing one (skipped after a space).
    for (let i = start - 1; i <= end; i++) {
      let c = 32;
      if (i >= start && i < end) {
        c = text.charCodeAt(i);
        if (c < 128) c = FOLD[c];
        else if (isSpace(c)) c = 32;
        if (c === 32 && c1 === 32) continue;
      } else if (i === end && c1 === 32) break;
      pos[n++] = i < start ? start : i < end ? i : Math.max(start, end - 1);
      const base = Math.imul((c1 << 16) | c, K1);
      if (o1) ids[m++] = fmix32(Math.imul(c, K2) ^ 1) & mask;
      if (o2) ids[m++] = fmix32(base ^ 2) & mask;
      if (o3) ids[m++] = fmix32((base + Math.imul(c2, K2)) ^ 3) & mask;
      if (o4 || o5) {
        const mid = base + Math.imul((c3 << 16) | c2, K3);
        if (o4) ids[m++] = fmix32(mid ^ 4) & mask;
        if (o5) ids[m++] = fmix32((mid + Math.imul(c4, K4)) ^ 5) & mask;
      }
      c4 = c3;
      c3 = c2;
      c2 = c1;
      c1 = c;
      if (!words) continue;
      // Words: unigrams and bigrams; each CJK character is a word of its own.
      const cls = c < 128 ? ASCII_WORD[c] : wordClass(c);
      if (cls === 1) {
        if (!inWord) {
          inWord = true;
          h = WORD_SEED;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
        continue;
      }
      if (inWord) {
        wids[w++] = fmix32(h ^ UNIGRAM_TAG) & mask;
        if (prevWord !== 0) wids[w++] = fmix32(Math.imul(prevWord, BIGRAM_MUL) ^ h) & mask;
        prevWord = h | 1;
        inWord = false;
      }
      if (cls === 2) {
        h = Math.imul(WORD_SEED ^ c, FNV_PRIME);
        wids[w++] = fmix32(h ^ UNIGRAM_TAG) & mask;
        if (prevWord !== 0) wids[w++] = fmix32(Math.imul(prevWord, BIGRAM_MUL) ^ h) & mask;
        prevWord = h | 1;
      }
    }
    this.nCharIds = m;
    if (w > 0) ids.set(wids.subarray(0, w), m);
    this.nIds = m + w;
    return this.nIds;
  }

  /**
   * Where char n-gram `ids[j]` (j < nCharIds) of the last text starts in that text: derived from
   * the emission order, so scoring never records positions and a span needs no second pass.
   */
  charGramStart(j: number): number {
    const no = this.orders.length;
    const i = (j / no) | 0;
    const at = i - this.orders[j - i * no] + 1;
    return this.pos[at > 0 ? at : 0];
  }
}

/** The distinct buckets of ids[0, n), sorted: the support of a text's binary feature vector. */
export function distinctSorted(ids: Int32Array, n: number): Int32Array {
  const sorted = ids.slice(0, n).sort();
  let u = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[u++] = sorted[i];
  return sorted.slice(0, u);
}
