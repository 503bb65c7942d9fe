import type { Worker } from 'node:worker_threads';
import type * as D from '../../protocol/domain';
import type { Logger } from '../../util/logger';
import { holdInProcess, type JournalMode, type SyncMode } from '../connection';
import { dbPathIn } from '../data-dir';
import { StoreError } from '../errors';
import type { SqliteStoreOptions } from '../open-store';
import type { AuditInput, AuditQuery, ChainCheck, FeedbackRecord, LogOffset, Page, SocStore, StoreStats } from '../store';
import { alertRow, eventRow } from '../write-buffer';
import type { Answer, Call, FromThread, ThreadOp } from './messages';
import { spawnStoreThread } from './spawn-store-thread';

/** Calls waiting for the store thread at which producers are asked to wait (`behind`), and the level at which they go on. */
const BEHIND_AT = 2_000;
const CAUGHT_UP_AT = 500;

export interface ThreadedStoreOptions extends Omit<SqliteStoreOptions, 'clock' | 'logger'> {
  logger: Logger;
  /**
   * Calls handed to the store thread and not yet taken up by it, at most (default 200,000, like the
   * write-behind buffer's bound). Past it the store thread has fallen behind (a stalled disk):
   * events and alerts are dropped and counted, every other call is refused with a StoreError.
   */
  maxQueued?: number;
}

interface Waiter {
  op: string;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

/**
 * Opens `dataDir/soc.db` in a store thread and answers with its handle on this thread. Every
 * SQLite step — statements, group commits, WAL checkpoints, retention — runs on that thread, so
 * none of it stalls this event loop (the gate, the agents, the HTTP server). Same contract as
 * SqliteStore (store.ts): a durable write resolves after its group commit on the store thread.
 */
export async function openThreadedStore(dataDir: string, opts: ThreadedStoreOptions): Promise<ThreadedStore> {
  const { logger, maxQueued, ...storeOpts } = opts;
  const dbPath = dbPathIn(dataDir);
  // Module state is per thread: the file is marked open on this side, where every open of the process is made.
  const unhold = holdInProcess(dbPath);
  let worker: Worker;
  try {
    worker = spawnStoreThread({ dataDir, opts: storeOpts });
  } catch (e) {
    unhold();
    throw new StoreError(`SOC store: cannot start the store thread for ${dbPath}: ${e instanceof Error ? e.message : String(e)}`, dbPath, { cause: e });
  }
  return new Promise<ThreadedStore>((resolve, reject) => {
    const onExit = (code: number): void => reject(new StoreError(`SOC store: the store thread for ${dbPath} exited (code ${code}) while opening`, dbPath));
    const onError = (e: unknown): void => reject(new StoreError(`SOC store: cannot start the store thread for ${dbPath}: ${e instanceof Error ? e.message : String(e)}`, dbPath, { cause: e }));
    worker.once('exit', onExit);
    worker.once('error', onError);
    const onOpen = (m: FromThread): void => {
      if (m.kind === 'log') return logger.log(m.level, m.msg, m.fields);
      worker.off('message', onOpen);
      worker.off('exit', onExit);
      worker.off('error', onError);
      if (m.kind === 'opened') resolve(new ThreadedStore(worker, m, logger, maxQueued ?? 200_000, unhold));
      else if (m.kind === 'open-failed') reject(new StoreError(m.error.message, dbPath));
      else reject(new StoreError(`SOC store: unexpected ${m.kind} from the store thread while opening`, dbPath));
    };
    worker.on('message', onOpen);
  }).catch((e: unknown) => {
    unhold();
    void worker.terminate();
    throw e;
  });
}

/** The daemon's side of the store thread: each call is queued, sent in order, and answered from there. */
export class ThreadedStore implements SocStore {
  readonly dbPath: string;
  readonly journalMode: JournalMode;
  readonly synchronous: SyncMode;
  readonly schemaVersion: number;
  private outbox: Call[] = [];
  private seq = 0;
  /** The last call the store thread took up. */
  private taken = 0;
  private readonly waiting = new Map<number, Waiter>();
  private sendQueued: 'now' | 'soon' | undefined;
  private lastStats: StoreStats;
  /** Rows dropped here because the store thread had fallen behind or stopped. */
  private dropped = 0;
  private lastDropLog = -Infinity;
  /** Set once the store thread is gone (closed or failed): every later call is refused with it. */
  private gone: StoreError | undefined;
  private closing: Promise<void> | undefined;
  private closed: ((error?: StoreError) => void) | undefined;
  private referenced = false;
  /** Waiting in `behind` for the thread to catch up. */
  private caughtUp: (() => void)[] = [];
  /** Resolves when the thread has ended (the file is released before that). */
  private readonly exited: Promise<void>;

  constructor(
    private readonly worker: Worker,
    opened: Extract<FromThread, { kind: 'opened' }>,
    private readonly logger: Logger,
    private readonly maxQueued: number,
    unhold: () => void,
  ) {
    this.dbPath = opened.dbPath;
    this.journalMode = opened.journalMode;
    this.synchronous = opened.synchronous;
    this.schemaVersion = opened.schemaVersion;
    this.lastStats = opened.stats;
    worker.on('message', (m: FromThread) => this.receive(m));
    worker.on('error', (e) => this.fail(`the store thread failed: ${e.message}`));
    this.exited = new Promise((resolve) =>
      worker.on('exit', (code) => {
        unhold();
        this.fail(`the store thread exited (code ${code})`);
        resolve();
      }),
    );
    // Kept referenced only while answers are awaited: an idle store does not hold the process open.
    worker.unref();
  }

  stats(): StoreStats {
    return { ...this.lastStats, droppedRecords: this.lastStats.droppedRecords + this.dropped, queuedOps: this.queued() };
  }

  queued(): number {
    return this.seq - this.taken;
  }

  behind(): Promise<void> | undefined {
    if (this.gone || this.queued() < BEHIND_AT) return undefined;
    this.reference();
    return new Promise((resolve) => this.caughtUp.push(resolve));
  }

  insertEvent(e: D.SecurityEvent): Promise<void> {
    return this.writeBehind('insertEvent', () => ({ kind: 'event', seq: ++this.seq, row: eventRow(e) }));
  }
  insertAlert(a: D.Alert): Promise<void> {
    return this.writeBehind('insertAlert', () => ({ kind: 'alert', seq: ++this.seq, row: alertRow(a) }));
  }
  countEvents(): Promise<number> {
    return this.call('countEvents', []);
  }
  listAlerts(q?: Page & { incidentId?: string }): Promise<D.Alert[]> {
    return this.call('listAlerts', [q]);
  }
  upsertIncident(i: D.Incident): Promise<void> {
    return this.call('upsertIncident', [i]);
  }
  getIncident(id: string): Promise<D.Incident | undefined> {
    return this.call('getIncident', [id]);
  }
  findOpenIncident(key: string, since: number): Promise<D.Incident | undefined> {
    return this.call('findOpenIncident', [key, since]);
  }
  listIncidents(q?: Page & { status?: D.Incident['status'] }): Promise<D.Incident[]> {
    return this.call('listIncidents', [q]);
  }
  claimExecution(key: string, ts: number): Promise<boolean> {
    return this.call('claimExecution', [key, ts]);
  }
  isClaimed(key: string): Promise<boolean> {
    return this.call('isClaimed', [key]);
  }
  releaseExecution(key: string): Promise<void> {
    return this.call('releaseExecution', [key]);
  }
  upsertAction(a: D.ActionRecord): Promise<void> {
    return this.call('upsertAction', [a]);
  }
  listActions(q?: Page & { incidentId?: string }): Promise<D.ActionRecord[]> {
    return this.call('listActions', [q]);
  }
  upsertApproval(a: D.Approval): Promise<void> {
    return this.call('upsertApproval', [a]);
  }
  getApproval(id: string): Promise<D.Approval | undefined> {
    return this.call('getApproval', [id]);
  }
  listApprovals(q?: Page & { status?: D.ApprovalStatus }): Promise<D.Approval[]> {
    return this.call('listApprovals', [q]);
  }
  upsertEnforcement(e: D.EnforcementEntry): Promise<void> {
    return this.call('upsertEnforcement', [e]);
  }
  removeEnforcement(kind: D.EnforcementKind, target: string): Promise<void> {
    return this.call('removeEnforcement', [kind, target]);
  }
  listEnforcement(now: number): Promise<D.EnforcementEntry[]> {
    return this.call('listEnforcement', [now]);
  }
  offenseCount(kind: D.EnforcementKind, target: string): Promise<number> {
    return this.call('offenseCount', [kind, target]);
  }
  recordOffense(kind: D.EnforcementKind, target: string, ts: number): Promise<number> {
    return this.call('recordOffense', [kind, target, ts]);
  }
  addFeedback(f: FeedbackRecord): Promise<void> {
    return this.call('addFeedback', [f]);
  }
  feedbackFor(patternKey: string): Promise<{ falsePositive: number; confirmed: number }> {
    return this.call('feedbackFor', [patternKey]);
  }
  appendAudit(r: AuditInput): Promise<D.AuditRecord> {
    return this.call('appendAudit', [r]);
  }
  listAudit(q?: AuditQuery): Promise<D.AuditRecord[]> {
    return this.call('listAudit', [q]);
  }
  verifyAudit(): Promise<ChainCheck> {
    return this.call('verifyAudit', []);
  }
  getLogOffset(path: string): Promise<LogOffset | undefined> {
    return this.call('getLogOffset', [path]);
  }
  setLogOffset(o: LogOffset): Promise<void> {
    return this.call('setLogOffset', [o]);
  }
  flush(): Promise<void> {
    return this.call('flush', []);
  }

  /** Writes what is buffered, closes the file on the store thread and ends the thread. Safe to call more than once. */
  close(): Promise<void> {
    this.closing ??= this.gone
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          this.closed = (error) => (error ? reject(error) : resolve());
          this.outbox.push({ kind: 'close', seq: ++this.seq });
          this.gone = new StoreError(`SOC store: the store was closed (${this.dbPath})`, this.dbPath);
          this.reference();
          this.send();
        }).finally(() => this.exited);
    return this.closing;
  }

  /** A call that expects an answer; sent at the end of this microtask run, so related calls share a message. */
  private call<T>(op: ThreadOp, args: unknown[]): Promise<T> {
    const refused = this.refusal(op);
    if (refused) return Promise.reject(refused);
    const seq = ++this.seq;
    this.outbox.push({ kind: 'op', seq, op, args });
    this.reference();
    if (this.sendQueued !== 'now') {
      this.sendQueued = 'now';
      queueMicrotask(() => this.send());
    }
    return new Promise<T>((resolve, reject) => this.waiting.set(seq, { op, resolve: resolve as (v: unknown) => void, reject }));
  }

  /** A write-behind row: accepted here (serialized now, so a bad record fails its own call), sent with the next message. */
  private writeBehind(op: string, make: () => Call): Promise<void> {
    if (this.gone) return Promise.reject(new StoreError(`SOC store: ${op} after close (${this.dbPath})`, this.dbPath));
    if (this.seq - this.taken >= this.maxQueued) {
      this.drop(1, 'the store thread is behind');
      return Promise.resolve();
    }
    let c: Call;
    try {
      c = make();
    } catch (e) {
      return Promise.reject(new StoreError(`SOC store: ${op} failed for ${this.dbPath}: ${e instanceof Error ? e.message : String(e)}`, this.dbPath, { cause: e }));
    }
    this.outbox.push(c);
    if (this.sendQueued === undefined) {
      this.sendQueued = 'soon';
      setImmediate(() => this.send());
    }
    return Promise.resolve();
  }

  private refusal(op: string): StoreError | undefined {
    if (this.gone) return new StoreError(`SOC store: ${op} after close (${this.dbPath}): ${this.gone.message}`, this.dbPath);
    const queued = this.seq - this.taken;
    if (queued >= this.maxQueued) return new StoreError(`SOC store: ${op} refused for ${this.dbPath}: ${queued} calls are waiting for the store thread (disk stalled?)`, this.dbPath);
    return undefined;
  }

  private send(): void {
    this.sendQueued = undefined;
    if (this.outbox.length === 0) return;
    const batch = this.outbox;
    this.outbox = [];
    this.worker.postMessage(batch);
  }

  private receive(m: FromThread): void {
    switch (m.kind) {
      case 'answers':
        this.taken = Math.max(this.taken, m.taken);
        this.lastStats = m.stats;
        for (const a of m.answers) this.settle(a);
        if (this.caughtUp.length > 0 && this.queued() <= CAUGHT_UP_AT) this.release();
        if (this.waiting.size === 0 && this.caughtUp.length === 0 && this.closed === undefined) this.unreference();
        return;
      case 'log':
        this.logger.log(m.level, m.msg, m.fields);
        return;
      case 'closed':
        this.closed?.(m.error ? new StoreError(m.error.message, this.dbPath) : undefined);
        this.closed = undefined;
        // Still referenced: `close` resolves when the thread has ended, which an unreferenced thread would not wait for.
        return;
      default:
        this.logger.log('error', `store: unexpected ${m.kind} from the store thread`, { dbPath: this.dbPath });
    }
  }

  private settle(a: Answer): void {
    const w = this.waiting.get(a.seq);
    if (w === undefined) return;
    this.waiting.delete(a.seq);
    if (a.ok) w.resolve(a.value);
    else w.reject(new StoreError(a.error.message, this.dbPath));
  }

  /** The store thread is gone without a close: every waiting caller is rejected, and what it held is reported lost. */
  private fail(why: string): void {
    const error = new StoreError(`SOC store: ${why} (${this.dbPath})`, this.dbPath);
    if (this.closed) {
      // It ended while closing: the close answer (if any) came first; otherwise the close failed.
      this.closed(error);
      this.closed = undefined;
    }
    const wasOpen = this.gone === undefined;
    this.gone ??= error;
    for (const w of this.waiting.values()) w.reject(new StoreError(`SOC store: ${w.op} failed: ${error.message}`, this.dbPath));
    this.waiting.clear();
    this.release();
    if (!wasOpen) return;
    const lost = this.lastStats.bufferedEvents + this.lastStats.bufferedAlerts + this.outbox.filter((c) => c.kind === 'event' || c.kind === 'alert').length;
    this.outbox = [];
    this.drop(lost, why);
  }

  /** Lets everyone waiting in `behind` go on. */
  private release(): void {
    const w = this.caughtUp;
    this.caughtUp = [];
    for (const resolve of w) resolve();
  }

  private drop(n: number, why: string): void {
    if (n <= 0) return;
    this.dropped += n;
    const now = Date.now();
    // Every loss is counted in the stats; the log says so at most every 5 s.
    if (now - this.lastDropLog < 5_000) return;
    this.lastDropLog = now;
    this.logger.log('error', 'store: events/alerts dropped', { dbPath: this.dbPath, why, dropped: this.dropped });
  }

  private reference(): void {
    if (this.referenced) return;
    this.referenced = true;
    this.worker.ref();
  }

  private unreference(): void {
    if (!this.referenced) return;
    this.referenced = false;
    this.worker.unref();
  }
}
