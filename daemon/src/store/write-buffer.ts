import type { Sql } from './sql';

/** A row ready to write: serialized when it was accepted, so a bad record fails its own call, not a batch. */
export interface EventRow {
  id: string;
  ts: number;
  kind: string;
  json: string;
}
export interface AlertRow {
  id: string;
  ts: number;
  incidentId: string | null;
  threat: string;
  severity: string;
  json: string;
}
export interface Batch {
  events: EventRow[];
  alerts: AlertRow[];
}

export interface WriteBufferOptions {
  /** Flush this long after the first buffered record (ms). */
  intervalMs: number;
  /** Flush at once when this many records are buffered. */
  maxBatch: number;
  /** While writes keep failing, keep at most this many records; older events go first, counted. */
  maxBuffered: number;
}

/**
 * Write-behind for events and alerts (the high-volume, loss-tolerant records): they are written in
 * one transaction per batch, at most `intervalMs` after they arrive. The store also drains the
 * buffer into every durable transaction, so whatever was inserted before a durable write is
 * durable with it.
 */
export class WriteBuffer {
  private events: EventRow[] = [];
  private alerts: AlertRow[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Records given up after repeated write failures (reported in stats and the log). */
  dropped = 0;

  constructor(
    private readonly onDue: () => void,
    private readonly opts: WriteBufferOptions,
  ) {}

  get size(): number {
    return this.events.length + this.alerts.length;
  }
  get eventCount(): number {
    return this.events.length;
  }
  get alertCount(): number {
    return this.alerts.length;
  }

  addEvent(row: EventRow): void {
    this.events.push(row);
    this.due();
  }

  addAlert(row: AlertRow): void {
    this.alerts.push(row);
    this.due();
  }

  /** Empties the buffer; the caller writes the batch or gives it back with `restore`. */
  take(): Batch {
    this.cancelTimer();
    const batch = { events: this.events, alerts: this.alerts };
    this.events = [];
    this.alerts = [];
    return batch;
  }

  /** Puts back a batch whose write failed, ahead of newer records, and schedules a retry. */
  restore(batch: Batch): number {
    this.events = batch.events.concat(this.events);
    this.alerts = batch.alerts.concat(this.alerts);
    let dropped = 0;
    while (this.size > this.opts.maxBuffered) {
      if (this.events.length > 0) this.events.shift();
      else this.alerts.shift();
      dropped += 1;
    }
    this.dropped += dropped;
    if (this.size > 0) this.schedule();
    return dropped;
  }

  cancelTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private due(): void {
    if (this.size >= this.opts.maxBatch) this.onDue();
    else this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onDue();
    }, this.opts.intervalMs);
    // Buffered records must not keep a finished process alive; close() flushes them.
    this.timer.unref();
  }
}

/** Writes a batch inside the caller's transaction. Alerts are upserts: the Analyst re-inserts an alert once it is correlated. */
export function insertBatch(sql: Sql, batch: Batch): void {
  for (const e of batch.events) sql.run('INSERT OR IGNORE INTO events (id, ts, kind, json) VALUES (?, ?, ?, ?)', [e.id, e.ts, e.kind, e.json]);
  for (const a of batch.alerts) {
    sql.run(
      `INSERT INTO alerts (id, ts, incident_id, threat, severity, json) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET ts = excluded.ts, incident_id = excluded.incident_id, threat = excluded.threat,
         severity = excluded.severity, json = excluded.json`,
      [a.id, a.ts, a.incidentId, a.threat, a.severity, a.json],
    );
  }
}
