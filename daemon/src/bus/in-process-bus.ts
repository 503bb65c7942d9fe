import { performance } from 'node:perf_hooks';
import type { Logger } from '../util/logger';
import type { Handler, MessageBus, Unsubscribe } from './bus';
import type { BusTopics, Topic } from './topics';

type AnyHandler = (payload: unknown) => void | Promise<void>;

/** One topic's FIFO: an array with a moving head (no O(n) shift per message). */
interface TopicQueue {
  items: unknown[];
  head: number;
  /** A pump is scheduled or running for this topic. */
  active: boolean;
  /** A message was taken off the queue and its handlers have not all finished. */
  inFlight: boolean;
}

export interface InProcessBusOptions {
  /** After this many messages in a row the pump yields to the event loop, so I/O and timers are not starved. */
  yieldEvery?: number;
  /**
   * ... or after this much time (ms, default 2), whichever comes first. Yielding ends the event-loop
   * turn, which is when the store commits the durable writes issued in it (group commit): a short
   * slice keeps a downstream agent that waits for a commit from waiting behind hundreds of scans.
   */
  sliceMs?: number;
}

export interface BusStats {
  published: number;
  handled: number;
  handlerErrors: number;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

/**
 * The default bus: in-process, asynchronous, per-topic FIFO.
 *
 * - `publish` only enqueues; handlers run later from a microtask, never inside `publish`.
 * - Within a topic, message N is handled by every subscriber before message N+1 starts, so a
 *   subscriber sees its topic in publish order. Different topics progress independently.
 * - A handler that throws or rejects is logged and counted; the others and the bus carry on.
 */
export class InProcessBus implements MessageBus {
  private readonly handlers = new Map<Topic, AnyHandler[]>();
  private readonly queues = new Map<Topic, TopicQueue>();
  private readonly yieldEvery: number;
  private readonly sliceMs: number;
  /** Messages published and not yet fully handled, over all topics. */
  private pending = 0;
  private waiters: (() => void)[] = [];
  private readonly counters: BusStats = { published: 0, handled: 0, handlerErrors: 0 };

  constructor(
    private readonly logger: Logger,
    opts: InProcessBusOptions = {},
  ) {
    this.yieldEvery = Math.max(1, opts.yieldEvery ?? 256);
    this.sliceMs = Math.max(0, opts.sliceMs ?? 2);
  }

  publish<K extends Topic>(topic: K, payload: BusTopics[K]): void {
    const q = this.queueOf(topic);
    q.items.push(payload);
    this.pending++;
    this.counters.published++;
    if (!q.active) {
      q.active = true;
      queueMicrotask(() => void this.pump(topic, q));
    }
  }

  subscribe<K extends Topic>(topic: K, handler: Handler<K>): Unsubscribe {
    const list = this.handlers.get(topic) ?? [];
    const h = handler as unknown as AnyHandler;
    // Copy-on-write: a delivery in progress keeps iterating the list it started with.
    this.handlers.set(topic, [...list, h]);
    return () => {
      this.handlers.set(
        topic,
        (this.handlers.get(topic) ?? []).filter((x) => x !== h),
      );
    };
  }

  drain(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  depth(): Partial<Record<Topic, number>> {
    const out: Partial<Record<Topic, number>> = {};
    for (const [topic, q] of this.queues) {
      const n = q.items.length - q.head + (q.inFlight ? 1 : 0);
      if (n > 0) out[topic] = n;
    }
    return out;
  }

  /** Messages published and not yet handled, over all topics. */
  pendingCount(): number {
    return this.pending;
  }

  stats(): BusStats {
    return { ...this.counters };
  }

  private queueOf(topic: Topic): TopicQueue {
    let q = this.queues.get(topic);
    if (!q) this.queues.set(topic, (q = { items: [], head: 0, active: false, inFlight: false }));
    return q;
  }

  private async pump(topic: Topic, q: TopicQueue): Promise<void> {
    let sinceYield = 0;
    let sliceStart = performance.now();
    while (q.head < q.items.length) {
      const payload = q.items[q.head];
      q.items[q.head] = undefined; // let the payload be collected while the queue grows
      q.head++;
      q.inFlight = true;
      await this.deliver(topic, payload);
      q.inFlight = false;
      this.settleOne();
      if (q.head > 1024 && q.head * 2 > q.items.length) {
        q.items = q.items.slice(q.head);
        q.head = 0;
      }
      if (++sinceYield >= this.yieldEvery || performance.now() - sliceStart >= this.sliceMs) {
        sinceYield = 0;
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    q.items = [];
    q.head = 0;
    q.active = false;
  }

  private async deliver(topic: Topic, payload: unknown): Promise<void> {
    const list = this.handlers.get(topic);
    if (!list || list.length === 0) return;
    let waits: Promise<void>[] | undefined;
    for (const h of list) {
      try {
        const r = h(payload);
        if (isThenable(r)) {
          (waits ??= []).push(
            Promise.resolve(r).then(
              () => undefined,
              (e: unknown) => this.handlerFailed(topic, e),
            ),
          );
        }
      } catch (e) {
        this.handlerFailed(topic, e);
      }
    }
    if (waits) await Promise.all(waits);
  }

  private handlerFailed(topic: Topic, e: unknown): void {
    this.counters.handlerErrors++;
    this.logger.log('error', 'bus handler failed', { topic, error: errorMessage(e) });
  }

  private settleOne(): void {
    this.pending--;
    this.counters.handled++;
    if (this.pending === 0 && this.waiters.length > 0) {
      const w = this.waiters;
      this.waiters = [];
      for (const resolve of w) resolve();
    }
  }
}
