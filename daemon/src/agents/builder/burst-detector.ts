import { LruMap } from '../../util/lru-map';

export interface BurstOptions {
  /** More than this many requests inside the window is a burst. */
  requests: number;
  windowMs: number;
  /** Cap on actors tracked at once; the least recently seen are evicted first. */
  maxActors: number;
}

/** Evicted logs kept for reuse at most. */
const SPARE_LOGS = 1024;

export const DEFAULT_BURST: BurstOptions = { requests: 30, windowMs: 10_000, maxActors: 20_000 };

export interface Burst {
  /** `ip:1.2.3.4`, `session:s1` or `user:u1`. */
  dimension: string;
  /** Requests seen inside the window, this one included. */
  count: number;
  windowMs: number;
}

/** The last `requests + 1` request times of one actor dimension (a sliding log in a ring). */
interface ActorLog {
  times: Float64Array;
  head: number;
  count: number;
  lastSeen: number;
  lastAlertAt: number;
}

/**
 * Request-burst detection per IP / session / user over a sliding window. O(1) per request and
 * bounded memory: each tracked dimension keeps `requests + 1` timestamps, idle dimensions are
 * evicted after a window, and at most `maxActors` are tracked.
 */
export class BurstDetector {
  readonly opts: BurstOptions;
  private readonly logs: LruMap<string, ActorLog>;
  private evictedCount = 0;
  /** Logs of evicted dimensions, reused for new ones (a stream of new actors allocates nothing). */
  private readonly spare: ActorLog[] = [];

  constructor(opts: Partial<BurstOptions> = {}) {
    this.opts = { ...DEFAULT_BURST, ...opts };
    this.logs = new LruMap(this.opts.maxActors, (log) => {
      if (this.spare.length < SPARE_LOGS) this.spare.push(log);
    });
  }

  /** Counts one request for each dimension; returns the dimensions that should raise an alert now. */
  hit(dimensions: readonly string[], now: number): Burst[] {
    this.evictIdle(now);
    const bursts: Burst[] = [];
    const cap = this.opts.requests + 1;
    for (const dim of dimensions) {
      let log = this.logs.get(dim);
      if (!log) {
        log = this.spare.pop();
        if (log) {
          log.head = 0;
          log.count = 0;
          log.lastAlertAt = -Infinity;
        } else {
          log = { times: new Float64Array(cap), head: 0, count: 0, lastSeen: now, lastAlertAt: -Infinity };
        }
        this.evictedCount += this.logs.set(dim, log);
      }
      log.lastSeen = now;
      if (log.count < cap) {
        log.times[(log.head + log.count) % cap] = now;
        log.count++;
      } else {
        log.times[log.head] = now;
        log.head = (log.head + 1) % cap;
      }
      if (log.count < cap) continue;
      // The ring is full: the oldest of the last requests+1 times decides whether they fit in the window.
      const oldest = log.times[log.head];
      if (now - oldest >= this.opts.windowMs) continue;
      // At most one alert per dimension per window.
      if (now - log.lastAlertAt < this.opts.windowMs) continue;
      log.lastAlertAt = now;
      bursts.push({ dimension: dim, count: this.countInWindow(log, now), windowMs: this.opts.windowMs });
    }
    return bursts;
  }

  /** Dimensions currently tracked. */
  tracked(): number {
    return this.logs.size;
  }

  evicted(): number {
    return this.evictedCount;
  }

  private evictIdle(now: number): void {
    this.evictedCount += this.logs.evictWhile((l) => now - l.lastSeen >= this.opts.windowMs);
  }

  private countInWindow(log: ActorLog, now: number): number {
    let n = 0;
    const cap = log.times.length;
    for (let i = 0; i < log.count; i++) if (now - log.times[(log.head + i) % cap] < this.opts.windowMs) n++;
    return n;
  }
}
