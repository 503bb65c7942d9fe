import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../../daemon/src/store';
import { StoreError } from '../../../daemon/src/store/errors';
import { openThreadedStore, type ThreadedStore } from '../../../daemon/src/store/thread/threaded-store';
import { MemoryLogger } from '../../../daemon/src/util/logger';
import { enforcement, event, incident, killHard, spawnTs, tempRoot } from './helpers';

describe('ThreadedStore: SQLite in its own thread', function () {
  this.timeout(20_000);
  let t: ReturnType<typeof tempRoot>;
  let store: ThreadedStore | undefined;
  beforeEach(() => (t = tempRoot()));
  afterEach(async () => {
    await store?.close();
    store = undefined;
    t.cleanup();
  });

  it('answers reads with the writes issued before them, in order, and keeps the audit chain', async () => {
    store = await openThreadedStore(t.dataDir, { logger: new MemoryLogger() });
    // Issued without awaiting: the read must still see the write before it.
    const written = store.upsertIncident(incident('inc-1'));
    const read = store.getIncident('inc-1');
    const [, got] = await Promise.all([written, read]);
    assert.equal(got?.id, 'inc-1');
    const a = await store.appendAudit({ ts: 1, actor: 'remediator', action: 'block_ip.applied', target: '10.0.0.1', reason: 'r', details: {} });
    const b = await store.appendAudit({ ts: 2, actor: 'remediator', action: 'block_ip.lifted', target: '10.0.0.1', reason: 'r', details: {} });
    assert.equal(b.prevHash, a.hash);
    assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 2 });
    assert.equal(await store.claimExecution('k', 1), true);
    assert.equal(await store.claimExecution('k', 2), false);
  });

  it('a restriction written through the thread is on disk with its TTL once its promise resolves; close writes the buffered events', async () => {
    store = await openThreadedStore(t.dataDir, { logger: new MemoryLogger() });
    for (let i = 0; i < 5; i++) await store.insertEvent(event(i));
    await store.upsertEnforcement(enforcement('block_ip', '203.0.113.7', 3_600_000));
    await store.insertEvent(event(5));
    await store.close();
    store = undefined;
    const inline = await openStore(t.dataDir);
    try {
      assert.deepEqual((await inline.listEnforcement(0)).map((e) => [e.kind, e.target, e.expiresAt]), [['block_ip', '203.0.113.7', 3_600_000]]);
      assert.equal(await inline.countEvents(), 6);
    } finally {
      await inline.close();
    }
  });

  it('when the thread falls behind, events are dropped and counted and other calls are refused, never lost silently', async () => {
    const logger = new MemoryLogger();
    store = await openThreadedStore(t.dataDir, { logger, maxQueued: 10 });
    const s = store;
    // All issued in one turn: the thread has taken none of them up yet.
    const first = s.upsertEnforcement(enforcement('block_ip', '203.0.113.8', 60_000));
    const inserts = Array.from({ length: 30 }, (_, i) => s.insertEvent(event(i)));
    const refused = s.upsertEnforcement(enforcement('block_ip', '203.0.113.9', 60_000));
    await Promise.all(inserts);
    await assert.rejects(refused, (e: unknown) => e instanceof StoreError && /waiting for the store thread/.test(e.message));
    const stats = s.stats();
    assert.ok(stats.droppedRecords > 0, 'the drops are counted');
    assert.ok(logger.records.some((r) => r.level === 'error' && /dropped/.test(r.msg)), 'and logged');
    await first;
    // Caught up: calls are accepted again, and what was accepted is all there.
    await s.flush();
    assert.equal((await s.countEvents()) + s.stats().droppedRecords, 30);
    assert.deepEqual((await s.listEnforcement(0)).map((e) => e.target), ['203.0.113.8']);
  });

  it('awaiting the store keeps a process alive until the answer, close included (the idle thread does not)', async () => {
    const { child } = await spawnTs(join(__dirname, 'fixtures', 'close-and-report.ts'), [t.dataDir]);
    await killHard(child);
    const inline = await openStore(t.dataDir);
    try {
      assert.deepEqual((await inline.listEnforcement(0)).map((e) => e.target), ['203.0.113.5']);
    } finally {
      await inline.close();
    }
  });

  it('says when it is far behind the calls handed to it, and when it has caught up (producers wait on it)', async () => {
    store = await openThreadedStore(t.dataDir, { logger: new MemoryLogger() });
    assert.equal(store.behind(), undefined, 'nothing pending');
    for (let i = 0; i < 3_000; i++) void store.insertEvent(event(i));
    const behind = store.behind();
    assert.ok(behind, 'thousands of calls not taken up yet');
    await behind;
    assert.ok(store.queued() <= 500);
    await store.flush();
    assert.equal(await store.countEvents(), 3_000);
  });

  it('a second open of the same file in this process is refused while the thread holds it', async () => {
    store = await openThreadedStore(t.dataDir, { logger: new MemoryLogger() });
    await assert.rejects(openThreadedStore(t.dataDir, { logger: new MemoryLogger() }), /already open in this process/);
    await assert.rejects(openStore(t.dataDir), /already open in this process/);
  });

  it('a file that is not a database fails to open with a StoreError naming it', async () => {
    store = await openThreadedStore(t.dataDir, { logger: new MemoryLogger() });
    await store.close();
    store = undefined;
    writeFileSync(join(t.dataDir, 'soc.db'), 'not a database at all, just text'.repeat(200));
    await assert.rejects(openThreadedStore(t.dataDir, { logger: new MemoryLogger() }), (e: unknown) => e instanceof StoreError && /soc\.db/.test(e.message));
    // The failed open released the file: it can be opened (and fail the same way) again.
    await assert.rejects(openThreadedStore(t.dataDir, { logger: new MemoryLogger() }), /soc\.db/);
  });
});
