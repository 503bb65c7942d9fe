/**
 * Reconnect delays: exponential with full jitter, capped, reset after a connection that lasted.
 * Shared by the browser transport and the VS Code extension's daemon bridge.
 */
export interface BackoffOptions {
  initialMs?: number;
  maxMs?: number;
  /** Random in [0, 1); injectable so tests get fixed delays. */
  random?: () => number;
}

export class Backoff {
  private attempts = 0;
  private readonly initialMs: number;
  private readonly maxMs: number;
  private readonly random: () => number;

  constructor(options: BackoffOptions = {}) {
    this.initialMs = options.initialMs ?? 500;
    this.maxMs = options.maxMs ?? 15_000;
    this.random = options.random ?? Math.random;
  }

  /** How many failed attempts in a row so far. */
  get attempt(): number {
    return this.attempts;
  }

  /** The delay before the next try; half fixed, half jitter so many clients do not reconnect in step. */
  next(): number {
    const ceiling = Math.min(this.maxMs, this.initialMs * 2 ** Math.min(this.attempts, 20));
    this.attempts++;
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }

  reset(): void {
    this.attempts = 0;
  }
}
