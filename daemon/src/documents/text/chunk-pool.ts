import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Finding, SecurityMode } from '../../engine/types';

/** A chunk offered to the pool: its cache key, text and the mode it is scanned in. */
export interface ChunkJob {
  key: string;
  text: string;
  mode: SecurityMode;
}

/** What a chunk worker says (chunk-worker.ts): that its engine is loaded, or a chunk's findings. */
export type ChunkWorkerMessage = { ready: true } | { key: string; findings: Finding[] };

export interface ChunkPoolOptions {
  /** The worker script (the bundled dist/chunk-worker.js). */
  script: string;
  /** Where finished chunks go (the shared chunk cache). */
  onResult: (key: string, findings: Finding[]) => void;
  /** Workers to run; default: one per core but the caller's, at most 3. */
  workers?: number;
  /** Workers stop after this long without work (they hold a copy of the engine). Default 10 min. */
  idleMs?: number;
  /** Called once when a worker fails; the pool then stops and the caller scans everything itself. */
  onError?: (e: Error) => void;
  /** A chunk not answered within this long counts as a failed worker (never a file stuck half-scanned). Default 10 s. */
  jobTimeoutMs?: number;
}

/** The bundled worker beside this bundle; null when running from sources (no pool then). */
export function bundledChunkWorker(): string | null {
  const script = join(__dirname, 'chunk-worker.js');
  return existsSync(script) ? script : null;
}

interface Slot {
  worker: Worker;
  /** Set once the worker has loaded the engine: chunks go only to ready workers, so the caller never waits on a start. */
  ready: boolean;
  job: ChunkJob | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Scans chunks of large files on worker threads while the caller scans from the other end: the
 * caller takes chunks from the front (withdraw), idle workers take them from the back, and
 * neither scans a chunk the other has. A failed worker loses nothing: its chunk is simply no
 * longer running, so the caller scans it, and the pool stops offering help.
 */
export class ChunkPool {
  private readonly queue: ChunkJob[] = [];
  private readonly queued = new Set<string>();
  private readonly running = new Set<string>();
  private readonly slots: Slot[] = [];
  private readonly waiters = new Set<() => void>();
  private idleTimer: NodeJS.Timeout | null = null;
  private broken = false;

  constructor(private readonly opts: ChunkPoolOptions) {}

  private get size(): number {
    return this.opts.workers ?? Math.max(1, Math.min(availableParallelism() - 1, 3));
  }

  /** Offers chunks (in document order) to the workers; ones already queued or running are skipped. */
  offer(jobs: readonly ChunkJob[]): void {
    if (this.broken) return;
    for (const job of jobs) {
      if (this.queued.has(job.key) || this.running.has(job.key)) continue;
      this.queue.push(job);
      this.queued.add(job.key);
    }
    this.start();
    for (const slot of this.slots) if (slot.ready && slot.job === null) this.feed(slot);
  }

  /** The caller scans `key` itself: a queued chunk leaves the queue. False when a worker has it. */
  withdraw(key: string): boolean {
    if (this.running.has(key)) return false;
    if (this.queued.delete(key)) {
      const i = this.queue.findIndex((j) => j.key === key);
      if (i >= 0) this.queue.splice(i, 1);
    }
    return true;
  }

  /** Starts the workers ahead of work; resolves when each has loaded the engine (or the pool failed). */
  warm(): Promise<void> {
    if (this.broken) return Promise.resolve();
    this.start();
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.broken || this.slots.every((s) => s.ready)) {
          this.waiters.delete(check);
          resolve();
        }
      };
      this.waiters.add(check);
      check();
    });
  }

  isRunning(key: string): boolean {
    return this.running.has(key);
  }

  /** Resolves once none of `keys` is running on a worker (finished, or its worker failed), or after `maxMs`. */
  settled(keys: readonly string[], maxMs = Infinity): Promise<void> {
    if (!keys.some((k) => this.running.has(k))) return Promise.resolve();
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | null = null;
      const done = (): void => {
        this.waiters.delete(check);
        if (timer) clearTimeout(timer);
        resolve();
      };
      const check = (): void => {
        if (!keys.some((k) => this.running.has(k))) done();
      };
      this.waiters.add(check);
      if (Number.isFinite(maxMs)) timer = setTimeout(done, Math.max(0, maxMs));
    });
  }

  /** Stops the workers; queued chunks are dropped (the caller scans what it still needs). */
  async close(): Promise<void> {
    this.clearQueue();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const slots = this.slots.splice(0);
    for (const s of slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(slots.map((s) => s.worker.terminate()));
    this.running.clear();
    this.notify();
  }

  private start(): void {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    while (this.slots.length < this.size) this.spawn();
  }

  private busy(): number {
    return this.slots.filter((s) => s.job !== null).length;
  }

  private spawn(): void {
    const worker = new Worker(this.opts.script);
    // Workers never keep the process alive: a daemon or CLI that is done exits.
    worker.unref();
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    this.slots.push(slot);
    worker.on('message', (m: ChunkWorkerMessage) => {
      if ('ready' in m) {
        slot.ready = true;
        this.notify();
        this.feed(slot);
      } else if (slot.job?.key === m.key) {
        this.opts.onResult(m.key, m.findings);
        this.finish(slot);
      }
    });
    worker.on('error', (e) => this.fail(slot, e));
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) this.fail(slot, new Error(`chunk worker exited with code ${code}`));
    });
  }

  /** Gives an idle worker the last queued chunk (the caller works from the front). */
  private feed(slot: Slot): void {
    const job = this.queue.pop();
    if (job === undefined) {
      this.maybeIdle();
      return;
    }
    this.queued.delete(job.key);
    this.running.add(job.key);
    slot.job = job;
    slot.timer = setTimeout(() => this.fail(slot, new Error('chunk worker timed out')), this.opts.jobTimeoutMs ?? 10_000);
    slot.timer.unref();
    slot.worker.postMessage(job);
  }

  private finish(slot: Slot): void {
    if (slot.job) this.running.delete(slot.job.key);
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    this.notify();
    this.feed(slot);
  }

  private fail(slot: Slot, e: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.job) this.running.delete(slot.job.key);
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
    if (!this.broken) {
      this.broken = true;
      this.opts.onError?.(e);
    }
    // No more help: the caller scans whatever is still queued.
    this.clearQueue();
    for (const other of this.slots.splice(0)) {
      if (other.job) this.running.delete(other.job.key);
      if (other.timer) clearTimeout(other.timer);
      void other.worker.terminate();
    }
    this.notify();
  }

  private clearQueue(): void {
    this.queue.length = 0;
    this.queued.clear();
  }

  private notify(): void {
    for (const check of [...this.waiters]) check();
  }

  private maybeIdle(): void {
    if (this.busy() > 0 || this.idleTimer || this.slots.length === 0) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.busy() === 0 && this.queue.length === 0) void this.close();
    }, this.opts.idleMs ?? 600_000);
    this.idleTimer.unref();
  }
}
