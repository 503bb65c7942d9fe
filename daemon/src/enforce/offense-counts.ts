import { LruMap } from '../util/lru-map';
import type { EnforcementKind } from '../protocol/domain';
import type { Store } from '../store/store';

/**
 * How often each restriction was applied to each target (escalation), as the StateEnforcer needs
 * it before a new restriction is in force. With the store in its own thread every store read is a
 * round trip on the way from an event to its restriction, so:
 *   - counts this enforcer read or recorded are kept (it is the only writer of offenses, so a kept
 *     count is exact), bounded like every per-actor cache;
 *   - `prefetch` starts the read early (the Remediator calls it beside its claim check), so the
 *     two round trips overlap. A read started before an offense was recorded for the same key is
 *     dropped when that offense is issued, so a stale count is never used.
 */
export class OffenseCounts {
  private readonly known = new LruMap<string, number>(50_000);
  private readonly reading = new LruMap<string, Promise<number>>(10_000);

  constructor(private readonly store: Store) {}

  /** Starts reading the count for `key` unless it is known or being read. */
  prefetch(key: string, kind: EnforcementKind, target: string): void {
    if (this.known.peek(key) !== undefined || this.reading.peek(key) !== undefined) return;
    const read = this.store.offenseCount(kind, target);
    // Seen by `get` if it comes; unhandled otherwise.
    read.catch(() => undefined);
    this.reading.set(key, read);
  }

  /** The count now (call with the key's lock held). */
  async get(key: string, kind: EnforcementKind, target: string): Promise<number> {
    const cached = this.known.get(key);
    if (cached !== undefined) return cached;
    const pending = this.reading.peek(key);
    this.reading.delete(key);
    const n = await (pending ?? this.store.offenseCount(kind, target));
    this.known.set(key, n);
    return n;
  }

  /** An offense for `key` is being written: reads issued before it are out of date. */
  recording(key: string): void {
    this.reading.delete(key);
  }

  /** The write finished: its count, or unknown again if it failed. */
  recorded(key: string, count: number | undefined): void {
    if (count === undefined) this.known.delete(key);
    else this.known.set(key, count);
  }
}
