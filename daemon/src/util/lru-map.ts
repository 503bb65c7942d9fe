/** One entry, linked in recency order. */
interface Node<K, V> {
  key: K;
  value: V;
  /** Towards the least recently used end. */
  prev: Node<K, V> | undefined;
  /** Towards the most recently used end. */
  next: Node<K, V> | undefined;
}

/**
 * A Map with a size cap that evicts the least recently used entry. Every per-actor or per-key
 * cache of the agents goes through it, so memory stays flat however many actors appear.
 *
 * Recency is a doubly linked list beside the Map, so a hit relinks two pointers. (Moving an entry
 * to the end of a Map by delete + set, and finding the oldest with a fresh iterator, is O(1) on
 * paper but not in V8: deleted slots stay in the table until it is rehashed, and every new
 * iterator walks over them from the start. Under steady churn — every request from a new actor
 * evicting an old one — that cost ~60 µs per lookup at 20,000 entries.)
 */
export class LruMap<K, V> {
  private readonly map = new Map<K, Node<K, V>>();
  /** Least recently used. */
  private head: Node<K, V> | undefined;
  /** Most recently used. */
  private tail: Node<K, V> | undefined;

  /** `onEvict` sees every entry dropped by the cap or by `evictWhile` (not by `delete`), e.g. to reuse it. */
  constructor(
    readonly capacity: number,
    private readonly onEvict?: (value: V, key: K) => void,
  ) {
    if (!(capacity >= 1)) throw new RangeError('LruMap capacity must be >= 1');
  }

  get size(): number {
    return this.map.size;
  }

  /** Reads and marks as recently used. */
  get(key: K): V | undefined {
    const n = this.map.get(key);
    if (n === undefined) return undefined;
    this.touch(n);
    return n.value;
  }

  /** Reads without changing the recency order. */
  peek(key: K): V | undefined {
    return this.map.get(key)?.value;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Inserts or replaces (and marks as recently used); returns the evicted entries' count. */
  set(key: K, value: V): number {
    const old = this.map.get(key);
    if (old !== undefined) {
      old.value = value;
      this.touch(old);
      return 0;
    }
    const n: Node<K, V> = { key, value, prev: this.tail, next: undefined };
    if (this.tail) this.tail.next = n;
    else this.head = n;
    this.tail = n;
    this.map.set(key, n);
    let evicted = 0;
    while (this.map.size > this.capacity && this.head !== undefined) {
      this.evict(this.head);
      evicted++;
    }
    return evicted;
  }

  delete(key: K): boolean {
    const n = this.map.get(key);
    if (n === undefined) return false;
    this.remove(n);
    return true;
  }

  /**
   * Evicts from the least recently used end while `stale(value)` holds; stops at the first fresh
   * entry (entries behind it were used more recently). Returns how many were evicted.
   */
  evictWhile(stale: (value: V) => boolean): number {
    let n = 0;
    while (this.head !== undefined && stale(this.head.value)) {
      this.evict(this.head);
      n++;
    }
    return n;
  }

  /** Values from the least to the most recently used. */
  *values(): IterableIterator<V> {
    for (let n = this.head; n !== undefined; n = n.next) yield n.value;
  }

  clear(): void {
    this.map.clear();
    this.head = undefined;
    this.tail = undefined;
  }

  private touch(n: Node<K, V>): void {
    if (n === this.tail) return;
    this.unlink(n);
    n.prev = this.tail;
    n.next = undefined;
    if (this.tail) this.tail.next = n;
    else this.head = n;
    this.tail = n;
  }

  private evict(n: Node<K, V>): void {
    this.remove(n);
    this.onEvict?.(n.value, n.key);
  }

  private remove(n: Node<K, V>): void {
    this.unlink(n);
    this.map.delete(n.key);
  }

  private unlink(n: Node<K, V>): void {
    if (n.prev) n.prev.next = n.next;
    else this.head = n.next;
    if (n.next) n.next.prev = n.prev;
    else this.tail = n.prev;
    n.prev = undefined;
    n.next = undefined;
  }
}
