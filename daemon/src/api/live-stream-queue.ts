/** A serialized stream message waiting for a slow client. */
export interface QueuedFrame {
  seq: number;
  data: Buffer;
}

export interface DropReport {
  count: number;
  firstSeq: number;
  lastSeq: number;
}

/**
 * FIFO of frames bounded by count and by bytes: pushing past either bound drops the OLDEST frames
 * (a live view wants the latest state) and remembers what was dropped until `takeDrops()`.
 * A ring buffer, so neither push nor shift copies the queue.
 */
export class BoundedFrameQueue {
  private readonly ring: (QueuedFrame | undefined)[];
  private head = 0;
  private size = 0;
  private byteCount = 0;
  private drops: DropReport | undefined;
  private dropTotal = 0;

  constructor(
    readonly maxFrames: number,
    readonly maxBytes: number,
  ) {
    if (maxFrames < 1) throw new RangeError('maxFrames must be at least 1');
    this.ring = new Array<QueuedFrame | undefined>(maxFrames);
  }

  get length(): number {
    return this.size;
  }

  get bytes(): number {
    return this.byteCount;
  }

  /** Frames dropped over the queue's life. */
  get droppedTotal(): number {
    return this.dropTotal;
  }

  push(frame: QueuedFrame): void {
    while (this.size > 0 && (this.size >= this.maxFrames || this.byteCount + frame.data.length > this.maxBytes)) {
      this.dropOldest();
    }
    this.ring[(this.head + this.size) % this.maxFrames] = frame;
    this.size++;
    this.byteCount += frame.data.length;
  }

  peek(): QueuedFrame | undefined {
    return this.size > 0 ? this.ring[this.head] : undefined;
  }

  shift(): QueuedFrame | undefined {
    if (this.size === 0) return undefined;
    const f = this.ring[this.head];
    this.ring[this.head] = undefined;
    this.head = (this.head + 1) % this.maxFrames;
    this.size--;
    if (f) this.byteCount -= f.data.length;
    return f;
  }

  /** What was dropped since the last call, or undefined; resets the report. */
  takeDrops(): DropReport | undefined {
    const d = this.drops;
    this.drops = undefined;
    return d;
  }

  clear(): void {
    while (this.size > 0) this.shift();
  }

  private dropOldest(): void {
    const f = this.shift();
    if (!f) return;
    this.dropTotal++;
    if (this.drops) {
      this.drops.count++;
      this.drops.lastSeq = f.seq;
    } else {
      this.drops = { count: 1, firstSeq: f.seq, lastSeq: f.seq };
    }
  }
}
