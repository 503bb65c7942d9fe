import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import { Database } from 'node-sqlite3-wasm';
import { MIGRATIONS, dbPathIn, migrate, openStore, type Migration } from '../../../daemon/src/store';
import { GENESIS_HASH, auditHash } from '../../../daemon/src/store/audit-chain';
import { rawConnection, tempRoot } from './helpers';

function versions(dbPath: string): number[] {
  const db = rawConnection(dbPath);
  try {
    return db.all('SELECT version FROM schema_migrations ORDER BY version').map((r) => Number(r.version));
  } finally {
    db.close();
  }
}

/** A database as an older release left it: only the first `upTo` migrations applied. */
function oldDatabase(dbPath: string, upTo: number): Database {
  const db = rawConnection(dbPath, true);
  db.exec('PRAGMA journal_mode=WAL');
  migrate(db, dbPath, 0, MIGRATIONS.slice(0, upTo));
  return db;
}

describe('SqliteStore: schema migrations', () => {
  let t: ReturnType<typeof tempRoot>;
  beforeEach(() => {
    t = tempRoot();
    mkdirSync(t.dataDir);
  });
  afterEach(() => t.cleanup());
  const dbPath = (): string => dbPathIn(t.dataDir);

  it('a new database gets every migration; re-opening applies none', async () => {
    const store = await openStore(t.dataDir);
    assert.equal(store.stats().schemaVersion, MIGRATIONS.length);
    await store.upsertEnforcement({ kind: 'block_ip', target: '1.1.1.1', reason: 'r', createdAt: 0, expiresAt: 10, offenses: 1 });
    await store.close();
    assert.deepEqual(versions(dbPath()), MIGRATIONS.map((m) => m.version));
    const again = await openStore(t.dataDir);
    assert.equal((await again.listEnforcement(0)).length, 1, 'data kept');
    await again.close();
    assert.deepEqual(versions(dbPath()), MIGRATIONS.map((m) => m.version), 'nothing re-applied');
  });

  it('upgrades a version-1 database in place: data kept, the audit chain gets its head and stays valid', async () => {
    const db = oldDatabase(dbPath(), 1);
    // Version 1 had no chain head: write two linked records the way it did.
    let prev = GENESIS_HASH;
    for (const seq of [1, 2]) {
      const rec = { seq, ts: seq, actor: 'remediator', action: 'block_ip', target: '1.1.1.1', reason: 'old', details: {}, prevHash: prev };
      prev = auditHash(rec);
      db.run('INSERT INTO audit (seq, ts, actor, action, target, reason, details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)', [
        seq, seq, rec.actor, rec.action, rec.target, rec.reason, '{}', rec.prevHash, prev,
      ]);
    }
    db.close();
    assert.deepEqual(versions(dbPath()), [1]);

    const store = await openStore(t.dataDir);
    assert.equal(store.stats().schemaVersion, 2);
    assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 2 });
    const next = await store.appendAudit({ ts: 3, actor: 'admin', action: 'lift', target: '1.1.1.1', reason: 'new', details: {} });
    assert.equal(next.seq, 3);
    assert.equal(next.prevHash, prev);
    assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 3 });
    await store.close();
    assert.deepEqual(versions(dbPath()), [1, 2]);
  });

  it('a failing migration rolls back all of its batch and names the versions', () => {
    const db = oldDatabase(dbPath(), 1);
    try {
      const broken: Migration[] = [
        ...MIGRATIONS,
        { version: MIGRATIONS.length + 1, name: 'adds a table', up: 'CREATE TABLE extra (x INTEGER)' },
        { version: MIGRATIONS.length + 2, name: 'fails', up: 'THIS IS NOT SQL' },
      ];
      assert.throws(() => migrate(db, dbPath(), 0, broken), new RegExp(`versions 2, 3, 4\\) failed and was rolled back`));
      assert.equal(Number(db.get('SELECT max(version) AS v FROM schema_migrations')?.v), 1);
      assert.equal(db.get("SELECT name FROM sqlite_schema WHERE name IN ('extra', 'audit_no_update')"), null);
    } finally {
      db.close();
    }
  });

  it('refuses a database written by a newer release, with the path and both versions in the error', async () => {
    const db = oldDatabase(dbPath(), MIGRATIONS.length);
    db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [99, 'from the future', 0]);
    db.close();
    await assert.rejects(openStore(t.dataDir), (e: Error) => {
      assert.equal(e.name, 'StoreError');
      assert.match(e.message, /schema version 99, newer than this soc-agents supports \(2\)/);
      assert.ok(e.message.includes(dbPath()));
      return true;
    });
    // The refused open released the file: an older-version open can be retried after an upgrade.
    const raw = rawConnection(dbPath());
    raw.close();
  });
});
