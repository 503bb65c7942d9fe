import { circuitBreaker, ConsecutiveBreaker, handleAll, timeout, TimeoutStrategy, wrap, CircuitState, type IPolicy } from 'cockatiel';
import type { Incident } from '../../protocol/domain';
import type { AlertEvidence } from './incident-state';
import { LruMap } from '../../util/lru-map';
import { evidenceOf, TemplateSummarizer, type SourcedSummarizer, type SummaryResult } from './summarizer';

/** Calls the LLM with one prompt and resolves with its answer; should honour the abort signal. */
export type LlmCall = (prompt: string, signal: AbortSignal) => Promise<string>;

export interface LlmSummarizerOptions {
  /** Longest wait for one answer (default 3 s). */
  timeoutMs?: number;
  /** Summaries cached by incident and alert count (default 500). */
  cacheSize?: number;
  /** Consecutive failures that open the circuit (default 3). */
  failuresToOpen?: number;
  /** How long the circuit stays open before one trial call (default 30 s). */
  halfOpenAfterMs?: number;
  /** Longest summary kept (default 600 characters). */
  maxChars?: number;
}

export interface LlmSummarizerStats {
  calls: number;
  cacheHits: number;
  fallbacks: number;
  breaker: 'closed' | 'open' | 'half_open' | 'isolated';
}

const STATE_NAMES: Record<CircuitState, LlmSummarizerStats['breaker']> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Isolated]: 'isolated',
};

/** The prompt: facts only (secrets redacted by evidenceOf), and what to write. */
export function summaryPrompt(incident: Incident, alerts: readonly AlertEvidence[], template: string): string {
  const { rules, samples } = evidenceOf(alerts);
  return [
    'You are a SOC analyst. Write a triage summary of this incident in at most 3 short sentences:',
    'what happened, how confident we are, and what was done. No speculation beyond the facts.',
    `Facts: ${template}`,
    `Rules: ${rules.join(', ') || 'none'}. Evidence samples: ${samples.join(' | ') || 'none'}.`,
    `Alert count: ${incident.alertCount}. Status: ${incident.status}.`,
  ].join('\n');
}

/**
 * Adds an LLM-written summary, bounded in time (timeout), cached per incident and alert count, and
 * behind a circuit breaker; any failure, timeout or open circuit falls back to the template and says so.
 */
export class LlmSummarizer implements SourcedSummarizer {
  private readonly template = new TemplateSummarizer();
  private readonly cache: LruMap<string, string>;
  private readonly policy: IPolicy;
  private readonly breaker;
  private readonly maxChars: number;
  private readonly counters = { calls: 0, cacheHits: 0, fallbacks: 0 };

  constructor(
    private readonly call: LlmCall,
    opts: LlmSummarizerOptions = {},
  ) {
    this.cache = new LruMap(opts.cacheSize ?? 500);
    this.maxChars = opts.maxChars ?? 600;
    this.breaker = circuitBreaker(handleAll, {
      halfOpenAfter: opts.halfOpenAfterMs ?? 30_000,
      breaker: new ConsecutiveBreaker(opts.failuresToOpen ?? 3),
    });
    // Timeouts count as failures for the breaker: the timeout runs inside it.
    this.policy = wrap(this.breaker, timeout(opts.timeoutMs ?? 3_000, TimeoutStrategy.Aggressive));
  }

  async summarize(incident: Incident, alerts: readonly AlertEvidence[]): Promise<string> {
    return (await this.describe(incident, alerts)).text;
  }

  async describe(incident: Incident, alerts: readonly AlertEvidence[]): Promise<SummaryResult> {
    const key = `${incident.id}|${incident.key}|${incident.alertCount}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.counters.cacheHits++;
      return { text: cached, source: 'llm' };
    }
    const fallback = this.template.text(incident, alerts);
    try {
      this.counters.calls++;
      const answer = await this.policy.execute(({ signal }) => this.call(summaryPrompt(incident, alerts, fallback), signal));
      const text = typeof answer === 'string' ? answer.replace(/\s+/g, ' ').trim().slice(0, this.maxChars) : '';
      if (text === '') throw new Error('empty answer');
      this.cache.set(key, text);
      return { text, source: 'llm' };
    } catch {
      this.counters.fallbacks++;
      return { text: fallback, source: 'template' };
    }
  }

  stats(): LlmSummarizerStats {
    return { ...this.counters, breaker: STATE_NAMES[this.breaker.state] };
  }
}
