import { performance } from 'node:perf_hooks';
import type { Sql } from './sql';

/** One caller waiting for the group it wrote in to commit. */
interface Member {
  op: string;
  value: unknown;
  resolve: (value: unknown) => void;
  reject: (e: unknown) => void;
}

export interface GroupCommitOptions {
  /**
   * A group stays open at least until the end of the event-loop turn that opened it (setImmediate):
   * every durable write issued while that turn's callbacks and microtasks run shares its commit.
   * With `minIntervalMs` > 0 it also stays open until that long after the previous commit, so
   * under load commits happen at most every `minIntervalMs` (fewer, larger commits: every commit
   * rewrites the last page of each table and index it touched, so WAL volume and checkpoint fsyncs
   * grow with the commit rate), while a write after a quiet spell still commits at once.
   */
  minIntervalMs?: number;
  /** Runs inside the transaction just before COMMIT (the store writes its buffer and audit head); a throw fails the group. */
  beforeCommit?: () => void;
  /** The group committed. */
  afterCommit?: () => void;
  /** The group's transaction was rolled back: whatever was written in it is gone (the store restores its buffers). */
  onRollback?: (e: unknown) => void;
  /** Turns an SQLite failure into the error a caller sees (a StoreError naming the operation and file). */
  wrapError: (e: unknown, op: string) => Error;
}

export interface GroupCommitStats {
  /** Transactions committed. */
  commits: number;
  /** Durable writes that resolved with those commits. */
  writes: number;
  /** Groups that failed as a whole (their writers were rejected). */
  failedGroups: number;
}

/**
 * Group commit: durable writes issued close together share ONE transaction and ONE fsync.
 *
 * Each write runs at once (synchronously, so its result and its errors are known immediately)
 * inside the open group transaction, in a savepoint of its own: a write that fails undoes only its
 * own changes and rejects only its own caller. The caller's promise resolves only after the
 * group's COMMIT has returned — so the durability contract of a single commit per write is kept
 * (with synchronous=FULL the write is on disk; with NORMAL it survives a process crash). If the
 * COMMIT itself fails, the whole group is rolled back and every writer in it is rejected.
 *
 * Reads on the same connection see the group's writes before they commit (one process, one
 * connection: read-your-writes). Groups commit in the order they were opened, so a write that
 * depended on an earlier one is never durable without it.
 */
export class GroupCommit {
  private members: Member[] = [];
  private open = false;
  private timer: NodeJS.Immediate | NodeJS.Timeout | undefined;
  private readonly minIntervalMs: number;
  private lastCommit = -Infinity;
  private readonly counters: GroupCommitStats = { commits: 0, writes: 0, failedGroups: 0 };

  constructor(
    private readonly sql: Sql,
    private readonly opts: GroupCommitOptions,
  ) {
    this.minIntervalMs = Math.max(0, opts.minIntervalMs ?? 0);
  }

  /** A group transaction is open (writes in it are not committed yet). */
  get isOpen(): boolean {
    return this.open;
  }

  stats(): GroupCommitStats {
    return { ...this.counters };
  }

  /**
   * Runs `fn` now inside the group (its own savepoint) and resolves with its result once the group
   * has committed. A failure of `fn` rejects at once, and only this caller.
   */
  run<T>(op: string, fn: () => T): Promise<T> {
    let value: T;
    try {
      this.ensureOpen();
      value = this.sql.savepoint(fn);
    } catch (e) {
      const err = this.opts.wrapError(e, op);
      // SQLite rolls the whole transaction back on some errors (I/O, disk full): the group is lost.
      if (this.open && !this.sql.inTransaction) this.failGroup(e);
      return Promise.reject(err);
    }
    return new Promise<T>((resolve, reject) => {
      this.members.push({ op, value, resolve: resolve as (v: unknown) => void, reject });
    });
  }

  /**
   * Runs `fn` inside the group with no caller waiting (write-behind batches). Throws what `fn`
   * threw, after undoing its changes; the rest of the group is unaffected unless SQLite lost it.
   */
  write(fn: () => void): void {
    this.ensureOpen();
    try {
      this.sql.savepoint(fn);
    } catch (e) {
      if (this.open && !this.sql.inTransaction) this.failGroup(e);
      throw e;
    }
  }

  /** Commits the open group now (close, flush before exit). Throws if the COMMIT failed. */
  commitNow(): void {
    this.cancelTimer();
    if (this.open) this.commit(true);
  }

  /** Drops the scheduled commit without committing (the connection is closing after commitNow). */
  cancelTimer(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer as NodeJS.Timeout);
    clearImmediate(this.timer as NodeJS.Immediate);
    this.timer = undefined;
  }

  private ensureOpen(): void {
    if (this.open) return;
    this.sql.begin();
    this.open = true;
    const wait = this.lastCommit + this.minIntervalMs - performance.now();
    this.timer = wait >= 1 ? setTimeout(() => this.scheduled(), wait) : setImmediate(() => this.scheduled());
  }

  private scheduled(): void {
    this.timer = undefined;
    if (this.open) this.commit(false);
  }

  private commit(rethrow: boolean): void {
    try {
      if (!this.sql.inTransaction) throw new Error('the transaction was rolled back by SQLite');
      // Still open here: what it writes joins the group.
      this.opts.beforeCommit?.();
    } catch (e) {
      this.failGroup(e);
      if (rethrow) throw e;
      return;
    }
    const members = this.members;
    this.members = [];
    this.open = false;
    try {
      this.sql.commit();
      this.lastCommit = performance.now();
      this.opts.afterCommit?.();
    } catch (e) {
      try {
        this.sql.rollback();
      } catch {
        // The commit error is the one to report.
      }
      this.counters.failedGroups++;
      this.opts.onRollback?.(e);
      for (const m of members) m.reject(this.opts.wrapError(e, m.op));
      if (rethrow) throw e;
      return;
    }
    this.counters.commits++;
    this.counters.writes += members.length;
    for (const m of members) m.resolve(m.value);
  }

  /** The transaction is gone: every writer waiting in it is rejected. */
  private failGroup(e: unknown): void {
    this.cancelTimer();
    const members = this.members;
    this.members = [];
    this.open = false;
    this.counters.failedGroups++;
    try {
      this.sql.rollback();
    } catch {
      // Nothing left to roll back.
    }
    this.opts.onRollback?.(e);
    for (const m of members) m.reject(this.opts.wrapError(e, m.op));
  }
}
