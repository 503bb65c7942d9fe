import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import { dbPathIn, openStore, type SqliteStore } from '../../../daemon/src/store';
import { Sql } from '../../../daemon/src/store/sql';
import { ManualClock } from '../../../daemon/src/util/clock';
import { alert, enforcement, event, incident, rawConnection, tempRoot } from './helpers';

/** The store's connection (private): the tests below make its COMMIT fail once, as a full disk would. */
function sqlOf(store: SqliteStore): Sql {
  return (store as unknown as { sql: Sql }).sql;
}

function failNextCommit(store: SqliteStore, message = 'disk I/O error'): void {
  const sql = sqlOf(store);
  const commit = sql.commit.bind(sql);
  sql.commit = () => {
    sql.commit = commit;
    throw new Error(message);
  };
}

const audit = (i: number) => ({ ts: i, actor: 'remediator', action: 'block_ip.applied', target: `10.0.0.${i}`, reason: 'test', details: { i } });

describe('SqliteStore: group commit', () => {
  let t: ReturnType<typeof tempRoot>;
  let store: SqliteStore;
  beforeEach(async () => {
    t = tempRoot();
    store = await openStore(t.dataDir, { clock: new ManualClock() });
  });
  afterEach(async () => {
    try {
      await store.close();
    } finally {
      t.cleanup();
    }
  });

  it('durable writes issued in the same turn share one commit, and each resolves only after it', async () => {
    const before = store.stats().commits;
    const committedWhenResolved: number[] = [];
    const writes = [
      store.upsertIncident(incident('inc-1')),
      store.claimExecution('inc-1:block_ip:10.0.0.1', 1),
      store.upsertEnforcement(enforcement('block_ip', '10.0.0.1', 9_999)),
      store.recordOffense('block_ip', '10.0.0.1', 1),
      store.appendAudit(audit(1)),
      store.appendAudit(audit(2)),
    ].map((p) => p.then(() => committedWhenResolved.push(store.stats().commits.commits)));
    assert.equal(store.stats().commits.commits, before.commits, 'nothing is committed inside the turn');
    await Promise.all(writes);
    const after = store.stats().commits;
    assert.equal(after.commits, before.commits + 1, 'one commit for the whole group');
    assert.equal(after.writes, before.writes + 6);
    assert.deepEqual(committedWhenResolved, new Array(6).fill(before.commits + 1), 'every caller resolved after the commit');
    assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 2 });
  });

  it('writes awaited one after another commit one after another (nothing waits for a timer)', async () => {
    const before = store.stats().commits.commits;
    for (let i = 1; i <= 5; i++) await store.appendAudit(audit(i));
    assert.equal(store.stats().commits.commits, before + 5);
  });

  it('a write that fails rejects alone: the others in its group commit', async () => {
    const bad = { ...audit(2), details: { n: 1n } as unknown as Record<string, unknown> };
    const results = await Promise.allSettled([store.appendAudit(audit(1)), store.appendAudit(bad), store.upsertIncident(incident('inc-2')), store.appendAudit(audit(3))]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'fulfilled', 'fulfilled'],
    );
    assert.match(String((results[1] as PromiseRejectedResult).reason), /appendAudit failed.*BigInt/);
    assert.ok(await store.getIncident('inc-2'));
    const trail = await store.listAudit();
    assert.deepEqual(trail.map((r) => [r.seq, r.target]).reverse(), [
      [1, '10.0.0.1'],
      [2, '10.0.0.3'],
    ]);
    assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 2 });
  });

  it('a failed COMMIT rejects every writer of the group, keeps buffered events and the audit chain intact', async () => {
    await store.appendAudit(audit(1));
    await store.insertEvent(event(1));
    failNextCommit(store);
    const results = await Promise.allSettled([store.appendAudit(audit(2)), store.upsertIncident(incident('inc-3')), store.claimExecution('k', 1)]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected', 'rejected'],
    );
    for (const r of results) assert.match(String((r as PromiseRejectedResult).reason), /StoreError: SOC store: .* failed .*disk I\/O error/);
    assert.equal(store.stats().commits.failedGroups, 1);
    // Nothing of the group is there; the event drained into it went back to the buffer.
    assert.equal(await store.getIncident('inc-3'), undefined);
    assert.equal(await store.isClaimed('k'), false);
    assert.equal(store.stats().bufferedEvents, 1);
    // The chain continues from the last committed record.
    const next = await store.appendAudit(audit(3));
    assert.equal(next.seq, 2);
    assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 2 });
    assert.equal(await store.countEvents(), 1);
    await store.close();
    const db = rawConnection(store.dbPath);
    try {
      const head = db.get("SELECT value FROM meta WHERE key = 'audit_head'")?.value;
      assert.equal(typeof head === 'string' ? (JSON.parse(head) as { seq: number }).seq : head, 2, 'the stored chain head matches');
    } finally {
      db.close();
    }
  });

  it('reads see the writes of the open group (read-your-writes), before they commit', async () => {
    const claim = store.claimExecution('inc-4:block_ip:10.0.0.4', 1);
    assert.equal(await store.isClaimed('inc-4:block_ip:10.0.0.4'), true);
    assert.equal(await claim, true);
    assert.equal(await store.claimExecution('inc-4:block_ip:10.0.0.4', 2), false);
  });

  it('buffered events and alerts drained into a group are written with it, in order', async () => {
    for (let i = 0; i < 70; i++) await store.insertEvent(event(i));
    await store.insertAlert(alert(1));
    await store.insertAlert(alert(2));
    await store.insertAlert(alert(1, 3_000, 'inc-9'));
    await store.flush();
    assert.equal(await store.countEvents(), 70);
    const alerts = await store.listAlerts();
    assert.deepEqual(
      alerts.map((a) => [a.id, a.incidentId ?? null]),
      [
        ['al-1', 'inc-9'],
        ['al-2', null],
      ],
    );
  });
});

describe('SqliteStore: new database layout', () => {
  it('creates 2 KiB pages (fewer WAL bytes per commit); an existing file keeps its page size', async () => {
    const t = tempRoot();
    try {
      const store = await openStore(t.dataDir);
      await store.appendAudit(audit(1));
      await store.close();
      const db = rawConnection(store.dbPath);
      try {
        assert.equal(db.get('PRAGMA page_size')?.page_size, 2048);
      } finally {
        db.close();
      }
    } finally {
      t.cleanup();
    }
    const old = tempRoot();
    try {
      mkdirSync(old.dataDir, { recursive: true });
      const raw = rawConnection(dbPathIn(old.dataDir), true);
      raw.exec('PRAGMA page_size=4096');
      raw.exec('CREATE TABLE t (x INTEGER)');
      raw.close();
      const store = await openStore(old.dataDir);
      await store.appendAudit(audit(1));
      await store.close();
      const db = rawConnection(store.dbPath);
      try {
        assert.equal(db.get('PRAGMA page_size')?.page_size, 4096);
      } finally {
        db.close();
      }
    } finally {
      old.cleanup();
    }
  });
});

describe('SqliteStore: group commit interval', () => {
  it('with groupCommitMs, commits under load are at least that far apart, and every writer resolves', async () => {
    const t = tempRoot();
    const store = await openStore(t.dataDir, { groupCommitMs: 20 });
    try {
      await store.appendAudit(audit(0));
      const start = performance.now();
      const before = store.stats().commits.commits;
      // Three writers, each writing again as soon as its last write resolved.
      await Promise.all(
        [1, 2, 3].map(async (w) => {
          for (let i = 0; i < 3; i++) await store.appendAudit(audit(w * 10 + i));
        }),
      );
      const commits = store.stats().commits.commits - before;
      assert.equal(commits, 3, 'the three writers shared each commit');
      assert.ok(performance.now() - start >= 2 * 19, 'commits were spaced by the interval');
      assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 10 });
    } finally {
      await store.close();
      t.cleanup();
    }
  });
});
