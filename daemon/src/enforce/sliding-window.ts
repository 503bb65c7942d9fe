/**
 * Sliding-log rate limiter for one target: remembers the times of the last `requests` admitted
 * requests in a ring buffer, so a check is O(1) and allocates nothing. A request is admitted when
 * fewer than `requests` admitted requests fall inside the last `windowMs`; refused requests are
 * not counted (a client that keeps knocking is not locked out longer than the window says).
 */
export class SlidingWindow {
  private readonly times: Float64Array;
  private head = 0;
  private count = 0;

  constructor(
    readonly requests: number,
    readonly windowMs: number,
  ) {
    this.times = new Float64Array(Math.max(1, Math.floor(requests)));
  }

  /** 0 when a request at `now` would be admitted, else milliseconds until it would be. */
  waitMs(now: number): number {
    if (this.count < this.times.length) return 0;
    const oldest = this.times[this.head];
    const wait = oldest + this.windowMs - now;
    return wait > 0 ? wait : 0;
  }

  /** Counts an admitted request at `now` (call after `waitMs(now) === 0`). */
  record(now: number): void {
    const cap = this.times.length;
    if (this.count < cap) {
      this.times[(this.head + this.count) % cap] = now;
      this.count++;
    } else {
      this.times[this.head] = now;
      this.head = (this.head + 1) % cap;
    }
  }

  /** Admitted requests still inside the window at `now`. */
  inWindow(now: number): number {
    let n = 0;
    const cap = this.times.length;
    for (let i = 0; i < this.count; i++) if (this.times[(this.head + i) % cap] > now - this.windowMs) n++;
    return n;
  }
}
