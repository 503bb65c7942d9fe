import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { Database } from 'node-sqlite3-wasm';
import type { Logger } from '../util/logger';
import { StoreError } from './errors';

/**
 * Durability mode, decided by experiment with node-sqlite3-wasm 0.8.60 (SQLite 3.53.4):
 * its Node VFS has no shared-memory methods, so `journal_mode=WAL` works only after
 * `locking_mode=EXCLUSIVE` (the WAL index then lives in heap memory). With that, WAL works,
 * recovers committed transactions after SIGKILL, and a durable single write costs ~0.7 ms
 * (synchronous=FULL: the WAL is fsynced at every commit) against ~0.9 ms for a rollback journal.
 * The cost: no other connection can read the file while the daemon has it open — acceptable, the
 * daemon is its only user. If WAL is refused we fall back to a rollback journal, still FULL.
 * `synchronous=NORMAL` (the daemon's default, see create-soc.ts) skips the fsync per commit: still
 * safe against kill -9 and never corrupt, but the last commits can be lost on power failure or an
 * OS crash. With NORMAL, SQLite fsyncs only at checkpoints (every WAL_AUTOCHECKPOINT_PAGES below);
 * the store also flushes the WAL in the background (wal-flusher.ts).
 * New databases use 2 KiB pages (SQLite's default is 4 KiB): every commit rewrites the last page of
 * each table and index it touches (~25 per commit in the pipeline), so the WAL volume, and the
 * checkpoint fsyncs that flush it, scale with the page size. Measured on the pipeline benchmark:
 * 4 KiB → 2 KiB pages cut WAL bytes by ~25 % and checkpoint fsync time by ~45 % at the same CPU
 * cost (1 KiB pages: smaller WAL still, but more overflow pages and fsyncs). Existing files keep
 * their page size.
 * Every connection to the file (including test and repair tools) must set EXCLUSIVE first, or
 * SQLite looks for a -shm file this VFS cannot provide and fails to open it.
 */
export type JournalMode = 'wal' | 'delete';
export type SyncMode = 'full' | 'normal';

/** Page size of a database created by this release (see above). */
const NEW_DB_PAGE_SIZE = 2048;
/**
 * WAL pages between automatic checkpoints (SQLite's default is 1000). A checkpoint runs inside a
 * COMMIT, on the thread that owns the connection (the daemon's store thread, store/thread/; the
 * event loop for an inline store), and fsyncs the WAL and the database; while it runs that thread
 * answers nothing (measured on the event loop, before the store thread): at 1000 pages (2 MB) the
 * pipeline checkpointed ~10 times a second under load, each a stall of a few to ~70 ms. A bigger
 * WAL checkpoints 4× less often and each checkpoint writes the hot pages (index tails, rewritten by
 * every commit) once instead of four times: fsync time −60 % on the pipeline bench. The WAL file
 * grows to ~8 MB; its index lives in heap memory (EXCLUSIVE locking), ~64 KB for that size.
 */
const WAL_AUTOCHECKPOINT_PAGES = 4000;

const openInThisProcess = new Set<string>();

/**
 * Marks `dbPath` as open in this process (a second open here fails at once instead of waiting on the
 * lock). The daemon's thread marks a file its store thread opens, since module state is per thread.
 */
export function holdInProcess(dbPath: string): () => void {
  if (openInThisProcess.has(dbPath)) throw new StoreError(`SOC store: ${dbPath} is already open in this process`, dbPath);
  openInThisProcess.add(dbPath);
  return () => openInThisProcess.delete(dbPath);
}

function lockDir(dbPath: string): string {
  return `${dbPath}.lock`;
}
function pidFile(dbPath: string): string {
  return `${dbPath}.pid`;
}

/** Linux: the process start time (clock ticks since boot), which tells a reused pid from the owner. */
function startTimeOf(pid: number | 'self'): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; fields after the parenthesized command name (which may contain spaces) are plain.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isAlive(pid: number, startTime: string | undefined): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // Same pid but a different start time: the owner died and its pid was reused (containers restart at low pids).
  const now = startTimeOf(pid);
  return startTime === undefined || now === undefined || now === startTime;
}

/**
 * The VFS locks with a `soc.db.lock` directory that a killed process leaves behind, after which
 * every open fails with "database is locked". So ownership is tracked in `soc.db.pid` (created
 * atomically): a live owner means the file is in use; a dead or missing one means a leftover lock
 * is stale and is removed.
 */
export function claimOwnership(dbPath: string, logger: Logger): () => void {
  const unhold = holdInProcess(dbPath);
  const pf = pidFile(dbPath);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(pf, 'wx', 0o600);
      writeSync(fd, `${process.pid} ${startTimeOf('self') ?? '-'}\n`);
      closeSync(fd);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) {
        unhold();
        throw storeOpenError(e, dbPath);
      }
      const [pidText, startText] = readFileSync(pf, 'utf8').trim().split(' ');
      const pid = Number.parseInt(pidText, 10);
      const startTime = startText === undefined || startText === '-' ? undefined : startText;
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid, startTime)) {
        unhold();
        throw new StoreError(
          `SOC store: ${dbPath} is in use by another process (pid ${pid}). Stop that soc-agents daemon first; ` +
            `if none is running, delete ${pf}.`,
          dbPath,
        );
      }
      unlinkSync(pf);
      logger.log('warn', 'store: previous owner did not close the database (crash or kill); recovering', { dbPath, pid });
    }
  }
  if (existsSync(lockDir(dbPath)) && statSync(lockDir(dbPath)).isDirectory()) {
    rmSync(lockDir(dbPath), { recursive: true, force: true });
    logger.log('warn', 'store: removed a stale lock left by a process that did not close the database', { dbPath });
  }
  return () => {
    unhold();
    rmSync(pf, { force: true });
  };
}

export function storeOpenError(e: unknown, dbPath: string): StoreError {
  if (e instanceof StoreError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  const hint = /not a database|malformed|corrupt/i.test(detail)
    ? ' The file is not a readable SOC database; move it aside to start fresh.'
    : '';
  return new StoreError(`SOC store: cannot open ${dbPath}: ${detail}.${hint}`, dbPath, { cause: e });
}

/** Opens the file with the pragmas described above; returns the connection and the journal mode in force. */
export function openConnection(dbPath: string, logger: Logger, opts: { mustExist?: boolean; synchronous?: SyncMode } = {}): { db: Database; journal: JournalMode; synchronous: SyncMode } {
  if (existsSync(dbPath) && !statSync(dbPath).isFile()) throw new StoreError(`SOC store: cannot open ${dbPath}: it is not a file`, dbPath);
  let db: Database | undefined;
  try {
    db = new Database(dbPath, { fileMustExist: opts.mustExist === true });
    // Only takes effect while the file is still empty (a new database).
    db.exec(`PRAGMA page_size=${NEW_DB_PAGE_SIZE}`);
    db.exec('PRAGMA locking_mode=EXCLUSIVE');
    const mode = db.get('PRAGMA journal_mode=WAL')?.journal_mode;
    let journal: JournalMode = 'wal';
    if (mode !== 'wal') {
      db.get('PRAGMA journal_mode=DELETE');
      journal = 'delete';
      logger.log('warn', 'store: WAL unavailable, using a rollback journal', { dbPath, mode });
    }
    // A rollback journal is only safe with FULL; NORMAL is offered for WAL alone.
    const synchronous: SyncMode = journal === 'wal' && opts.synchronous === 'normal' ? 'normal' : 'full';
    db.exec(`PRAGMA synchronous=${synchronous.toUpperCase()}`);
    if (journal === 'wal') db.exec(`PRAGMA wal_autocheckpoint=${WAL_AUTOCHECKPOINT_PAGES}`);
    // Reads the schema now, so a damaged file fails here with its path rather than later.
    db.get('SELECT count(*) AS n FROM sqlite_schema');
    return { db, journal, synchronous };
  } catch (e) {
    try {
      if (db?.isOpen) db.close();
    } catch {
      // The original error is the one worth reporting.
    }
    throw storeOpenError(e, dbPath);
  }
}
