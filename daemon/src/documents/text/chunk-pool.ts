import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Finding, SecurityMode } from '../../engine/types';
import { bundledWorker } from '../../util/worker-script';

/** A chunk offered to the pool: its cache key, text and the mode it is scanned in. */
export interface ChunkJob {
  key: string;
  text: string;
  mode: SecurityMode;
}

/**
 * Chunks offered together. `claims` is shared memory: 0 = free, -1 = taken by the caller,
 * w + 1 = taken by worker w. Claims are compare-and-swap, so the caller and the workers never scan
 * the same chunk and nobody waits for a message to learn what is left: the caller's thread is busy
 * scanning while the workers work, and cannot hand out chunks one at a time.
 */
export interface ChunkBatch {
  keys: string[];
  texts: string[];
  mode: SecurityMode;
  claims: Int32Array;
}

/** What a chunk worker says (chunk-worker.ts): that its engine is loaded, a chunk's findings, or that a batch is done. */
export type ChunkWorkerMessage = { ready: true } | { key: string; findings: Finding[] } | { batchDone: true };

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
  /** A worker holding a chunk and silent this long counts as failed (never a file stuck half-scanned). Default 10 s. */
  jobTimeoutMs?: number;
}

/** The bundled worker beside this bundle; null when running from sources (no pool then). */
export function bundledChunkWorker(): string | null {
  return bundledWorker('chunk-worker.js');
}

const FREE = 0;
const CALLER = -1;

interface Slot {
  worker: Worker;
  /** 1 + its index: the claim value it writes. */
  readonly id: number;
  ready: boolean;
  /** Batches sent and not yet reported done. */
  pending: number;
  timer: NodeJS.Timeout | null;
}

/** Where an offered chunk is: its batch and index. */
interface Place {
  batch: ChunkBatch;
  index: number;
}

/**
 * Scans chunks of large files on worker threads while the caller scans from the other end: the
 * caller claims chunks from the front (withdraw), the workers claim them from the back, each
 * through shared memory. A failed worker loses nothing: the chunks it claimed and did not answer
 * are freed for the caller, and the pool stops offering help.
 */
export class ChunkPool {
  private readonly places = new Map<string, Place>();
  private readonly slots: Slot[] = [];
  private readonly waiters = new Set<() => void>();
  private idleTimer: NodeJS.Timeout | null = null;
  private broken = false;
  private nextId = 1;

  constructor(private readonly opts: ChunkPoolOptions) {}

  private get size(): number {
    return this.opts.workers ?? Math.max(1, Math.min(availableParallelism() - 1, 3));
  }

  /** Offers chunks (in document order) to the workers; ones already offered are skipped. */
  offer(jobs: readonly ChunkJob[]): void {
    if (this.broken) return;
    const fresh = jobs.filter((j) => !this.places.has(j.key));
    if (fresh.length === 0) return;
    // Workers started here are sent the batches offered before; this one goes to every worker below.
    this.start();
    const mode = fresh[0].mode;
    const batch: ChunkBatch = { keys: fresh.map((j) => j.key), texts: fresh.map((j) => j.text), mode, claims: new Int32Array(new SharedArrayBuffer(4 * fresh.length)) };
    batch.keys.forEach((key, index) => this.places.set(key, { batch, index }));
    for (const slot of this.slots) this.send(slot, batch);
  }

  /** The caller scans `key` itself (claims it). False when a worker has it. */
  withdraw(key: string): boolean {
    const place = this.places.get(key);
    if (!place) return true;
    const was = Atomics.compareExchange(place.batch.claims, place.index, FREE, CALLER);
    if (was > 0) return false;
    this.places.delete(key);
    return true;
  }

  /** True while a worker has claimed `key` and not answered yet. */
  isRunning(key: string): boolean {
    const place = this.places.get(key);
    return place !== undefined && Atomics.load(place.batch.claims, place.index) > 0;
  }

  /** Starts the workers ahead of work; resolves when each has loaded the engine (or the pool failed). */
  warm(): Promise<void> {
    if (this.broken) return Promise.resolve();
    this.start();
    return this.until(() => this.broken || this.slots.every((s) => s.ready));
  }

  /** Resolves once none of `keys` is running on a worker (answered, or its worker failed), or after `maxMs`. */
  settled(keys: readonly string[], maxMs = Infinity): Promise<void> {
    return this.until(() => !keys.some((k) => this.isRunning(k)), maxMs);
  }

  /** Stops the workers; what they had not answered is the caller's to scan. */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    await this.stopWorkers();
  }

  /** Terminates every worker, freeing the chunks each claimed and did not answer for the caller. */
  private stopWorkers(): Promise<unknown> {
    const slots = this.slots.splice(0);
    for (const s of slots) this.release(s);
    this.notify();
    return Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private until(done: () => boolean, maxMs = Infinity): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | null = null;
      const finish = (): void => {
        this.waiters.delete(check);
        if (timer) clearTimeout(timer);
        resolve();
      };
      const check = (): void => {
        if (done()) finish();
      };
      this.waiters.add(check);
      if (Number.isFinite(maxMs)) timer = setTimeout(finish, Math.max(0, maxMs));
    });
  }

  private start(): void {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    while (this.slots.length < this.size) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(this.opts.script);
    // Workers never keep the process alive: a daemon or CLI that is done exits.
    worker.unref();
    const slot: Slot = { worker, id: this.nextId++, ready: false, pending: 0, timer: null };
    this.slots.push(slot);
    worker.on('message', (m: ChunkWorkerMessage) => this.onMessage(slot, m));
    worker.on('error', (e) => this.fail(slot, e));
    // An exit the pool asked for finds the slot gone already (fail ignores it).
    worker.on('exit', (code) => this.fail(slot, new Error(`chunk worker exited with code ${code}`)));
    // Batches offered before it started: it claims what is still free.
    for (const batch of new Set([...this.places.values()].map((p) => p.batch))) this.send(slot, batch);
  }

  private send(slot: Slot, batch: ChunkBatch): void {
    slot.pending++;
    this.arm(slot);
    slot.worker.postMessage({ id: slot.id, batch });
  }

  private onMessage(slot: Slot, m: ChunkWorkerMessage): void {
    if ('ready' in m) slot.ready = true;
    else if ('batchDone' in m) slot.pending--;
    else {
      this.places.delete(m.key);
      this.opts.onResult(m.key, m.findings);
    }
    this.arm(slot);
    this.notify();
    this.maybeIdle();
  }

  /** (Re)starts the silence timer of a worker that has batches to get through. */
  private arm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.pending === 0) return;
    slot.timer = setTimeout(() => this.fail(slot, new Error('chunk worker timed out')), this.opts.jobTimeoutMs ?? 10_000);
    slot.timer.unref();
  }

  /** Frees the chunks `slot` claimed and did not answer: the caller scans them. */
  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    for (const [key, { batch, index }] of this.places) {
      if (Atomics.load(batch.claims, index) !== slot.id) continue;
      Atomics.store(batch.claims, index, CALLER);
      this.places.delete(key);
    }
  }

  private fail(slot: Slot, e: Error): void {
    if (!this.slots.includes(slot)) return;
    if (!this.broken) {
      this.broken = true;
      this.opts.onError?.(e);
    }
    // No more help: every worker stops, and every chunk not answered is the caller's.
    for (const { batch, index } of this.places.values()) Atomics.compareExchange(batch.claims, index, FREE, CALLER);
    void this.stopWorkers();
    this.places.clear();
  }

  private notify(): void {
    for (const check of [...this.waiters]) check();
  }

  private maybeIdle(): void {
    if (this.idleTimer || this.slots.length === 0 || this.slots.some((s) => s.pending > 0)) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.slots.every((s) => s.pending === 0)) void this.close();
    }, this.opts.idleMs ?? 600_000);
    this.idleTimer.unref();
  }
}
