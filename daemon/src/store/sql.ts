import type { Database, JSValue, SQLiteValue, Statement } from 'node-sqlite3-wasm';
import type { Page } from './store';

/** A result row (this store never asks for the library's "expanded" nested rows). */
export type Row = Record<string, SQLiteValue>;

/** A text column; anything else means the row was not written by this store. */
export function text(row: Row, col: string): string {
  const v = row[col];
  if (typeof v !== 'string') throw new Error(`column ${col} holds ${v === null ? 'NULL' : typeof v}, expected text`);
  return v;
}

export function num(row: Row, col: string): number {
  const v = row[col];
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  throw new Error(`column ${col} holds ${v === null ? 'NULL' : typeof v}, expected a number`);
}

/**
 * A thin layer over the synchronous connection: cached prepared statements, transactions and
 * savepoints. Every store operation runs start to finish inside one synchronous call (in a
 * savepoint of the open group transaction, see group-commit.ts), so concurrent async callers can
 * never interleave inside an operation.
 */
export class Sql {
  private readonly statements = new Map<string, Statement>();

  constructor(readonly db: Database) {}

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (s === undefined) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  run(sql: string, params: JSValue[] = []): number {
    return this.stmt(sql).run(params).changes;
  }

  /**
   * First row. Steps the statement to the end (callers ask for one row by key, aggregate or LIMIT 1):
   * the library's own get() leaves a cached statement mid-step, which for INSERT ... RETURNING
   * blocks the COMMIT ("SQL statements in progress") and otherwise pins a read snapshot.
   */
  get(sql: string, params: JSValue[] = []): Row | undefined {
    return this.all(sql, params)[0];
  }

  all(sql: string, params: JSValue[] = []): Row[] {
    return this.stmt(sql).all(params) as Row[];
  }

  /** A transaction is open on the connection. */
  get inTransaction(): boolean {
    return this.db.inTransaction;
  }

  begin(): void {
    this.run('BEGIN IMMEDIATE');
  }

  commit(): void {
    this.run('COMMIT');
  }

  /** Rolls back the open transaction, if any (SQLite may already have rolled it back after an I/O error). */
  rollback(): void {
    if (this.db.inTransaction) this.run('ROLLBACK');
  }

  /**
   * Runs `fn` inside the open transaction as one nested unit: if it throws, exactly its own changes
   * are undone and the rest of the transaction stays. (Prepared once, like every statement here.)
   */
  savepoint<T>(fn: () => T): T {
    this.run('SAVEPOINT unit');
    try {
      const result = fn();
      this.run('RELEASE unit');
      return result;
    } catch (e) {
      if (this.db.inTransaction) {
        this.run('ROLLBACK TO unit');
        this.run('RELEASE unit');
      }
      throw e;
    }
  }

  close(): void {
    for (const s of this.statements.values()) if (!s.isFinalized) s.finalize();
    this.statements.clear();
    if (this.db.isOpen) this.db.close();
  }
}

/**
 * A text parameter for `CAST(? AS TEXT)`, UTF-8 encoded natively. The library encodes a string
 * parameter in JavaScript, one character at a time (it showed as ~15 % of the pipeline's CPU
 * profile); bytes are copied into the WASM heap in one go, ~5 µs less per KB of JSON, and the
 * CAST stores exactly the TEXT value the string would have been (JSON text is well-formed UTF-16,
 * so its UTF-8 is the same either way).
 */
export function utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

/** `SELECT json FROM table WHERE <filters> [AND tsCol >= since] ORDER BY ... [LIMIT n]`. */
export function listQuery(
  table: string,
  tsCol: string,
  order: string,
  filters: Record<string, JSValue | undefined>,
  q: Page = {},
): { sql: string; params: JSValue[] } {
  const where: string[] = [];
  const params: JSValue[] = [];
  for (const [col, v] of Object.entries(filters)) {
    if (v === undefined) continue;
    where.push(`${col} = ?`);
    params.push(v);
  }
  if (q.since !== undefined) {
    where.push(`${tsCol} >= ?`);
    params.push(q.since);
  }
  let sql = `SELECT json FROM ${table}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order}`;
  if (q.limit !== undefined) {
    sql += ' LIMIT ?';
    params.push(Math.max(0, Math.floor(q.limit)));
  }
  return { sql, params };
}

export function parseJson<T>(row: Row | undefined): T | undefined {
  return row === undefined ? undefined : (JSON.parse(text(row, 'json')) as T);
}

export function parseAll<T>(rows: Row[]): T[] {
  return rows.map((r) => JSON.parse(text(r, 'json')) as T);
}

/** Escapes `%`, `_` and `\` so user text matches literally in `LIKE ? ESCAPE '\'`. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
