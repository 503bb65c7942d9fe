import type { StreamMessage } from '../protocol/stream';
import type { Clock } from '../util/clock';
import type { QueuedFrame } from './live-stream-queue';

/** A stream message before the server stamps it. */
export type UnstampedMessage = StreamMessage extends infer M ? (M extends StreamMessage ? Omit<M, 'seq' | 'ts'> : never) : never;

/**
 * Stamps messages with the next sequence number and the time, and serializes each once: a
 * broadcast shares one buffer between every client (and every backlog) it goes to.
 */
export class FrameFactory {
  private seq = 0;

  constructor(private readonly clock: Clock) {}

  make(msg: UnstampedMessage): QueuedFrame {
    const seq = ++this.seq;
    // seq and ts first, so a reader of raw frames sees them at a glance.
    const data = Buffer.from(JSON.stringify({ seq, ts: this.clock.now(), ...msg }), 'utf8');
    return { seq, data };
  }

  /** The last sequence number handed out. */
  get lastSeq(): number {
    return this.seq;
  }
}
