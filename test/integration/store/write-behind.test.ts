import { strict as assert } from 'node:assert';
import { openStore } from '../../../daemon/src/store';
import { ManualClock } from '../../../daemon/src/util/clock';
import { alert, event, rawConnection, tempRoot } from './helpers';

function rowCount(dbPath: string, table: string): number {
  const db = rawConnection(dbPath);
  try {
    return Number(db.get(`SELECT count(*) AS n FROM ${table}`)?.n);
  } finally {
    db.close();
  }
}

describe('SqliteStore: write-behind and retention', () => {
  let t: ReturnType<typeof tempRoot>;
  beforeEach(() => (t = tempRoot()));
  afterEach(() => t.cleanup());

  it('10,000 events inserted then flushed are all counted, and still there after re-open', async () => {
    const store = await openStore(t.dataDir);
    await Promise.all(Array.from({ length: 10_000 }, (_, i) => store.insertEvent(event(i))));
    await store.flush();
    assert.equal(store.stats().bufferedEvents, 0);
    assert.equal(await store.countEvents(), 10_000);
    await store.close();
    assert.equal(rowCount(store.dbPath, 'events'), 10_000, 'on disk, seen by another connection');
  });

  it('buffers events and alerts until the interval, the batch size, or close()', async () => {
    // An interval no test waits for: only the batch size and close() can write.
    const store = await openStore(t.dataDir, { flushIntervalMs: 3_600_000, maxBatch: 100 });
    for (let i = 0; i < 99; i++) await store.insertEvent(event(i));
    assert.equal(store.stats().bufferedEvents, 99, 'below the batch size nothing is written yet');
    await store.insertEvent(event(99));
    assert.equal(store.stats().bufferedEvents, 0, 'the 100th record triggers one batch write');
    await store.insertAlert(alert(1));
    await store.insertEvent(event(100));
    assert.equal(store.stats().bufferedAlerts, 1);
    await store.close();
    assert.equal(rowCount(store.dbPath, 'events'), 101);
    assert.equal(rowCount(store.dbPath, 'alerts'), 1);
  });

  it('a durable write also commits the events buffered before it', async () => {
    const store = await openStore(t.dataDir, { flushIntervalMs: 3_600_000 });
    await store.insertEvent(event(1));
    await store.appendAudit({ ts: 1, actor: 'system', action: 'start', target: '-', reason: 'test', details: {} });
    assert.equal(store.stats().bufferedEvents, 0);
    await store.close();
    assert.equal(rowCount(store.dbPath, 'events'), 1);
  });

  it('flushes on its own shortly after the first buffered record', async () => {
    const store = await openStore(t.dataDir, { flushIntervalMs: 5 });
    await store.insertEvent(event(1));
    assert.equal(store.stats().bufferedEvents, 1);
    // Wait on the store's own timer: poll once per macrotask until the buffer drains (bounded).
    const deadline = Date.now() + 5_000;
    while (store.stats().bufferedEvents > 0 && Date.now() < deadline) await new Promise((r) => setImmediate(r));
    assert.equal(store.stats().bufferedEvents, 0);
    await store.close();
  });

  it('keeps events bounded by count, pruning in amortized steps', async () => {
    const store = await openStore(t.dataDir, { retention: { maxEvents: 1_000, pruneEveryRows: 500 }, maxBatch: 250 });
    for (let i = 0; i < 5_000; i++) await store.insertEvent(event(i));
    await store.flush();
    const n = await store.countEvents();
    assert.ok(n >= 1_000 && n <= 1_500, `between the bound and bound + prune step, got ${n}`);
    await store.close();
    const db = rawConnection(store.dbPath);
    try {
      assert.equal(Number(db.get('SELECT max(ts) AS m FROM events')?.m), 1_000 + 4_999, 'the newest are kept');
    } finally {
      db.close();
    }
  });

  it('prunes events older than the age limit, measured from the newest event', async () => {
    const clock = new ManualClock();
    const store = await openStore(t.dataDir, { clock, retention: { maxEventAgeMs: 1_000, pruneEveryRows: 1_000_000, pruneEveryMs: 60_000 } });
    for (let i = 0; i < 10; i++) await store.insertEvent(event(i, i * 500));
    await store.flush();
    assert.equal(await store.countEvents(), 10, 'no prune before its time');
    clock.advance(60_000);
    await store.insertEvent(event(10, 5_000));
    await store.flush();
    // Newest ts is 5000: everything before 4000 goes (ts 4000, 4500 and 5000 stay).
    assert.equal(await store.countEvents(), 3);
    await store.close();
  });

  it('an event that cannot be serialized is refused by its own call and does not block others', async () => {
    const store = await openStore(t.dataDir);
    const bad = { ...event(1), bytes: 10n as unknown as number };
    await assert.rejects(store.insertEvent(bad), /insertEvent failed .*BigInt/);
    await store.insertEvent(event(2));
    assert.equal(await store.countEvents(), 1);
    await store.close();
  });
});
