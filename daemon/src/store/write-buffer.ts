import type { Alert, SecurityEvent } from '../protocol/domain';
import { utf8, type Sql } from './sql';

type Param = string | number | null | Uint8Array;

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
export function eventRow(e: SecurityEvent): EventRow {
  return { id: e.id, ts: e.ts, kind: e.kind, json: JSON.stringify(e) };
}

export function alertRow(a: Alert): AlertRow {
  return { id: a.id, ts: a.ts, incidentId: a.incidentId ?? null, threat: a.threat, severity: a.severity, json: JSON.stringify(a) };
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

/** Rows per multi-row INSERT: fewer statement executions per batch (each costs a reset, bind and step). */
const CHUNKS = [64, 16, 4, 1] as const;

/** `rows` value tuples of `cols` parameters; the last one (the JSON) is bound as UTF-8 bytes (sql.ts `utf8`). */
function valuesList(rows: number, cols: number): string {
  const one = `(${[...new Array<string>(cols - 1).fill('?'), 'CAST(? AS TEXT)'].join(', ')})`;
  return new Array<string>(rows).fill(one).join(', ');
}

const EVENT_SQL = new Map<number, string>(CHUNKS.map((n) => [n, `INSERT OR IGNORE INTO events (id, ts, kind, json) VALUES ${valuesList(n, 4)}`]));
const ALERT_SQL = new Map<number, string>(
  CHUNKS.map((n) => [
    n,
    `INSERT INTO alerts (id, ts, incident_id, threat, severity, json) VALUES ${valuesList(n, 6)}
     ON CONFLICT (id) DO UPDATE SET ts = excluded.ts, incident_id = excluded.incident_id, threat = excluded.threat,
       severity = excluded.severity, json = excluded.json`,
  ]),
);

/** Runs `rows` through multi-row statements of the chunk sizes above, in order. */
function insertChunked<R>(sql: Sql, rows: readonly R[], statements: Map<number, string>, params: (row: R, out: Param[]) => void): void {
  let i = 0;
  for (const n of CHUNKS) {
    const text = statements.get(n) as string;
    while (rows.length - i >= n) {
      const values: Param[] = [];
      for (let k = 0; k < n; k++) params(rows[i + k], values);
      sql.run(text, values);
      i += n;
    }
  }
}

/**
 * Writes a batch inside the caller's transaction, in arrival order. Alerts are upserts: the Analyst
 * re-inserts an alert once it is correlated (a later row for the same id wins, as row by row).
 */
export function insertBatch(sql: Sql, batch: Batch): void {
  insertChunked(sql, batch.events, EVENT_SQL, (e, out) => out.push(e.id, e.ts, e.kind, utf8(e.json)));
  // One statement must not upsert the same alert twice ("ON CONFLICT DO UPDATE command cannot
  // affect row a second time"). A later row for an id replaces all its columns, so the batch keeps
  // the last row of each id at the place of the first: the same rows, values and order as writing
  // them one by one.
  insertChunked(sql, lastPerId(batch.alerts), ALERT_SQL, alertParams);
}

function lastPerId(alerts: readonly AlertRow[]): readonly AlertRow[] {
  let at: Map<string, number> | undefined;
  let out: AlertRow[] | undefined;
  for (let i = 0; i < alerts.length; i++) {
    const a = alerts[i];
    at ??= new Map();
    const j = at.get(a.id);
    if (j === undefined) {
      at.set(a.id, out ? out.length : i);
      out?.push(a);
    } else {
      out ??= alerts.slice(0, i);
      out[j] = a;
    }
  }
  return out ?? alerts;
}

function alertParams(a: AlertRow, out: Param[]): Param[] {
  out.push(a.id, a.ts, a.incidentId, a.threat, a.severity, utf8(a.json));
  return out;
}
