import { createHash } from 'node:crypto';
import { LruMap } from '../../../agents/shared/lru';
import type { DetectorResult, LeakSpan } from './spans';

/** Shingle length: a reply repeating the prompt shares runs of consecutive shingles with it. */
export const SHINGLE = 20;
/** Prompts shorter than this are generic ("You are a helpful assistant."): repeating them leaks nothing. */
const MIN_PROMPT = 32;

/**
 * The system prompt as a set of its 20-character shingles. A reply whose consecutive positions all
 * start a shingle of the prompt repeats the prompt verbatim there; a run covering `minChars` or more
 * is a leak (OWASP LLM07). One set per distinct prompt, cached: agents send the same prompt each turn.
 */
export class SystemPromptIndex {
  private readonly shingles = new Set<string>();
  readonly length: number;

  constructor(prompt: string) {
    this.length = prompt.length;
    for (let i = 0; i + SHINGLE <= prompt.length; i++) this.shingles.add(prompt.slice(i, i + SHINGLE));
  }

  /** Leaking runs in `text`; a run still touching the end is pending (it may grow past the limit). */
  detect(text: string, final: boolean, minChars: number): DetectorResult {
    const threshold = Math.max(SHINGLE, Math.min(minChars, this.length));
    const spans: LeakSpan[] = [];
    let runStart = -1;
    let pendingFrom: number | undefined;
    const last = text.length - SHINGLE;
    for (let i = 0; i <= last + 1; i++) {
      const hit = i <= last && this.shingles.has(text.slice(i, i + SHINGLE));
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
