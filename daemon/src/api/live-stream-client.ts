import WebSocket from 'ws';
import { z } from 'zod';
import { STREAM_TOPICS, type StreamClientMessage, type StreamTopic } from '../protocol/stream';
import type { Clock } from '../util/clock';
import type { Logger } from '../util/logger';
import { BoundedFrameQueue, type QueuedFrame } from './live-stream-queue';
import type { FrameFactory } from './live-stream-frames';

export interface ClientLimits {
  /** Above this many bytes in the socket's own buffer, messages wait in the bounded queue instead. */
  highWaterBytes: number;
  maxQueuedMessages: number;
  maxQueuedBytes: number;
  /** A client whose queue makes no progress this long is terminated. */
  stuckTimeoutMs: number;
  /** Invalid client frames tolerated before closing with 1008. */
  maxInvalidMessages: number;
  /** Client frames per second tolerated before closing with 1008. */
  maxMessagesPerSecond: number;
}

const clientMessage: z.ZodType<StreamClientMessage> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping'), id: z.union([z.string().max(128), z.number()]).optional() }),
  z.object({ type: z.literal('subscribe'), topics: z.array(z.enum(STREAM_TOPICS)).max(STREAM_TOPICS.length * 2) }),
]);

function parseClientMessage(data: WebSocket.RawData, isBinary: boolean): StreamClientMessage | undefined {
  if (isBinary) return undefined;
  const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const r = clientMessage.safeParse(json);
  return r.success ? r.data : undefined;
}

/**
 * One connected client: its topic filter and its bounded backlog. Messages go straight to the
 * socket while it keeps up; past the high-water mark they wait in the queue (oldest dropped when
 * full), and each completed socket write pumps the queue again. When the backlog is gone the
 * client is told what it lost with a `dropped` message.
 */
export class StreamClient {
  /** Answered the last heartbeat ping. */
  alive = true;
  sent = 0;
  private topics: ReadonlySet<StreamTopic> = new Set(STREAM_TOPICS);
  private readonly queue: BoundedFrameQueue;
  /** When the backlog last made progress (or started); undefined while there is none. */
  private stalledSince: number | undefined;
  private invalid = 0;
  private windowStart = 0;
  private windowCount = 0;
  private ended = false;

  constructor(
    readonly ws: WebSocket,
    readonly id: number,
    private readonly limits: ClientLimits,
    private readonly frames: FrameFactory,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly onTerminated: () => void = () => undefined,
  ) {
    this.queue = new BoundedFrameQueue(limits.maxQueuedMessages, limits.maxQueuedBytes);
    ws.on('message', (data, isBinary) => {
      try {
        this.onMessage(data, isBinary);
      } catch (e) {
        // A listener that throws would crash the daemon: log and drop the client instead.
        logger.log('error', 'live stream: client message failed', { client: id, error: e instanceof Error ? e.message : String(e) });
        this.terminate('message handling failed');
      }
    });
    ws.on('pong', () => (this.alive = true));
  }

  get queued(): number {
    return this.queue.length;
  }

  get dropped(): number {
    return this.queue.droppedTotal;
  }

  wants(topic: StreamTopic): boolean {
    return this.topics.has(topic);
  }

  /** Sends now when the socket keeps up, else queues (bounded, oldest dropped). */
  deliver(frame: QueuedFrame): void {
    if (this.ended || this.ws.readyState !== WebSocket.OPEN) return;
    if (this.queue.length === 0 && this.ws.bufferedAmount < this.limits.highWaterBytes) {
      this.write(frame);
      return;
    }
    this.queue.push(frame);
    this.stalledSince ??= this.clock.now();
    this.checkStuck();
  }

  /** Periodic safety net: pumps the backlog and terminates a client that stopped reading. */
  tick(): void {
    if (this.ended) return;
    this.pump();
    this.checkStuck();
  }

  /** Closes with a code; the backlog is released at once. */
  close(code: number, reason: string): void {
    if (this.ended) return;
    this.release();
    this.ws.close(code, reason);
  }

  terminate(why: string): void {
    if (this.ended) return;
    this.logger.log('warn', 'live stream: client terminated', { client: this.id, why, queued: this.queue.length, dropped: this.queue.droppedTotal });
    this.release();
    this.onTerminated();
    this.ws.terminate();
  }

  /** The socket closed: forget the backlog. */
  release(): void {
    this.ended = true;
    this.queue.clear();
    this.stalledSince = undefined;
  }

  private write(frame: QueuedFrame): void {
    this.ws.send(frame.data, { binary: false }, this.onWritten);
    this.sent++;
  }

  // Runs when a write reached the kernel: the socket buffer shrank, so the backlog may move on.
  private readonly onWritten = (err?: Error): void => {
    if (!err && this.queue.length > 0) this.pump();
  };

  private pump(): void {
    if (this.ended || this.ws.readyState !== WebSocket.OPEN) return;
    let moved = false;
    while (this.queue.length > 0 && this.ws.bufferedAmount < this.limits.highWaterBytes) {
      this.write(this.queue.shift() as QueuedFrame);
      moved = true;
    }
    if (this.queue.length > 0) {
      if (moved) this.stalledSince = this.clock.now();
      return;
    }
    this.stalledSince = undefined;
    const lost = this.queue.takeDrops();
    if (lost) this.write(this.frames.make({ type: 'dropped', count: lost.count, total: this.queue.droppedTotal, firstSeq: lost.firstSeq, lastSeq: lost.lastSeq }));
  }

  private checkStuck(): void {
    if (this.stalledSince !== undefined && this.clock.now() - this.stalledSince > this.limits.stuckTimeoutMs) {
      this.terminate('stopped reading');
    }
  }

  private onMessage(data: WebSocket.RawData, isBinary: boolean): void {
    if (this.ended) return;
    const now = this.clock.now();
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.windowCount = 0;
    }
    if (++this.windowCount > this.limits.maxMessagesPerSecond) {
      this.close(1008, 'too many messages');
      return;
    }
    const msg = parseClientMessage(data, isBinary);
    if (!msg) {
      if (++this.invalid > this.limits.maxInvalidMessages) this.close(1008, 'invalid messages');
      return;
    }
    switch (msg.type) {
      case 'ping':
        this.deliver(this.frames.make(msg.id === undefined ? { type: 'pong' } : { type: 'pong', id: msg.id }));
        return;
      case 'subscribe':
        this.topics = new Set(msg.topics);
        this.deliver(this.frames.make({ type: 'subscribed', topics: [...this.topics] }));
        return;
    }
  }
}
