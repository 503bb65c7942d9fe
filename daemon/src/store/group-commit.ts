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
   * How long a group stays open for more writers (ms). 0 (default): until the end of the current
   * event-loop turn (setImmediate), i.e. every durable write issued while the turn's callbacks and
   * microtasks run shares the commit; > 0: a timer of that length (keep it ≤ 2 ms).
   */
  delayMs?: number;
  /** Runs inside the transaction just before COMMIT (the store writes its write-behind buffer). Must not throw. */
  beforeCommit?: () => void;
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
  private readonly delayMs: number;
  private readonly counters: GroupCommitStats = { commits: 0, writes: 0, failedGroups: 0 };

  constructor(
    private readonly sql: Sql,
    private readonly opts: GroupCommitOptions,
  ) {
    this.delayMs = Math.max(0, opts.delayMs ?? 0);
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
    if (this.delayMs > 0) clearTimeout(this.timer as NodeJS.Timeout);
    else clearImmediate(this.timer as NodeJS.Immediate);
    this.timer = undefined;
  }

  private ensureOpen(): void {
    if (this.open) return;
    this.sql.begin();
    this.open = true;
    this.timer = this.delayMs > 0 ? setTimeout(() => this.scheduled(), this.delayMs) : setImmediate(() => this.scheduled());
  }

  private scheduled(): void {
    this.timer = undefined;
    if (this.open) this.commit(false);
  }

  private commit(rethrow: boolean): void {
    if (this.opts.beforeCommit && this.sql.inTransaction) this.opts.beforeCommit();
    const members = this.members;
    this.members = [];
    this.open = false;
    try {
      if (!this.sql.inTransaction) throw new Error('the transaction was rolled back by SQLite');
      this.sql.commit();
    } catch (e) {
      try {
        this.sql.rollback();
      } catch {
        // The commit error is the one to report.
      }
      this.counters.failedGroups++;
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
    for (const m of members) m.reject(this.opts.wrapError(e, m.op));
  }
}
