import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Logger } from '../../util/logger';
import { openStore, type SqliteStore } from '../sqlite-store';
import { wireError, type Answer, type Call, type FromThread, type ThreadData } from './messages';

/**
 * The store thread: owns the SQLite connection (and so every commit, checkpoint and retention
 * prune) so that none of it runs on the daemon's event loop. Calls arrive in batches and are
 * issued synchronously in order into the SqliteStore, exactly as the daemon's thread used to;
 * answers go back in batches once their promises settle (a durable write: after its group commit).
 */
if (parentPort === null) throw new Error('store-thread-main runs as a worker thread');
const port: MessagePort = parentPort;
const { dataDir, opts } = workerData as ThreadData;
const post = (m: FromThread): void => port.postMessage(m);
const logger: Logger = { log: (level, msg, fields) => post({ kind: 'log', level, msg, ...(fields ? { fields } : {}) }) };

let answers: Answer[] = [];
let taken = 0;
let sendScheduled = false;

function send(store: SqliteStore): void {
  sendScheduled = false;
  const batch = answers;
  answers = [];
  post({ kind: 'answers', answers: batch, taken, stats: store.stats() });
}

/** Answers settled in the same turn leave together (one message per microtask checkpoint). */
function scheduleSend(store: SqliteStore): void {
  if (sendScheduled) return;
  sendScheduled = true;
  queueMicrotask(() => send(store));
}

function run(store: SqliteStore, c: Call): void {
  switch (c.kind) {
    case 'event':
      store.bufferEvent(c.row);
      return;
    case 'alert':
      store.bufferAlert(c.row);
      return;
    case 'close':
      void store
        .close()
        .then(
          () => post({ kind: 'closed' }),
          (e: unknown) => post({ kind: 'closed', error: wireError(e) }),
        )
        .finally(() => port.close());
      return;
    case 'op': {
      let result: Promise<unknown>;
      try {
        result = (store[c.op] as (this: SqliteStore, ...args: unknown[]) => Promise<unknown>).apply(store, c.args);
      } catch (e) {
        result = Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
      const answer = (a: Answer): void => {
        answers.push(a);
        scheduleSend(store);
      };
      result.then(
        (value) => answer({ seq: c.seq, ok: true, value }),
        (e: unknown) => answer({ seq: c.seq, ok: false, error: wireError(e) }),
      );
    }
  }
}

openStore(dataDir, { ...opts, logger }).then(
  (store) => {
    post({ kind: 'opened', dbPath: store.dbPath, journalMode: store.journalMode, synchronous: store.synchronous, schemaVersion: store.schemaVersion, stats: store.stats() });
    port.on('message', (calls: Call[]) => {
      for (const c of calls) run(store, c);
      taken = calls[calls.length - 1]?.seq ?? taken;
      scheduleSend(store);
    });
  },
  (e: unknown) => {
    post({ kind: 'open-failed', error: wireError(e) });
    port.close();
  },
);
