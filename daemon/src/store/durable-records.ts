import type {
  ActionRecord,
  Approval,
  ApprovalStatus,
  EnforcementEntry,
  EnforcementKind,
  Incident,
} from '../protocol/domain';
import { listQuery, num, parseAll, parseJson, text, utf8, type Sql } from './sql';
import type { FeedbackRecord, LogOffset, Page } from './store';

/**
 * The records that must survive a crash: incidents, executions, actions, approvals, enforcement,
 * offenses, feedback and log offsets. Plain synchronous SQL; SqliteStore wraps each write in a
 * committed transaction.
 */
export class DurableRecords {
  constructor(private readonly sql: Sql) {}

  upsertIncident(i: Incident): void {
    this.sql.run(
      `INSERT INTO incidents (id, key, status, first_seen, last_seen, json) VALUES (?, ?, ?, ?, ?, CAST(? AS TEXT))
       ON CONFLICT (id) DO UPDATE SET key = excluded.key, status = excluded.status, first_seen = excluded.first_seen,
         last_seen = excluded.last_seen, json = excluded.json`,
      [i.id, i.key, i.status, i.firstSeen, i.lastSeen, utf8(JSON.stringify(i))],
    );
  }

  getIncident(id: string): Incident | undefined {
    return parseJson<Incident>(this.sql.get('SELECT json FROM incidents WHERE id = ?', [id]));
  }

  findOpenIncident(key: string, since: number): Incident | undefined {
    return parseJson<Incident>(
      this.sql.get("SELECT json FROM incidents WHERE key = ? AND status = 'open' AND last_seen >= ? ORDER BY last_seen DESC LIMIT 1", [key, since]),
    );
  }

  /** Newest activity first; `since` applies to lastSeen. */
  listIncidents(q: Page & { status?: Incident['status'] } = {}): Incident[] {
    const { sql, params } = listQuery('incidents', 'last_seen', 'last_seen DESC, id DESC', { status: q.status }, q);
    return parseAll<Incident>(this.sql.all(sql, params));
  }

  /** INSERT OR IGNORE on a unique key: exactly one caller ever sees a change, also across restarts. */
  claimExecution(key: string, ts: number): boolean {
    return this.sql.run('INSERT OR IGNORE INTO executions (key, ts) VALUES (?, ?)', [key, ts]) === 1;
  }

  isClaimed(key: string): boolean {
    return this.sql.get('SELECT 1 AS x FROM executions WHERE key = ?', [key]) !== undefined;
  }

  releaseExecution(key: string): void {
    this.sql.run('DELETE FROM executions WHERE key = ?', [key]);
  }

  upsertAction(a: ActionRecord): void {
    this.sql.run(
      `INSERT INTO actions (id, incident_id, ts, kind, target, status, json) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT))
       ON CONFLICT (id) DO UPDATE SET incident_id = excluded.incident_id, ts = excluded.ts, kind = excluded.kind,
         target = excluded.target, status = excluded.status, json = excluded.json`,
      [a.id, a.incidentId, a.ts, a.kind, a.target, a.status, utf8(JSON.stringify(a))],
    );
  }

  listActions(q: Page & { incidentId?: string } = {}): ActionRecord[] {
    const { sql, params } = listQuery('actions', 'ts', 'ts DESC, rowid DESC', { incident_id: q.incidentId }, q);
    return parseAll<ActionRecord>(this.sql.all(sql, params));
  }

  upsertApproval(a: Approval): void {
    this.sql.run(
      `INSERT INTO approvals (id, incident_id, status, requested_at, expires_at, json) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET incident_id = excluded.incident_id, status = excluded.status,
         requested_at = excluded.requested_at, expires_at = excluded.expires_at, json = excluded.json`,
      [a.id, a.incidentId, a.status, a.requestedAt, a.expiresAt, JSON.stringify(a)],
    );
  }

  getApproval(id: string): Approval | undefined {
    return parseJson<Approval>(this.sql.get('SELECT json FROM approvals WHERE id = ?', [id]));
  }

  /** Newest request first; `since` applies to requestedAt. */
  listApprovals(q: Page & { status?: ApprovalStatus } = {}): Approval[] {
    const { sql, params } = listQuery('approvals', 'requested_at', 'requested_at DESC, rowid DESC', { status: q.status }, q);
    return parseAll<Approval>(this.sql.all(sql, params));
  }

  upsertEnforcement(e: EnforcementEntry): void {
    this.sql.run(
      `INSERT INTO enforcement (kind, target, expires_at, json) VALUES (?, ?, ?, CAST(? AS TEXT))
       ON CONFLICT (kind, target) DO UPDATE SET expires_at = excluded.expires_at, json = excluded.json`,
      [e.kind, e.target, e.expiresAt, utf8(JSON.stringify(e))],
    );
  }

  removeEnforcement(kind: EnforcementKind, target: string): void {
    this.sql.run('DELETE FROM enforcement WHERE kind = ? AND target = ?', [kind, target]);
  }

  listEnforcement(now: number): EnforcementEntry[] {
    return parseAll<EnforcementEntry>(this.sql.all('SELECT json FROM enforcement WHERE expires_at > ? ORDER BY expires_at, kind, target', [now]));
  }

  offenseCount(kind: EnforcementKind, target: string): number {
    const row = this.sql.get('SELECT count FROM offenses WHERE kind = ? AND target = ?', [kind, target]);
    return row === undefined ? 0 : num(row, 'count');
  }

  recordOffense(kind: EnforcementKind, target: string, ts: number): number {
    const row = this.sql.get(
      `INSERT INTO offenses (kind, target, count, last_ts) VALUES (?, ?, 1, ?)
       ON CONFLICT (kind, target) DO UPDATE SET count = count + 1, last_ts = excluded.last_ts RETURNING count`,
      [kind, target, ts],
    );
    return row === undefined ? 0 : num(row, 'count');
  }

  /** One verdict per incident: a later verdict on the same incident replaces the earlier one. */
  addFeedback(f: FeedbackRecord): void {
    this.sql.run(
      `INSERT INTO feedback (incident_id, pattern_key, feedback, ts, by_whom) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (incident_id) DO UPDATE SET pattern_key = excluded.pattern_key, feedback = excluded.feedback,
         ts = excluded.ts, by_whom = excluded.by_whom`,
      [f.incidentId, f.patternKey, f.feedback, f.ts, f.by],
    );
  }

  feedbackFor(patternKey: string): { falsePositive: number; confirmed: number } {
    const rows = this.sql.all('SELECT feedback, count(*) AS n FROM feedback WHERE pattern_key = ? GROUP BY feedback', [patternKey]);
    const out = { falsePositive: 0, confirmed: 0 };
    for (const r of rows) {
      if (r.feedback === 'false_positive') out.falsePositive = num(r, 'n');
      else if (r.feedback === 'confirmed') out.confirmed = num(r, 'n');
    }
    return out;
  }

  getLogOffset(path: string): LogOffset | undefined {
    const row = this.sql.get('SELECT path, file_id, offset FROM log_offsets WHERE path = ?', [path]);
    return row === undefined ? undefined : { path: text(row, 'path'), fileId: text(row, 'file_id'), offset: num(row, 'offset') };
  }

  setLogOffset(o: LogOffset, now: number): void {
    this.sql.run(
      `INSERT INTO log_offsets (path, file_id, offset, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (path) DO UPDATE SET file_id = excluded.file_id, offset = excluded.offset, updated_at = excluded.updated_at`,
      [o.path, o.fileId, o.offset, now],
    );
  }
}
