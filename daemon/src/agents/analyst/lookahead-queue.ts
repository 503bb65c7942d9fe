/**
 * Work items handled strictly one after another, in arrival order, whose lookup (a store read)
 * starts the moment they arrive instead of when their turn comes.
 *
 * Why: with the store in its own thread a read is a round trip (~0.5 ms, more while that thread
 * commits). The Analyst triages alerts one at a time; had each alert waited for its own read only
 * when its turn came, 500 alerts/s × one round trip kept the queue near saturation and a slow
 * answer held up every alert behind it (measured p99 event → restriction 120–1,200 ms at
 * 5,000 events/s). Overlapping the reads keeps the order and pays one round trip per burst.
 *
 * A lookup can be stale: it was issued before the items ahead of it were handled. `wroteSince`
 * tells the handler whether an item handled after the lookup started touched the same key, so
 * it can read again (see Analyst.findOpen).
 */
export class LookaheadQueue<T, R> {
  private readonly items: { item: T; key: string; lookup: Promise<R> | undefined; issuedAt: number }[] = [];
  private head = 0;
  private running = false;
  /** Items handled so far; a lookup remembers the count when it was issued. */
  private handled = 0;
  /** Key → the count when an item with that key was last handled (kept while lookups are pending). */
  private readonly lastHandled = new Map<string, number>();
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly lookup: (item: T, key: string) => Promise<R> | undefined,
    private readonly handle: (item: T, looked: { result: Promise<R>; stale: boolean } | undefined) => Promise<void>,
    private readonly keyOf: (item: T) => string,
  ) {}

  get size(): number {
    return this.items.length - this.head + (this.running ? 1 : 0);
  }

  push(item: T): void {
    const key = this.keyOf(item);
    const lookup = this.lookup(item, key);
    // Settled when its turn comes; a failure is the handler's to see then.
    lookup?.catch(() => undefined);
    this.items.push({ item, key, lookup, issuedAt: this.handled });
    if (!this.running) void this.run();
  }

  /** Resolves when every pushed item has been handled. */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.head < this.items.length) {
        const next = this.items[this.head];
        this.items[this.head] = undefined as never; // collectable while the queue grows
        this.head++;
        const last = this.lastHandled.get(next.key);
        const looked = next.lookup ? { result: next.lookup, stale: last !== undefined && last >= next.issuedAt } : undefined;
        try {
          await this.handle(next.item, looked);
        } catch {
          // The handler reports its own failures; the items behind it still get their turn.
        }
        this.lastHandled.set(next.key, this.handled++);
      }
    } finally {
      this.items.length = 0;
      this.head = 0;
      // No lookup is pending any more: none can be stale against what was handled before.
      this.lastHandled.clear();
      this.running = false;
      const w = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of w) resolve();
    }
  }
}
