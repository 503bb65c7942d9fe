/**
 * The newest `capacity` items, keyed by id: O(1) insert, replace and newest-first indexing, so a
 * flood of 10,000 alerts costs bounded memory and no array shifting.
 */
export class RecentList<T> {
  private readonly buf: (T | undefined)[];
  private readonly index = new Map<string, number>();
  /** How many items were ever appended (absolute position of the next one). */
  private added = 0;
  private count = 0;
  /** Bumped on every change so views can tell cheaply whether to redraw. */
  version = 0;
  /** Items pushed out by newer ones since the last clear. */
  evicted = 0;

  constructor(
    readonly capacity: number,
    private readonly key: (item: T) => string,
  ) {
    this.buf = new Array<T | undefined>(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** How many items were added since the last clear: grows by one for every new item, even when full. */
  get head(): number {
    return this.added;
  }

  /** Adds a new item as the newest, or replaces the stored one with the same id where it stands. */
  upsert(item: T): 'added' | 'updated' {
    this.version++;
    const id = this.key(item);
    const pos = this.index.get(id);
    if (pos !== undefined) {
      this.buf[pos % this.capacity] = item;
      return 'updated';
    }
    if (this.count === this.capacity) {
      const oldest = this.buf[this.added % this.capacity];
      if (oldest !== undefined) this.index.delete(this.key(oldest));
      this.evicted++;
    } else {
      this.count++;
    }
    this.buf[this.added % this.capacity] = item;
    this.index.set(id, this.added);
    this.added++;
    return 'added';
  }

  /** The i-th newest item (0 is the newest). */
  at(i: number): T | undefined {
    if (i < 0 || i >= this.count) return undefined;
    return this.buf[(this.added - 1 - i) % this.capacity];
  }

  get(id: string): T | undefined {
    const pos = this.index.get(id);
    return pos === undefined ? undefined : this.buf[pos % this.capacity];
  }

  /** Newest first. */
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.at(i) as T);
    return out;
  }

  /** Replaces the content with `items` merged with what is held now, newest (by `ts`) kept. */
  merge(items: readonly T[], ts: (item: T) => number): void {
    const byId = new Map<string, T>();
    for (const it of this.toArray()) byId.set(this.key(it), it);
    for (const it of items) if (!byId.has(this.key(it))) byId.set(this.key(it), it);
    const sorted = [...byId.values()].sort((a, b) => ts(a) - ts(b)).slice(-this.capacity);
    this.clear();
    for (const it of sorted) this.upsert(it);
  }

  clear(): void {
    this.buf.fill(undefined);
    this.index.clear();
    this.added = 0;
    this.count = 0;
    this.evicted = 0;
    this.version++;
  }
}
