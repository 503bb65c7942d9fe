import {
  BrokenCircuitError,
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleAll,
  retry,
  type CircuitBreakerPolicy,
  type RetryPolicy,
} from 'cockatiel';
import type { Actuator, ActuatorContext, ActuatorResult } from '../../enforce/actuator-types';
import type { PlannedAction } from '../../protocol/domain';

export interface GuardOptions {
  /** Attempts per action, the first included (default 3). */
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  /** Consecutive failed actions that open an actuator's circuit (default 5). */
  failuresToOpen: number;
  /** How long a circuit stays open before one trial action (default 30 s). */
  halfOpenAfterMs: number;
}

export const DEFAULT_GUARD: GuardOptions = { maxAttempts: 3, initialDelayMs: 50, maxDelayMs: 1_000, failuresToOpen: 5, halfOpenAfterMs: 30_000 };

export type BreakerState = 'closed' | 'open' | 'half_open' | 'isolated';

const STATE: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Isolated]: 'isolated',
};

/** A failure worth retrying and worth counting against the actuator (not bad input). */
function transientFailure(r: unknown): boolean {
  const x = r as Partial<ActuatorResult> | undefined;
  return x?.status === 'failed' && x.retryable === true;
}

export interface GuardedResult {
  result: ActuatorResult;
  attempts: number;
  /** The circuit was open: nothing was attempted. */
  circuitOpen: boolean;
}

/**
 * One actuator wrapped in retry with exponential backoff, inside a circuit breaker of its own: an
 * action that still fails after its retries counts one failure; after `failuresToOpen` in a row
 * the circuit opens and further actions fail fast until a trial succeeds.
 */
export class GuardedActuator {
  private readonly breaker: CircuitBreakerPolicy;
  private readonly retry: RetryPolicy;
  /** End of the lane of a non-concurrent actuator. */
  private tail: Promise<void> = Promise.resolve();

  constructor(
    readonly actuator: Actuator,
    opts: GuardOptions,
  ) {
    const handles = handleAll.orWhenResult(transientFailure);
    this.retry = retry(handles, {
      maxAttempts: Math.max(0, opts.maxAttempts - 1),
      backoff: new ExponentialBackoff({ initialDelay: opts.initialDelayMs, maxDelay: opts.maxDelayMs }),
    });
    this.breaker = circuitBreaker(handles, { halfOpenAfter: opts.halfOpenAfterMs, breaker: new ConsecutiveBreaker(opts.failuresToOpen) });
  }

  get name(): string {
    return this.actuator.name;
  }

  state(): BreakerState {
    return STATE[this.breaker.state];
  }

  /** One action at a time for an actuator that is not `concurrent`: FIFO, so breaker counts stay in order. */
  execute(action: PlannedAction, ctx: ActuatorContext): Promise<GuardedResult> {
    if (this.actuator.concurrent === true) return this.guarded(action, ctx);
    const run = this.tail.then(() => this.guarded(action, ctx));
    // guarded() never rejects (failures are results), but the lane must survive a bug that does.
    this.tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async guarded(action: PlannedAction, ctx: ActuatorContext): Promise<GuardedResult> {
    let attempts = 0;
    try {
      const result = await this.breaker.execute(() =>
        this.retry.execute(() => {
          attempts++;
          return this.actuator.execute(action, ctx);
        }),
      );
      return { result, attempts, circuitOpen: false };
    } catch (e) {
      if (e instanceof BrokenCircuitError) {
        const detail = `circuit open for actuator ${this.name}: failing fast after repeated failures`;
        return { result: { status: 'failed', detail, error: 'circuit open', retryable: true }, attempts, circuitOpen: true };
      }
      const msg = e instanceof Error ? e.message : String(e);
      return { result: { status: 'failed', detail: `${this.name} failed: ${msg}`, error: msg, retryable: true }, attempts, circuitOpen: false };
    }
  }
}
