import type { SecurityEvent } from '../../protocol/domain';

export interface FloodOptions {
  /** Inputs larger than this (characters scanned, or bytes declared by the sender) are oversized. */
  maxInputBytes: number;
  /** Repetition is only judged on texts at least this long. */
  repetitiveMinChars: number;
  /** Below this ratio of distinct tokens to tokens, a long text is token flooding. */
  minUniqueRatio: number;
}

export const DEFAULT_FLOOD: FloodOptions = { maxInputBytes: 64 * 1024, repetitiveMinChars: 2_000, minUniqueRatio: 0.1 };

/** Only this many tokens are counted (the verdict does not change past it, the cost would). */
const MAX_TOKENS = 20_000;
/** Texts with very long "words" (no spaces) are cut into fixed-size shingles instead. */
const SHINGLE = 16;

export interface Flood {
  ruleId: 'beh-oversized-input' | 'beh-token-flooding';
  detail: string;
  score: number;
}

/** Distinct-token ratio over whitespace tokens, or over fixed shingles when the text has few tokens. */
export function uniqueTokenRatio(text: string): { ratio: number; tokens: number } {
  const seen = new Set<string>();
  let total = 0;
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && total < MAX_TOKENS) {
    seen.add(m[0]);
    total++;
  }
  if (total >= 50 && text.length / total <= 64) return { ratio: seen.size / total, tokens: total };
  seen.clear();
  total = 0;
  for (let i = 0; i + SHINGLE <= text.length && total < MAX_TOKENS; i += SHINGLE) {
    seen.add(text.slice(i, i + SHINGLE));
    total++;
  }
  return { ratio: total === 0 ? 1 : seen.size / total, tokens: total };
}

/** Oversized and token-flooding inputs (OWASP LLM10, unbounded consumption), judged from size and shape. */
export class FloodDetector {
  readonly opts: FloodOptions;

  constructor(opts: Partial<FloodOptions> = {}) {
    this.opts = { ...DEFAULT_FLOOD, ...opts };
  }

  check(event: Pick<SecurityEvent, 'text' | 'bytes'>): Flood | undefined {
    const { text } = event;
    const declared = typeof event.bytes === 'number' && Number.isFinite(event.bytes) ? event.bytes : 0;
    // UTF-8 length is only computed when it could matter (it is O(n)).
    const scanned = text.length * 3 > this.opts.maxInputBytes ? Buffer.byteLength(text, 'utf8') : text.length;
    const size = Math.max(declared, scanned);
    if (size > this.opts.maxInputBytes) {
      const truncated = declared > scanned ? ` (declared ${declared} bytes, ${scanned} scanned)` : '';
      return { ruleId: 'beh-oversized-input', detail: `input of ${size} bytes exceeds the ${this.opts.maxInputBytes}-byte limit${truncated}`, score: 0.9 };
    }
    if (text.length >= this.opts.repetitiveMinChars) {
      const { ratio, tokens } = uniqueTokenRatio(text);
      if (ratio < this.opts.minUniqueRatio) {
        return { ruleId: 'beh-token-flooding', detail: `repetitive input: ${(ratio * 100).toFixed(1)}% distinct tokens over ${tokens} tokens`, score: 0.85 };
      }
    }
    return undefined;
  }
}
