import type { Worker } from 'node:worker_threads';
import { scanMessage } from '../engine';
import type { ScanContext, Verdict } from '../engine/types';
import type { Logger } from '../util/logger';
import { bundledWorker, startWorker } from '../util/worker-script';
import type { FromScanThread, ScanAnswer, ScanJob } from './messages';

/** The bundled scan thread beside this bundle (scripts/build.mjs); null when running from sources. */
export function bundledScanThread(): string | null {
  return bundledWorker('scan-thread.js');
}

interface Waiting {
  job: ScanJob;
  resolve: (v: Verdict) => void;
  reject: (e: Error) => void;
}

export type ScanThreadState = 'starting' | 'ready' | 'failed' | 'closed';

export interface ScanThreadOptions {
  logger?: Logger;
  /**
   * The thread answering nothing this long while it holds scans counts as stuck (default 10 s; the
   * engine's rules stay under 10 ms on 100 KB of hostile text): the scan it is on is reported as
   * failed, the rest run on the calling thread.
   */
  stallMs?: number;
}

/**
 * The engine on a worker thread, so that a burst of events is scanned beside the daemon's event
 * loop (the gate, the agents, HTTP) instead of on it. Scans submitted in one event-loop turn leave
 * as one message; answers come back in submission order.
 *
 * Nothing waits for the thread and nothing is lost to it: until its engine is loaded, after it
 * fails and after close, scans run on the calling thread; the scans it held when it failed are
 * run there too, in their order.
 */
export class ScanThread {
  private readonly worker: Worker;
  private state: ScanThreadState = 'starting';
  private seq = 0;
  /** Submitted this turn, not yet sent. */
  private outbox: Waiting[] = [];
  /** Sent and not yet answered, oldest first (answers come in this order). */
  private sent: Waiting[] = [];
  private sentHead = 0;
  private flushScheduled = false;
  private referenced = false;
  /** Scans the thread answered. */
  private answered = 0;
  private settleReady: (ok: boolean) => void = () => undefined;
  /** Resolves true once the thread's engine is loaded, false if it failed or was closed first. */
  readonly ready = new Promise<boolean>((resolve) => (this.settleReady = resolve));
  private readonly logger: Logger | undefined;
  private readonly stallMs: number;
  /** When the thread last answered, or got work while it held none. */
  private progressAt = 0;
  private watchdog: NodeJS.Timeout | undefined;

  constructor(script: string, opts: ScanThreadOptions = {}) {
    this.logger = opts.logger;
    this.stallMs = opts.stallMs ?? 10_000;
    this.worker = startWorker(script);
    this.worker.unref();
    this.worker.on('message', (m: unknown) => this.onMessage(m));
    this.worker.on('error', (e) => this.fail(`scan thread failed: ${e.message}`));
    this.worker.on('exit', (code) => this.fail(`scan thread exited (code ${code})`));
  }

  status(): ScanThreadState {
    return this.state;
  }

  /** Scans the thread answered so far (the rest ran on the calling thread). */
  answeredCount(): number {
    return this.answered;
  }

  /** Scans waiting for the thread. */
  backlog(): number {
    return this.outbox.length + this.sent.length - this.sentHead;
  }

  scan(text: string, ctx: ScanContext): Promise<Verdict> {
    if (this.state !== 'ready') return scanHere(text, ctx);
    return new Promise<Verdict>((resolve, reject) => {
      this.outbox.push({ job: { seq: ++this.seq, text, ctx }, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        // Once per event-loop turn: the bus pumps events in slices, so a slice's scans leave as one
        // message. Sent one by one (a microtask flush), the thread's per-message cost at 5,000
        // events/s let it fall behind for tens of ms at a time: p99 event → restriction 41–71 ms
        // in 3 runs, against 17–25 ms in 4 of 6 runs batched (the other two: 62 ms, stalls that
        // came with the main thread's mark-compacts).
        setImmediate(() => this.flush());
      }
      this.reference(true);
    });
  }

  /** Stops the thread; scans it still held are finished on this thread. */
  async close(): Promise<void> {
    if (this.state === 'closed') return;
    this.takeBack();
    this.state = 'closed';
    this.settleReady(false);
    await this.worker.terminate();
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.outbox.length === 0) return;
    if (this.state !== 'ready') return this.takeBack();
    const batch = this.outbox;
    this.outbox = [];
    if (this.sentHead === this.sent.length) this.progressAt = performance.now();
    this.worker.postMessage({ jobs: batch.map((w) => w.job) });
    for (const w of batch) this.sent.push(w);
  }

  private onMessage(m: unknown): void {
    // A thread from another build, or a broken one, must not take the daemon down with a TypeError.
    if (!isFromScanThread(m)) {
      this.fail('scan thread sent a message the daemon cannot read');
      return;
    }
    if (m.kind === 'ready') {
      if (this.state === 'starting') {
        this.state = 'ready';
        this.settleReady(true);
      }
      return;
    }
    this.progressAt = performance.now();
    for (const a of m.answers) this.answer(a);
    if (this.sentHead > 1024 && this.sentHead * 2 > this.sent.length) {
      this.sent = this.sent.slice(this.sentHead);
      this.sentHead = 0;
    }
    if (this.backlog() === 0) this.reference(false);
  }

  private answer(a: ScanAnswer): void {
    const w = this.sent[this.sentHead];
    if (w === undefined || w.job.seq !== a.seq) {
      // The thread's answers always follow its jobs; anything else means it cannot be trusted.
      this.fail(`scan thread answered out of order (job ${a.seq})`);
      return;
    }
    this.sent[this.sentHead++] = undefined as unknown as Waiting;
    this.answered++;
    if ('verdict' in a) w.resolve(a.verdict);
    else w.reject(new Error(a.error));
  }

  private fail(why: string): void {
    if (this.state === 'failed' || this.state === 'closed') return;
    this.state = 'failed';
    this.settleReady(false);
    this.logger?.log('error', `${why}; scanning on the daemon's thread from now on`, { pending: this.backlog() });
    this.takeBack();
    void this.worker.terminate();
  }

  /** Runs every scan the thread has not answered here, oldest first. */
  private takeBack(): void {
    const waiting = [...this.sent.slice(this.sentHead), ...this.outbox];
    this.sent = [];
    this.sentHead = 0;
    this.outbox = [];
    for (const w of waiting) scanHere(w.job.text, w.job.ctx).then(w.resolve, w.reject);
    this.reference(false);
  }

  /** Referenced while scans are out, so a process waiting only for them does not exit; watched meanwhile. */
  private reference(on: boolean): void {
    if (on === this.referenced) return;
    this.referenced = on;
    if (on) {
      this.worker.ref();
      this.watchdog = setInterval(() => this.checkProgress(), Math.min(1_000, this.stallMs / 2));
      this.watchdog.unref();
    } else {
      this.worker.unref();
      clearInterval(this.watchdog);
    }
  }

  /** A thread stuck on one message (a runaway pattern, a hung engine) must not hold the SOC. */
  private checkProgress(): void {
    if (this.sentHead === this.sent.length || performance.now() - this.progressAt <= this.stallMs) return;
    // Answers follow jobs: the oldest unanswered scan is the one it is stuck on.
    const stuck = this.sent[this.sentHead];
    this.sent[this.sentHead++] = undefined as unknown as Waiting;
    stuck.reject(new Error(`the scan thread spent over ${this.stallMs} ms on this message`));
    this.fail(`scan thread stuck on one message for over ${this.stallMs} ms (reported as a scan failure)`);
  }
}

function isAnswer(a: unknown): a is ScanAnswer {
  if (typeof a !== 'object' || a === null || typeof (a as { seq?: unknown }).seq !== 'number') return false;
  const { verdict, error } = a as { verdict?: unknown; error?: unknown };
  return (typeof verdict === 'object' && verdict !== null && Array.isArray((verdict as { findings?: unknown }).findings)) || typeof error === 'string';
}

function isFromScanThread(m: unknown): m is FromScanThread {
  if (typeof m !== 'object' || m === null) return false;
  const { kind, answers } = m as { kind?: unknown; answers?: unknown };
  return kind === 'ready' || (kind === 'answers' && Array.isArray(answers) && answers.every(isAnswer));
}

function scanHere(text: string, ctx: ScanContext): Promise<Verdict> {
  try {
    return Promise.resolve(scanMessage(text, ctx));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}
