import { existsSync, mkdirSync } from 'node:fs';
import type { Clock } from '../util/clock';
import type { Logger } from '../util/logger';
import { claimOwnership, openConnection, type JournalMode, type SyncMode } from './connection';
import { dbPathIn } from './data-dir';
import { StoreError } from './errors';
import { migrate } from './migrations';
import type { RetentionOptions } from './retention';
import { Sql } from './sql';

export interface SqliteStoreOptions {
  clock?: Clock;
  logger?: Logger;
  retention?: RetentionOptions;
  /** Write-behind delay for events and alerts (ms, default 20). */
  flushIntervalMs?: number;
  /** Buffered events + alerts that trigger an immediate batch write (default 1000). */
  maxBatch?: number;
  /**
   * 'full' (default here; the daemon passes 'normal', see create-soc.ts): every commit is fsynced
   * before its writers' promises resolve. 'normal' (WAL only): no fsync per commit — survives
   * kill -9 (a process crash), not a power cut or OS crash; see connection.ts for the numbers.
   */
  synchronous?: SyncMode;
  /**
   * Group commit: durable writes issued in the same event-loop turn share one transaction (and one
   * fsync with FULL); with this > 0 (ms), commits are also at least this far apart, so under load
   * more writes share each commit. Default 0. Every writer still resolves only after its commit.
   */
  groupCommitMs?: number;
  /**
   * With synchronous=NORMAL, the WAL is flushed to disk in the background this often (ms, default
   * 50; 0 = never), so checkpoints find little to fsync on the event loop (wal-flusher.ts).
   */
  walFlushMs?: number;
  /** Fail instead of creating a new database (read-only tools such as `soc-agents audit`). */
  mustExist?: boolean;
}

/** An open, recovered and migrated database, handed to SqliteStore. */
export interface OpenedDatabase {
  sql: Sql;
  dbPath: string;
  journal: JournalMode;
  synchronous: SyncMode;
  schemaVersion: number;
  /** Gives the file up for other processes (removes the pid file). */
  release: () => void;
}

/** Creates the folder, claims the file (clearing a dead owner's lock), opens it and migrates it. */
export function openDatabase(dataDir: string, opts: SqliteStoreOptions, clock: Clock, logger: Logger): OpenedDatabase {
  const dbPath = dbPathIn(dataDir);
  if (opts.mustExist === true) {
    if (!existsSync(dbPath)) throw new StoreError(`SOC store: there is no SOC database at ${dbPath}`, dbPath);
  } else {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  }
  const release = claimOwnership(dbPath, logger);
  try {
    const { db, journal, synchronous } = openConnection(dbPath, logger, { mustExist: opts.mustExist, synchronous: opts.synchronous });
    const sql = new Sql(db);
    try {
      const applied = migrate(db, dbPath, clock.now());
      if (applied.length > 0) logger.log('info', 'store: schema migrated', { dbPath, applied });
      const schemaVersion = Number(sql.get('SELECT max(version) AS v FROM schema_migrations')?.v ?? 0);
      return { sql, dbPath, journal, synchronous, schemaVersion, release };
    } catch (e) {
      sql.close();
      throw e;
    }
  } catch (e) {
    release();
    throw e;
  }
}
