import { createHash } from 'node:crypto';
import { LruMap } from '../util/lru-map';
import type { DetectorResult, LeakSpan } from './spans';

/** Shingle length: a reply repeating the prompt shares runs of consecutive shingles with it. */
export const SHINGLE = 20;
/** Prompts shorter than this are generic ("You are a helpful assistant."): repeating them leaks nothing. */
const MIN_PROMPT = 32;

const BASE = 0x01000193;
/** BASE^(SHINGLE-1) mod 2^32: the weight of the character leaving the rolling window. */
const TOP = (() => {
  let p = 1;
  for (let i = 1; i < SHINGLE; i++) p = Math.imul(p, BASE);
  return p;
})();

/** Calls `each(i, hash)` for every SHINGLE-character window of `text` (polynomial rolling hash, mod 2^32). */
function rollingHashes(text: string, each: (start: number, hash: number) => void): void {
  if (text.length < SHINGLE) return;
  let h = 0;
  for (let i = 0; i < SHINGLE; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  each(0, h);
  for (let i = SHINGLE; i < text.length; i++) {
    h = (Math.imul(h - Math.imul(text.charCodeAt(i - SHINGLE), TOP), BASE) + text.charCodeAt(i)) | 0;
    each(i - SHINGLE + 1, h);
  }
}

/**
 * The system prompt as a set of the hashes of its 20-character shingles. A reply whose consecutive positions all
 * start a shingle of the prompt repeats the prompt verbatim there; a run covering `minChars` or more
 * is a leak (OWASP LLM07). One set per distinct prompt, cached: agents send the same prompt each turn.
 */
export class SystemPromptIndex {
  private readonly shingles = new Set<number>();
  readonly length: number;

  constructor(prompt: string) {
    this.length = prompt.length;
    rollingHashes(prompt, (_, h) => this.shingles.add(h));
  }

  /** Leaking runs in `text`; a run still touching the end is pending (it may grow past the limit). */
  detect(text: string, final: boolean, minChars: number): DetectorResult {
    const threshold = Math.max(SHINGLE, Math.min(minChars, this.length));
    const spans: LeakSpan[] = [];
    let runStart = -1;
    let pendingFrom: number | undefined;
    const last = text.length - SHINGLE;
    // hits[i]: the shingle starting at i is one of the prompt's (a 32-bit hash; a false run would need dozens of collisions in a row).
    const hits = new Uint8Array(Math.max(0, last + 1));
    rollingHashes(text, (i, h) => {
      if (this.shingles.has(h)) hits[i] = 1;
    });
    for (let i = 0; i <= last + 1; i++) {
      const hit = i <= last && hits[i] === 1;
      if (hit) {
        if (runStart < 0) runStart = i;
        continue;
      }
      if (runStart < 0) continue;
      const end = i - 1 + SHINGLE;
      if (end - runStart >= threshold) spans.push({ start: runStart, end, ruleId: 'out-system-prompt-leak', category: 'data_exfiltration', severity: 'high' });
      else if (!final && i === last + 1) pendingFrom = runStart;
      runStart = -1;
    }
    return pendingFrom === undefined ? { spans } : { spans, pendingFrom };
  }
}

/** Indexes of the prompts seen recently, by content hash. */
export class SystemPromptIndexCache {
  private readonly cache: LruMap<string, SystemPromptIndex>;

  constructor(capacity = 32) {
    this.cache = new LruMap(capacity);
  }

  get(prompt: string): SystemPromptIndex | undefined {
    if (prompt.length < MIN_PROMPT) return undefined;
    const key = createHash('sha256').update(prompt).digest('base64');
    let idx = this.cache.get(key);
    if (!idx) {
      idx = new SystemPromptIndex(prompt);
      this.cache.set(key, idx);
    }
    return idx;
  }
}
