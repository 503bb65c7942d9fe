/**
 * A Map with a size cap that evicts the least recently used entry. Every per-actor or per-key
 * cache of the agents goes through it, so memory stays flat however many actors appear.
 */
export class LruMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError('LruMap capacity must be >= 1');
  }

  get size(): number {
    return this.map.size;
  }

  /** Reads and marks as recently used. */
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  /** Reads without changing the recency order. */
  peek(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Inserts or replaces; returns the evicted entries' count. */
  set(key: K, value: V): number {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, value);
    let evicted = 0;
    while (this.map.size > this.capacity) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.map.delete(oldest.value);
      evicted++;
    }
    return evicted;
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }

  /**
   * Evicts from the least recently used end while `stale(value)` holds; stops at the first fresh
   * entry (entries behind it were used more recently). Returns how many were evicted.
   */
  evictWhile(stale: (value: V) => boolean): number {
    let n = 0;
    for (const [k, v] of this.map) {
      if (!stale(v)) break;
      this.map.delete(k);
      n++;
    }
    return n;
  }

  values(): IterableIterator<V> {
    return this.map.values();
  }

  clear(): void {
    this.map.clear();
  }
}
