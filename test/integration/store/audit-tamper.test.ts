import { strict as assert } from 'node:assert';
import { openStore, type SqliteStore } from '../../../daemon/src/store';
import { GENESIS_HASH, auditHash } from '../../../daemon/src/store/audit-chain';
import { rawConnection, tempRoot } from './helpers';

describe('SqliteStore: tamper-evident audit trail', () => {
  let t: ReturnType<typeof tempRoot>;
  let dbPath: string;

  beforeEach(async () => {
    t = tempRoot();
    const store = await openStore(t.dataDir);
    for (let i = 1; i <= 5; i++) {
      await store.appendAudit({ ts: 1_000 * i, actor: 'remediator', action: 'block_ip', target: `10.0.0.${i}`, reason: `exfiltration attempt ${i}`, details: { durationSec: 3600 * i, rule: ['DE-001'] } });
    }
    dbPath = store.dbPath;
    await store.close();
  });
  afterEach(() => t.cleanup());

  /** Edits the closed file through a second connection, as an attacker with file access would. */
  function tamper(sql: string): void {
    const db = rawConnection(dbPath);
    try {
      db.exec('DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete;');
      db.exec(sql);
    } finally {
      db.close();
    }
  }

  async function verify(): Promise<Awaited<ReturnType<SqliteStore['verifyAudit']>>> {
    const store = await openStore(t.dataDir);
    try {
      return await store.verifyAudit();
    } finally {
      await store.close();
    }
  }

  it('links each record to the previous one from the genesis hash, and verifies', async () => {
    const store = await openStore(t.dataDir);
    const records = await store.listAudit();
    assert.deepEqual(records.map((r) => r.seq), [5, 4, 3, 2, 1], 'newest first');
    assert.equal(records[4].prevHash, GENESIS_HASH);
    for (let i = 0; i < 4; i++) assert.equal(records[i].prevHash, records[i + 1].hash);
    assert.deepEqual(records[0].details, { durationSec: 18_000, rule: ['DE-001'] });
    assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 5 });
    await store.close();
  });

  it('an edited reason is reported at that record', async () => {
    tamper("UPDATE audit SET reason = 'routine maintenance' WHERE seq = 3");
    const check = await verify();
    assert.equal(check.ok, false);
    assert.equal(check.brokenAt, 3);
    assert.equal(check.checked, 2);
    assert.match(check.reason ?? '', /record 3 was modified/);
  });

  it('an edit whose hash was recomputed is caught at the next link', async () => {
    const store = await openStore(t.dataDir);
    const [original] = await store.listAudit({ text: 'attempt 2' });
    await store.close();
    const forged = { ...original, reason: 'routine maintenance' };
    const hash = auditHash(forged);
    tamper(`UPDATE audit SET reason = 'routine maintenance', hash = '${hash}' WHERE seq = 2`);
    const check = await verify();
    assert.equal(check.brokenAt, 3, 'record 2 now matches its own hash, but record 3 links to the old one');
    assert.match(check.reason ?? '', /record 3 does not link to record 2/);
  });

  it('a deleted record is reported at its seq', async () => {
    tamper('DELETE FROM audit WHERE seq = 2');
    const check = await verify();
    assert.equal(check.brokenAt, 2);
    assert.match(check.reason ?? '', /record 2 is missing/);
  });

  it('a deleted tail is reported, and new records do not hide the gap', async () => {
    tamper('DELETE FROM audit WHERE seq >= 4');
    const check = await verify();
    assert.equal(check.brokenAt, 4);
    assert.match(check.reason ?? '', /records 4\.\.5 are missing/);
    const store = await openStore(t.dataDir);
    const next = await store.appendAudit({ ts: 9_000, actor: 'system', action: 'start', target: '-', reason: 'restart', details: {} });
    assert.equal(next.seq, 6, 'chains onto the recorded head, not onto the truncated table');
    assert.equal((await store.verifyAudit()).brokenAt, 4);
    await store.close();
  });

  it('swapped records are reported at the first swapped position', async () => {
    tamper('UPDATE audit SET seq = -2 WHERE seq = 2; UPDATE audit SET seq = 2 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = -2;');
    const check = await verify();
    assert.equal(check.brokenAt, 2);
    assert.match(check.reason ?? '', /does not link/);
  });

  it('the store itself refuses to update or delete audit records', () => {
    const db = rawConnection(dbPath);
    try {
      assert.throws(() => db.exec("UPDATE audit SET reason = 'x' WHERE seq = 1"), /append-only/);
      assert.throws(() => db.exec('DELETE FROM audit'), /append-only/);
    } finally {
      db.close();
    }
  });

  it('verifies a long chain in pages, including records appended while it runs, and finds an edit deep in it', async () => {
    let store = await openStore(t.dataDir, { synchronous: 'normal' });
    for (let i = 6; i <= 2_600; i++) await store.appendAudit({ ts: i, actor: 'remediator', action: 'monitor', target: `s${i}`, reason: 'r', details: { i } });
    const running = store.verifyAudit();
    const appended = Promise.all([1, 2, 3].map((i) => store.appendAudit({ ts: 9_000 + i, actor: 'system', action: 'tick', target: '-', reason: 'during verify', details: {} })));
    await appended;
    const check = await running;
    assert.equal(check.ok, true);
    assert.equal(check.checked, 2_603, 'the records appended after the first page are walked too');
    await store.close();
    tamper("UPDATE audit SET target = 'elsewhere' WHERE seq = 1800");
    store = await openStore(t.dataDir);
    assert.deepEqual(await store.verifyAudit(), { ok: false, checked: 1_799, brokenAt: 1_800, reason: 'record 1800 was modified (its content does not match its hash)' });
    await store.close();
  });

  it('listAudit filters by text (literally, case-insensitively), since and limit', async () => {
    const store = await openStore(t.dataDir);
    await store.appendAudit({ ts: 6_000, actor: 'admin:ana', action: 'lift', target: '10.0.0.1', reason: '100% sure it was a_test', details: {} });
    assert.deepEqual((await store.listAudit({ text: 'ATTEMPT 3' })).map((r) => r.seq), [3]);
    assert.deepEqual((await store.listAudit({ text: '100%' })).map((r) => r.seq), [6], '% is not a wildcard');
    assert.deepEqual((await store.listAudit({ text: 'a_t' })).map((r) => r.seq), [6], '_ is not a wildcard');
    assert.deepEqual((await store.listAudit({ text: 'admin:' })).map((r) => r.seq), [6], 'matches the actor');
    assert.deepEqual((await store.listAudit({ text: '10.0.0.1' })).map((r) => r.seq), [6, 1], 'matches the target');
    assert.deepEqual((await store.listAudit({ since: 4_000, limit: 2 })).map((r) => r.seq), [6, 5]);
    await store.close();
  });
});
