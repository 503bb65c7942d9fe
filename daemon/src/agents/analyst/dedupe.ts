import type { Alert } from '../../protocol/domain';
import { actorKey } from '../shared/actor';
import { LruMap } from '../../util/lru-map';
import { textHash } from '../shared/text-hash';

export interface DedupeOptions {
  /** Identical text from the same actor within this window is one alert (default 5 s). */
  windowMs: number;
  /** Keys remembered at most (default 20,000). */
  capacity: number;
}

/**
 * Drops alerts that say nothing new: the same event and threat delivered again, or the same text
 * from the same actor for the same threat within a few seconds (a client retrying a request).
 */
export class AlertDeduper {
  private readonly opts: DedupeOptions;
  private readonly seen: LruMap<string, number>;

  constructor(opts: Partial<DedupeOptions> = {}) {
    this.opts = { windowMs: 5_000, capacity: 20_000, ...opts };
    this.seen = new LruMap(this.opts.capacity);
  }

  /** True when the alert duplicates one seen before; otherwise remembers it. */
  isDuplicate(alert: Alert, now: number): boolean {
    const byEvent = `e|${alert.eventId}|${alert.threat}`;
    const byText = `t|${actorKey(alert.actor)}|${alert.threat}|${textHash(alert.excerpt)}`;
    const dup = this.seen.has(byEvent) || now - (this.seen.peek(byText) ?? -Infinity) < this.opts.windowMs;
    this.seen.set(byEvent, now);
    if (!dup) this.seen.set(byText, now);
    return dup;
  }
}
