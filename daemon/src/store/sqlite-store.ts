import type {
  ActionRecord,
  Alert,
  Approval,
  ApprovalStatus,
  AuditRecord,
  EnforcementEntry,
  EnforcementKind,
  Incident,
  SecurityEvent,
} from '../protocol/domain';
import { systemClock, type Clock } from '../util/clock';
import { MemoryLogger, type Logger } from '../util/logger';
import { ChainVerifier } from './audit-chain';
import { AuditLog } from './audit-log';
import type { JournalMode, SyncMode } from './connection';
import { StoreError, storeError } from './errors';
import { DurableRecords } from './durable-records';
import { Retention } from './retention';
import { openDatabase, type OpenedDatabase, type SqliteStoreOptions } from './open-store';
import { dbPathIn } from './data-dir';
import { listQuery, parseAll, type Sql } from './sql';
import type { AuditInput, AuditQuery, ChainCheck, FeedbackRecord, LogOffset, Page, SocStore, StoreStats } from './store';
import { GroupCommit } from './group-commit';
import { WriteBuffer, alertRow, eventRow, insertBatch, type AlertRow, type Batch, type EventRow } from './write-buffer';
import { WalFlusher } from './wal-flusher';

export type { SqliteStoreOptions } from './open-store';
export type { StoreStats } from './store';

const VERIFY_PAGE = 1000;

/**
 * Opens (creating if needed) `dataDir/soc.db`: the folder is created with mode 0700, a stale lock
 * left by a killed daemon is cleared, and the schema is migrated. Errors are StoreErrors naming
 * the file. Tests pass the same clock they give the components under test.
 */
export function openStore(dataDir: string, opts: SqliteStoreOptions = {}): Promise<SqliteStore> {
  try {
    const clock = opts.clock ?? systemClock;
    const logger = opts.logger ?? new MemoryLogger();
    return Promise.resolve(new SqliteStore(openDatabase(dataDir, opts, clock, logger), { ...opts, clock, logger }));
  } catch (e) {
    return Promise.reject(storeError(e, 'open', dbPathIn(dataDir)));
  }
}

/** The embedded store: SQLite compiled to WebAssembly, one file, no native addon. */
export class SqliteStore implements SocStore {
  readonly dbPath: string;
  readonly journalMode: JournalMode;
  readonly synchronous: SyncMode;
  readonly schemaVersion: number;
  private readonly sql: Sql;
  private readonly release: () => void;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly buffer: WriteBuffer;
  private readonly records: DurableRecords;
  private readonly audit: AuditLog;
  private readonly retention: Retention;
  private readonly group: GroupCommit;
  private readonly walFlusher: WalFlusher | undefined;
  private isOpen = true;
  private flushFailures = 0;
  private lastFailureLog = -Infinity;
  private loggedDropped = 0;
  private lastFlushError: unknown;
  /** Batches of buffered rows written into the open group (restored if it rolls back). */
  private inGroup: Batch[] = [];

  /** Use `openStore`, which opens, recovers and migrates the file first. */
  constructor(handle: OpenedDatabase, opts: SqliteStoreOptions = {}) {
    this.sql = handle.sql;
    this.release = handle.release;
    this.dbPath = handle.dbPath;
    this.journalMode = handle.journal;
    this.synchronous = handle.synchronous;
    this.schemaVersion = handle.schemaVersion;
    this.clock = opts.clock ?? systemClock;
    this.logger = opts.logger ?? new MemoryLogger();
    this.buffer = new WriteBuffer(() => this.backgroundFlush(), {
      intervalMs: opts.flushIntervalMs ?? 20,
      maxBatch: opts.maxBatch ?? 1000,
      maxBuffered: 200_000,
    });
    this.records = new DurableRecords(this.sql);
    this.audit = new AuditLog(this.sql);
    this.retention = new Retention(this.sql, this.clock, this.logger, opts.retention);
    const walFlushMs = opts.walFlushMs ?? 50;
    this.walFlusher = this.journalMode === 'wal' && this.synchronous === 'normal' && walFlushMs > 0 ? new WalFlusher(`${this.dbPath}-wal`, walFlushMs) : undefined;
    this.group = new GroupCommit(this.sql, {
      minIntervalMs: opts.groupCommitMs,
      beforeCommit: () => {
        this.backgroundFlush();
        this.audit.writeHead();
      },
      afterCommit: () => {
        this.inGroup = [];
      },
      onRollback: () => {
        // Whatever the group wrote is gone: buffered rows go back to the buffer, the audit head is re-read.
        this.audit.forget();
        const batches = this.inGroup;
        this.inGroup = [];
        for (let i = batches.length - 1; i >= 0; i--) this.buffer.restore(batches[i]);
      },
      wrapError: (e, op) => storeError(e, op, this.dbPath),
    });
  }


  /** Runs a synchronous operation as a promise; any failure becomes a StoreError naming the file. */
  private call<T>(op: string, fn: () => T): Promise<T> {
    if (!this.isOpen) return Promise.reject(new StoreError(`SOC store: ${op} after close (${this.dbPath})`, this.dbPath));
    try {
      return Promise.resolve(fn());
    } catch (e) {
      return Promise.reject(storeError(e, op, this.dbPath));
    }
  }

  /**
   * A durable write: runs now inside the open group transaction, together with whatever is
   * buffered (so earlier inserts become durable with it), and resolves once the group committed.
   */
  private durable<T>(op: string, fn: () => T): Promise<T> {
    if (!this.isOpen) return Promise.reject(new StoreError(`SOC store: ${op} after close (${this.dbPath})`, this.dbPath));
    return this.group.run(op, () => {
      const batch = this.buffer.size > 0 ? this.buffer.take() : undefined;
      try {
        if (batch) {
          this.writeBatch(batch);
          this.inGroup.push(batch);
        }
        return fn();
      } catch (e) {
        // The savepoint undid the batch too: it goes back to the buffer for the next write.
        if (batch) {
          if (this.inGroup[this.inGroup.length - 1] === batch) this.inGroup.pop();
          this.buffer.restore(batch);
        }
        throw e;
      }
    });
  }

  private writeBatch(batch: Batch): void {
    insertBatch(this.sql, batch);
    this.retention.afterInsert(batch.events.length, batch.alerts.length);
  }

  /**
   * Writes the buffer into the group transaction (opening one if needed; it commits with the
   * group). Called when the buffer is due and before every group commit. Never throws: a failed
   * batch is kept and retried.
   */
  private backgroundFlush(): void {
    if (!this.isOpen || this.buffer.size === 0) return;
    const batch = this.buffer.take();
    try {
      this.group.write(() => this.writeBatch(batch));
      this.inGroup.push(batch);
    } catch (e) {
      this.buffer.restore(batch);
      this.flushFailures += 1;
      this.lastFlushError = e;
      const now = this.clock.now();
      // At most one line per 5 s while the disk is failing, but every loss is reported at once.
      if (now - this.lastFailureLog >= 5000 || this.buffer.dropped > this.loggedDropped) {
        this.lastFailureLog = now;
        this.loggedDropped = this.buffer.dropped;
        this.logger.log('error', 'store: writing buffered events failed; will retry', {
          dbPath: this.dbPath,
          error: (e as Error).message,
          buffered: this.buffer.size,
          dropped: this.buffer.dropped,
        });
      }
    }
  }

  stats(): StoreStats {
    return {
      dbPath: this.dbPath,
      journalMode: this.journalMode,
      synchronous: this.synchronous,
      schemaVersion: this.schemaVersion,
      bufferedEvents: this.buffer.eventCount,
      bufferedAlerts: this.buffer.alertCount,
      droppedRecords: this.buffer.dropped,
      flushFailures: this.flushFailures,
      commits: this.group.stats(),
      queuedOps: 0,
    };
  }

  queued(): number {
    return 0;
  }

  flush(): Promise<void> {
    return this.durable('flush', () => undefined);
  }

  /** Writes the buffer, closes the file and releases it. Safe to call more than once. */
  async close(): Promise<void> {
    if (!this.isOpen) return;
    let failure: unknown;
    this.lastFlushError = undefined;
    try {
      this.backgroundFlush();
      this.group.commitNow();
      if (this.buffer.size > 0) failure = this.lastFlushError ?? new Error('buffered events/alerts could not be written');
    } catch (e) {
      failure = e;
    }
    this.isOpen = false;
    this.group.cancelTimer();
    this.buffer.cancelTimer();
    this.walFlusher?.close();
    if (failure !== undefined && this.buffer.size > 0) {
      this.logger.log('error', 'store: closing with unwritten events/alerts', { dbPath: this.dbPath, lost: this.buffer.size });
    }
    try {
      this.sql.close();
    } finally {
      this.release();
    }
    if (failure !== undefined) throw storeError(failure, 'close', this.dbPath);
    await Promise.resolve();
  }


  insertEvent(e: SecurityEvent): Promise<void> {
    return this.call('insertEvent', () => this.buffer.addEvent(eventRow(e)));
  }

  /** A row serialized by the caller (the store thread's owner serializes on its own thread). */
  bufferEvent(row: EventRow): void {
    if (this.isOpen) this.buffer.addEvent(row);
  }

  bufferAlert(row: AlertRow): void {
    if (this.isOpen) this.buffer.addAlert(row);
  }

  countEvents(): Promise<number> {
    return this.durable('countEvents', () => Number(this.sql.get('SELECT count(*) AS n FROM events')?.n ?? 0));
  }

  insertAlert(a: Alert): Promise<void> {
    return this.call('insertAlert', () => this.buffer.addAlert(alertRow(a)));
  }

  listAlerts(q: Page & { incidentId?: string } = {}): Promise<Alert[]> {
    return this.durable('listAlerts', () => {
      const { sql, params } = listQuery('alerts', 'ts', 'ts DESC, seq DESC', { incident_id: q.incidentId }, q);
      return parseAll<Alert>(this.sql.all(sql, params));
    });
  }


  upsertIncident(i: Incident): Promise<void> {
    return this.durable('upsertIncident', () => this.records.upsertIncident(i));
  }
  getIncident(id: string): Promise<Incident | undefined> {
    return this.call('getIncident', () => this.records.getIncident(id));
  }
  findOpenIncident(key: string, since: number): Promise<Incident | undefined> {
    return this.call('findOpenIncident', () => this.records.findOpenIncident(key, since));
  }
  listIncidents(q?: Page & { status?: Incident['status'] }): Promise<Incident[]> {
    return this.call('listIncidents', () => this.records.listIncidents(q));
  }

  claimExecution(key: string, ts: number): Promise<boolean> {
    return this.durable('claimExecution', () => this.records.claimExecution(key, ts));
  }
  isClaimed(key: string): Promise<boolean> {
    return this.call('isClaimed', () => this.records.isClaimed(key));
  }
  releaseExecution(key: string): Promise<void> {
    return this.durable('releaseExecution', () => this.records.releaseExecution(key));
  }
  upsertAction(a: ActionRecord): Promise<void> {
    return this.durable('upsertAction', () => this.records.upsertAction(a));
  }
  listActions(q?: Page & { incidentId?: string }): Promise<ActionRecord[]> {
    return this.call('listActions', () => this.records.listActions(q));
  }

  upsertApproval(a: Approval): Promise<void> {
    return this.durable('upsertApproval', () => this.records.upsertApproval(a));
  }
  getApproval(id: string): Promise<Approval | undefined> {
    return this.call('getApproval', () => this.records.getApproval(id));
  }
  listApprovals(q?: Page & { status?: ApprovalStatus }): Promise<Approval[]> {
    return this.call('listApprovals', () => this.records.listApprovals(q));
  }

  upsertEnforcement(e: EnforcementEntry): Promise<void> {
    return this.durable('upsertEnforcement', () => this.records.upsertEnforcement(e));
  }
  removeEnforcement(kind: EnforcementKind, target: string): Promise<void> {
    return this.durable('removeEnforcement', () => this.records.removeEnforcement(kind, target));
  }
  listEnforcement(now: number): Promise<EnforcementEntry[]> {
    return this.call('listEnforcement', () => this.records.listEnforcement(now));
  }
  offenseCount(kind: EnforcementKind, target: string): Promise<number> {
    return this.call('offenseCount', () => this.records.offenseCount(kind, target));
  }
  recordOffense(kind: EnforcementKind, target: string, ts: number): Promise<number> {
    return this.durable('recordOffense', () => this.records.recordOffense(kind, target, ts));
  }

  addFeedback(f: FeedbackRecord): Promise<void> {
    return this.durable('addFeedback', () => this.records.addFeedback(f));
  }
  feedbackFor(patternKey: string): Promise<{ falsePositive: number; confirmed: number }> {
    return this.call('feedbackFor', () => this.records.feedbackFor(patternKey));
  }

  getLogOffset(path: string): Promise<LogOffset | undefined> {
    return this.call('getLogOffset', () => this.records.getLogOffset(path));
  }
  setLogOffset(o: LogOffset): Promise<void> {
    return this.durable('setLogOffset', () => this.records.setLogOffset(o, this.clock.now()));
  }


  appendAudit(r: AuditInput): Promise<AuditRecord> {
    return this.durable('appendAudit', () => this.audit.append(r));
  }
  listAudit(q?: AuditQuery): Promise<AuditRecord[]> {
    return this.call('listAudit', () => this.audit.list(q));
  }
  /**
   * Walks the chain in pages, yielding to the event loop between them, so verifying a long trail
   * does not stall the gate. Records appended meanwhile are included; the head is read in the same
   * synchronous step as the final empty page, so it always matches what was walked.
   */
  async verifyAudit(): Promise<ChainCheck> {
    const v = new ChainVerifier();
    for (;;) {
      const step = await this.call('verifyAudit', () => {
        const rows = this.audit.page(v.lastSeq, VERIFY_PAGE);
        for (const r of rows) {
          const failure = v.feed(r);
          if (failure) return failure;
        }
        return rows.length === 0 ? v.finish(this.audit.head()) : undefined;
      });
      if (step) return step;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
}
