import type { LogLevel } from '../../util/logger';
import type { JournalMode, SyncMode } from '../connection';
import type { SqliteStoreOptions } from '../open-store';
import type { Store, StoreStats } from '../store';
import type { AlertRow, EventRow } from '../write-buffer';

/**
 * What the daemon's thread and the store thread say to each other (structured clone over the
 * worker's port). One channel, processed in order: the store thread issues operations in exactly
 * the order the daemon called them, so read-your-writes and in-order durability hold as on one thread.
 */

/** Store methods called through the thread with an answer (every one but the write-behind inserts, close and the caller-side `behind`). */
export type ThreadOp = Exclude<keyof Store, 'insertEvent' | 'insertAlert' | 'close' | 'behind'>;

export type Call =
  /** `seq` numbers every call; an answer is expected when `answer` is set. */
  | { kind: 'op'; seq: number; op: ThreadOp; args: unknown[] }
  /** Write-behind rows, serialized by the caller: no answer (their fate shows in the stats). */
  | { kind: 'event'; seq: number; row: EventRow }
  | { kind: 'alert'; seq: number; row: AlertRow }
  | { kind: 'close'; seq: number };

/** A failure as it crosses the thread boundary (the daemon's side turns it back into a StoreError). */
export interface WireError {
  message: string;
}

export type Answer = { seq: number; ok: true; value: unknown } | { seq: number; ok: false; error: WireError };

export type FromThread =
  | { kind: 'opened'; dbPath: string; journalMode: JournalMode; synchronous: SyncMode; schemaVersion: number; stats: StoreStats }
  | { kind: 'open-failed'; error: WireError }
  /** Answers, plus the last call taken up (`taken`) and the stats after it. */
  | { kind: 'answers'; answers: Answer[]; taken: number; stats: StoreStats }
  | { kind: 'log'; level: LogLevel; msg: string; fields?: Record<string, unknown> }
  | { kind: 'closed'; error?: WireError };

/** What the store thread is started with: the store's options minus the clock and logger (which stay on the daemon's side). */
export interface ThreadData {
  dataDir: string;
  opts: Omit<SqliteStoreOptions, 'clock' | 'logger'>;
}

export function wireError(e: unknown): WireError {
  return { message: e instanceof Error ? e.message : String(e) };
}
