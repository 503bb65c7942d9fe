import type { Clock } from '../util/clock';
import type { Logger } from '../util/logger';
import type { Sql } from './sql';

export interface RetentionOptions {
  /** Events kept at most (default 100,000). */
  maxEvents?: number;
  /** Events older than the newest one by more than this are pruned (default 7 days). */
  maxEventAgeMs?: number;
  /** Alerts kept at most (default 100,000). */
  maxAlerts?: number;
  /** Alerts older than the newest one by more than this are pruned (default 30 days). */
  maxAlertAgeMs?: number;
  /**
   * Prune after this many inserted rows (default 250) ... Pruning runs inside a write, on the event
   * loop: small steps keep each one short (1,000 rows at a time stalled the pipeline up to ~25 ms).
   */
  pruneEveryRows?: number;
  /** ... or after this long since the last prune, when something was inserted (default 60 s). */
  pruneEveryMs?: number;
}

const DAY = 24 * 3600 * 1000;

/**
 * Bounded events and alerts. Pruning is amortized: it runs inside a batch write only every
 * `pruneEveryRows` inserts or `pruneEveryMs`, so the table may briefly exceed its bound by that
 * much. Age is measured from the newest stored row, not the wall clock, so records stamped by a
 * test clock or a skewed host are not wiped on sight.
 */
export class Retention {
  private readonly opts: Required<RetentionOptions>;
  private rowsSincePrune = 0;
  private lastPrune: number;

  constructor(
    private readonly sql: Sql,
    private readonly clock: Clock,
    private readonly logger: Logger,
    opts: RetentionOptions = {},
  ) {
    this.opts = {
      maxEvents: opts.maxEvents ?? 100_000,
      maxEventAgeMs: opts.maxEventAgeMs ?? 7 * DAY,
      maxAlerts: opts.maxAlerts ?? 100_000,
      maxAlertAgeMs: opts.maxAlertAgeMs ?? 30 * DAY,
      pruneEveryRows: opts.pruneEveryRows ?? 250,
      pruneEveryMs: opts.pruneEveryMs ?? 60_000,
    };
    this.lastPrune = clock.now();
  }

  /** Called inside the batch transaction after rows were written. */
  afterInsert(events: number, alerts: number): void {
    if (events + alerts === 0) return;
    this.rowsSincePrune += events + alerts;
    const now = this.clock.now();
    if (this.rowsSincePrune < this.opts.pruneEveryRows && now - this.lastPrune < this.opts.pruneEveryMs) return;
    this.rowsSincePrune = 0;
    this.lastPrune = now;
    const prunedEvents = this.prune('events', this.opts.maxEvents, this.opts.maxEventAgeMs);
    const prunedAlerts = this.prune('alerts', this.opts.maxAlerts, this.opts.maxAlertAgeMs);
    if (prunedEvents + prunedAlerts > 0) this.logger.log('debug', 'store: retention pruned rows', { events: prunedEvents, alerts: prunedAlerts });
  }

  private prune(table: 'events' | 'alerts', maxRows: number, maxAgeMs: number): number {
    // seq grows with insertion, so "all but the newest maxRows" is a range delete on the primary key.
    let n = this.sql.run(`DELETE FROM ${table} WHERE seq <= (SELECT max(seq) FROM ${table}) - ?`, [maxRows]);
    n += this.sql.run(`DELETE FROM ${table} WHERE ts < (SELECT max(ts) FROM ${table}) - ?`, [maxAgeMs]);
    return n;
  }
}
