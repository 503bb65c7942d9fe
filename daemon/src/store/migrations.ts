import type { Database } from 'node-sqlite3-wasm';
import { StoreError } from './errors';

/** One schema step. Versions are consecutive from 1; a released migration is never edited. */
export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Database) => void);
}

/**
 * Domain objects live in a `json` column; the columns beside it are the ones queries filter or
 * sort on. `seq` columns keep insertion order for retention and newest-first listing.
 */
const INITIAL_SCHEMA = `
CREATE TABLE events (
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, ts INTEGER NOT NULL, kind TEXT NOT NULL, json TEXT NOT NULL);
CREATE INDEX events_ts ON events (ts);
CREATE TABLE alerts (
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, ts INTEGER NOT NULL, incident_id TEXT,
  threat TEXT NOT NULL, severity TEXT NOT NULL, json TEXT NOT NULL);
CREATE INDEX alerts_ts ON alerts (ts);
CREATE INDEX alerts_incident ON alerts (incident_id, ts);
CREATE TABLE incidents (
  id TEXT PRIMARY KEY, key TEXT NOT NULL, status TEXT NOT NULL, first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL, json TEXT NOT NULL);
CREATE INDEX incidents_key ON incidents (key, status, last_seen);
CREATE INDEX incidents_last_seen ON incidents (last_seen);
CREATE TABLE executions (key TEXT PRIMARY KEY, ts INTEGER NOT NULL);
CREATE TABLE actions (
  id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, ts INTEGER NOT NULL, kind TEXT NOT NULL,
  target TEXT NOT NULL, status TEXT NOT NULL, json TEXT NOT NULL);
CREATE INDEX actions_incident ON actions (incident_id, ts);
CREATE INDEX actions_ts ON actions (ts);
CREATE TABLE approvals (
  id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, status TEXT NOT NULL, requested_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL, json TEXT NOT NULL);
CREATE INDEX approvals_status ON approvals (status, requested_at);
CREATE INDEX approvals_requested ON approvals (requested_at);
CREATE TABLE enforcement (
  kind TEXT NOT NULL, target TEXT NOT NULL, expires_at INTEGER NOT NULL, json TEXT NOT NULL,
  PRIMARY KEY (kind, target));
CREATE INDEX enforcement_expires ON enforcement (expires_at);
CREATE TABLE offenses (
  kind TEXT NOT NULL, target TEXT NOT NULL, count INTEGER NOT NULL, last_ts INTEGER NOT NULL,
  PRIMARY KEY (kind, target));
CREATE TABLE feedback (
  incident_id TEXT PRIMARY KEY, pattern_key TEXT NOT NULL, feedback TEXT NOT NULL, ts INTEGER NOT NULL,
  by_whom TEXT NOT NULL);
CREATE INDEX feedback_pattern ON feedback (pattern_key);
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY, ts INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  target TEXT NOT NULL, reason TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL);
CREATE INDEX audit_ts ON audit (ts);
CREATE TABLE log_offsets (path TEXT PRIMARY KEY, file_id TEXT NOT NULL, offset INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/**
 * v2: the audit table refuses UPDATE and DELETE (a raw connection can drop the triggers, which is
 * what the hash chain is for), and the last appended (seq, hash) is kept in `meta` so a deleted
 * tail is noticed. Existing chains get their head from their last record.
 */
function auditGuard(db: Database): void {
  db.exec(`
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;`);
  const last = db.get('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1');
  if (last) db.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)", JSON.stringify({ seq: last.seq, hash: last.hash }));
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', up: INITIAL_SCHEMA },
  { version: 2, name: 'append-only audit trail with a chain head', up: auditGuard },
];

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.reduce((v, m) => Math.max(v, m.version), 0);
}

/** The highest applied version (0 for a new database). */
export function currentVersion(db: Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
  const row = db.get('SELECT max(version) AS v FROM schema_migrations');
  return typeof row?.v === 'number' ? row.v : 0;
}

/**
 * Brings the schema up to date: every missing migration runs, in version order, inside ONE
 * transaction, so a failure leaves the database at its old version. A database written by a newer
 * release is refused rather than misread. Returns the versions applied.
 */
export function migrate(db: Database, dbPath: string, now: number, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration list is not consecutive at version ${m.version}`);
  });
  const current = currentVersion(db);
  const latest = latestVersion(ordered);
  if (current > latest) {
    throw new StoreError(
      `SOC store: ${dbPath} has schema version ${current}, newer than this soc-agents supports (${latest}). ` +
        'Upgrade soc-agents, or point --data-dir at another folder.',
      dbPath,
    );
  }
  const missing = ordered.filter((m) => m.version > current);
  if (missing.length === 0) return [];
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const m of missing) {
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
      db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, now]);
    }
    db.exec('COMMIT');
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    const v = missing.map((m) => m.version).join(', ');
    throw new StoreError(`SOC store: migrating ${dbPath} (versions ${v}) failed and was rolled back: ${(e as Error).message}`, dbPath, { cause: e });
  }
  return missing.map((m) => m.version);
}
