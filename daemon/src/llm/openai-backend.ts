import OpenAI from 'openai';
import { circuitBreaker, ConsecutiveBreaker, ExponentialBackoff, handleAll, retry, timeout, TimeoutStrategy, wrap, CircuitState as CbState, BrokenCircuitError } from 'cockatiel';
import type { ChatBackend, ChatMessage, ChatReply, CircuitState, LlmConfig, LlmHealth } from './chat-backend';
import { displayUrl } from './chat-backend';
import { FallbackResponder } from './fallback-responder';
import type { Logger } from '../util/logger';

const STATE: Record<CbState, CircuitState> = {
  [CbState.Closed]: 'closed',
  [CbState.Open]: 'open',
  [CbState.HalfOpen]: 'half-open',
  [CbState.Isolated]: 'isolated',
};

/**
 * The official OpenAI SDK behind a timeout, retries with backoff and a circuit breaker. When the
 * upstream fails or the circuit is open, the labelled fallback answers instead, so chat keeps working.
 */
export class OpenAiBackend implements ChatBackend {
  private readonly client: OpenAI;
  private readonly policy;
  private readonly breaker;
  private lastError: string | undefined;
  private lastLatencyMs: number | undefined;

  constructor(
    private readonly config: LlmConfig,
    private readonly logger: Logger,
    breakerOpts: { consecutiveFailures?: number; halfOpenAfterMs?: number } = {},
  ) {
    // SDK retries are off: cockatiel owns retry/timeout so the breaker sees every failure.
    this.client = new OpenAI({ apiKey: config.apiKey ?? 'missing', baseURL: config.baseURL, timeout: config.timeoutMs, maxRetries: 0 });
    this.breaker = circuitBreaker(handleAll, {
      halfOpenAfter: breakerOpts.halfOpenAfterMs ?? 30_000,
      breaker: new ConsecutiveBreaker(breakerOpts.consecutiveFailures ?? 3),
    });
    const retries = retry(handleAll, { maxAttempts: config.maxRetries, backoff: new ExponentialBackoff({ initialDelay: 200, maxDelay: 2_000 }) });
    this.policy = wrap(retries, this.breaker, timeout(config.timeoutMs, TimeoutStrategy.Aggressive));
  }

  async reply(messages: ChatMessage[]): Promise<ChatReply> {
    const started = Date.now();
    try {
      const completion = await this.policy.execute(({ signal }) =>
        this.client.chat.completions.create({ model: this.config.model, messages }, { signal }),
      );
      this.lastLatencyMs = Date.now() - started;
      this.lastError = undefined;
      return { content: completion.choices[0]?.message?.content ?? '', model: completion.model, source: 'llm' };
    } catch (e) {
      const why = e instanceof BrokenCircuitError ? 'upstream LLM circuit open after repeated failures' : `upstream LLM failed: ${describe(e)}`;
      this.lastError = why;
      this.logger.log('warn', 'llm upstream failure', { error: why, baseURL: displayUrl(this.config.baseURL) });
      return new FallbackResponder(why).reply(messages);
    }
  }

  health(): LlmHealth {
    return {
      configured: true,
      model: this.config.model,
      baseURL: displayUrl(this.config.baseURL),
      circuit: STATE[this.breaker.state],
      ...(this.lastError ? { lastError: this.lastError } : {}),
      ...(this.lastLatencyMs !== undefined ? { lastLatencyMs: this.lastLatencyMs } : {}),
    };
  }
}

/** A short, secret-free description of an upstream error. */
function describe(e: unknown): string {
  if (e instanceof OpenAI.APIError) return `${e.status ?? 'network'} ${e.name}`;
  if (e instanceof Error) return e.name === 'TaskCancelledError' ? 'timeout' : e.name;
  return 'unknown error';
}

export function createChatBackend(config: LlmConfig, logger: Logger): ChatBackend {
  if (!config.apiKey && !config.baseURL) return new FallbackResponder();
  return new OpenAiBackend(config, logger);
}
