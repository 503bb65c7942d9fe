import type { AuditRecord } from '../protocol/domain';
import { GENESIS_HASH, auditHash, type AuditHead } from './audit-chain';
import { likePattern, num, text, utf8, type Row, type Sql } from './sql';
import type { AuditInput, AuditQuery } from './store';

const COLUMNS = 'seq, ts, actor, action, target, reason, details, prev_hash, hash';

/** Stored details that are not JSON any more were edited by hand: keep the text, so the hash check fails on it. */
function parseDetails(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { unparseableDetails: text };
  }
}

function toRecord(r: Row): AuditRecord {
  return {
    seq: num(r, 'seq'),
    ts: num(r, 'ts'),
    actor: text(r, 'actor'),
    action: text(r, 'action'),
    target: text(r, 'target'),
    reason: text(r, 'reason'),
    details: parseDetails(text(r, 'details')),
    prevHash: text(r, 'prev_hash'),
    hash: text(r, 'hash'),
  };
}

/**
 * The append-only, hash-chained audit trail. `append` must run inside the caller's transaction,
 * and `writeHead` inside the same transaction before it commits (the store does it once per group
 * commit): the head (last seq and hash, kept in `meta` so a deleted tail is noticed) is held in
 * memory between them, so appending does not read and rewrite it for every record. `forget()`
 * drops that memory when a transaction is rolled back.
 */
export class AuditLog {
  /** The head as of the last append in this connection, committed or not; undefined = read `meta`. */
  private current: AuditHead | undefined;
  /** `current` is ahead of `meta`. */
  private dirty = false;

  constructor(private readonly sql: Sql) {}

  head(): AuditHead | undefined {
    if (this.current) return this.current;
    const row = this.sql.get("SELECT value FROM meta WHERE key = 'audit_head'");
    return row === undefined ? undefined : (JSON.parse(text(row, 'value')) as AuditHead);
  }

  /** Stores the head of the records appended since the last call (inside the transaction about to commit). */
  writeHead(): void {
    if (!this.dirty || !this.current) return;
    this.sql.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)", [JSON.stringify(this.current)]);
    this.dirty = false;
  }

  /** The transaction was rolled back: the next append reads the head from the file again. */
  forget(): void {
    this.current = undefined;
    this.dirty = false;
  }

  append(input: AuditInput): AuditRecord {
    // Chain onto the recorded head, not the last row: if rows were deleted from the end, the gap
    // stays visible instead of being papered over by a new record reusing their seq.
    const head = this.head() ?? this.lastRow() ?? { seq: 0, hash: GENESIS_HASH };
    // Hash what storage gives back, so the stored record verifies byte for byte (JSON.stringify of
    // what JSON.parse gives back is the same text, so it is stored as is).
    const detailsText = JSON.stringify(input.details ?? {}) as string | undefined;
    const details = (detailsText === undefined ? null : JSON.parse(detailsText)) as Record<string, unknown>;
    const unsigned: Omit<AuditRecord, 'hash'> = {
      seq: head.seq + 1,
      ts: input.ts,
      actor: input.actor,
      action: input.action,
      target: input.target,
      reason: input.reason,
      details,
      prevHash: head.hash,
    };
    const record: AuditRecord = { ...unsigned, hash: auditHash(unsigned) };
    this.sql.run(`INSERT INTO audit (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?)`, [
      record.seq,
      record.ts,
      record.actor,
      record.action,
      record.target,
      record.reason,
      utf8(detailsText ?? 'null'),
      record.prevHash,
      record.hash,
    ]);
    this.current = { seq: record.seq, hash: record.hash };
    this.dirty = true;
    return record;
  }

  private lastRow(): AuditHead | undefined {
    const row = this.sql.get('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1');
    return row === undefined ? undefined : { seq: num(row, 'seq'), hash: text(row, 'hash') };
  }

  /** Newest first. `text` matches action, target, reason or actor, case-insensitively and literally. */
  list(q: AuditQuery = {}): AuditRecord[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (q.since !== undefined) {
      where.push('ts >= ?');
      params.push(q.since);
    }
    if (q.text !== undefined && q.text !== '') {
      const p = likePattern(q.text);
      where.push("(action LIKE ? ESCAPE '\\' OR target LIKE ? ESCAPE '\\' OR reason LIKE ? ESCAPE '\\' OR actor LIKE ? ESCAPE '\\')");
      params.push(p, p, p, p);
    }
    let sql = `SELECT ${COLUMNS} FROM audit${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC`;
    if (q.limit !== undefined) {
      sql += ' LIMIT ?';
      params.push(Math.max(0, Math.floor(q.limit)));
    }
    return this.sql.all(sql, params).map(toRecord);
  }

  /** Records after `afterSeq`, in seq order, at most `limit`: one page of the verification walk. */
  page(afterSeq: number, limit: number): AuditRecord[] {
    return this.sql.all(`SELECT ${COLUMNS} FROM audit WHERE seq > ? ORDER BY seq LIMIT ?`, [afterSeq, limit]).map(toRecord);
  }
}
