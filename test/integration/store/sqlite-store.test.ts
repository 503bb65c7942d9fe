import { strict as assert } from 'node:assert';
import { statSync } from 'node:fs';
import { openStore, type SqliteStore } from '../../../daemon/src/store';
import { ManualClock } from '../../../daemon/src/util/clock';
import { action, alert, approval, enforcement, event, incident, tempRoot } from './helpers';

describe('SqliteStore: records round-trip through a real file', () => {
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

  async function reopen(): Promise<void> {
    await store.close();
    store = await openStore(t.dataDir, { clock: new ManualClock() });
  }

  it('creates the data folder private (0700) with soc.db in it, using WAL', () => {
    assert.equal(statSync(t.dataDir).mode & 0o777, 0o700);
    assert.ok(statSync(store.dbPath).isFile());
    assert.equal(store.stats().journalMode, 'wal');
    assert.equal(store.stats().synchronous, 'full');
  });

  it('events and alerts survive a close and re-open; alerts list newest first with filters', async () => {
    await store.insertEvent(event(1));
    await store.insertAlert(alert(1, 100));
    await store.insertAlert(alert(2, 200, 'inc-1'));
    await store.insertAlert(alert(3, 300, 'inc-1'));
    await reopen();
    assert.equal(await store.countEvents(), 1);
    assert.deepEqual((await store.listAlerts()).map((a) => a.id), ['al-3', 'al-2', 'al-1']);
    assert.deepEqual((await store.listAlerts({ incidentId: 'inc-1', limit: 1 })).map((a) => a.id), ['al-3']);
    assert.deepEqual((await store.listAlerts({ since: 200 })).map((a) => a.id), ['al-3', 'al-2']);
    assert.deepEqual((await store.listAlerts())[2], alert(1, 100));
  });

  it('re-inserting an alert with its incident id updates it instead of duplicating it', async () => {
    await store.insertAlert(alert(1, 100));
    await store.insertAlert(alert(1, 100, 'inc-4'));
    const all = await store.listAlerts();
    assert.equal(all.length, 1);
    assert.equal(all[0].incidentId, 'inc-4');
    assert.equal((await store.listAlerts({ incidentId: 'inc-4' })).length, 1);
  });

  it('incidents: upsert, get, find the open one by key and window, list by status', async () => {
    await store.upsertIncident(incident('inc-1'));
    await store.upsertIncident(incident('inc-2', { key: 'other', lastSeen: 9_000 }));
    await store.upsertIncident(incident('inc-1', { alertCount: 3, lastSeen: 7_000 }));
    await reopen();
    assert.deepEqual(await store.getIncident('inc-1'), incident('inc-1', { alertCount: 3, lastSeen: 7_000 }));
    assert.equal(await store.getIncident('nope'), undefined);
    assert.equal((await store.findOpenIncident('ip:10.0.0.1|prompt_injection', 7_000))?.id, 'inc-1');
    assert.equal(await store.findOpenIncident('ip:10.0.0.1|prompt_injection', 7_001), undefined, 'outside the window');
    await store.upsertIncident(incident('inc-1', { status: 'resolved', lastSeen: 7_000 }));
    assert.equal(await store.findOpenIncident('ip:10.0.0.1|prompt_injection', 0), undefined, 'resolved is not open');
    assert.deepEqual((await store.listIncidents()).map((i) => i.id), ['inc-2', 'inc-1']);
    assert.deepEqual((await store.listIncidents({ status: 'resolved' })).map((i) => i.id), ['inc-1']);
    assert.deepEqual((await store.listIncidents({ since: 8_000 })).map((i) => i.id), ['inc-2']);
  });

  it('actions and approvals: upsert, get, list newest first with incident/status/limit filters', async () => {
    await store.upsertAction(action('a1', { ts: 1 }));
    await store.upsertAction(action('a2', { ts: 2, incidentId: 'inc-2' }));
    await store.upsertAction(action('a1', { ts: 1, status: 'failed', attempts: 3, error: 'timeout' }));
    await store.upsertApproval(approval('p1', { requestedAt: 10 }));
    await store.upsertApproval(approval('p2', { requestedAt: 20 }));
    await store.upsertApproval(approval('p1', { requestedAt: 10, status: 'approved', decidedAt: 15, decidedBy: 'admin' }));
    await reopen();
    assert.deepEqual((await store.listActions()).map((a) => a.id), ['a2', 'a1']);
    assert.deepEqual(await store.listActions({ incidentId: 'inc-1' }), [action('a1', { ts: 1, status: 'failed', attempts: 3, error: 'timeout' })]);
    assert.deepEqual((await store.listActions({ limit: 1 })).map((a) => a.id), ['a2']);
    assert.deepEqual(await store.getApproval('p1'), approval('p1', { requestedAt: 10, status: 'approved', decidedAt: 15, decidedBy: 'admin' }));
    assert.deepEqual((await store.listApprovals({ status: 'pending' })).map((a) => a.id), ['p2']);
    assert.deepEqual((await store.listApprovals()).map((a) => a.id), ['p2', 'p1']);
    assert.deepEqual((await store.listApprovals({ since: 15 })).map((a) => a.id), ['p2']);
  });

  it('enforcement: live entries only, upsert replaces, remove lifts; offenses keep counting', async () => {
    const block = enforcement('block_ip', '10.0.0.1', 50_000, { incidentId: 'inc-1' });
    const limit = enforcement('rate_limit', 's1', 20_000, { limit: { requests: 5, windowSec: 120 } });
    await store.upsertEnforcement(block);
    await store.upsertEnforcement(limit);
    await store.upsertEnforcement(enforcement('suspend_user', 'u1', 10_000));
    await reopen();
    assert.deepEqual(await store.listEnforcement(10_000), [limit, block], 'expired at 10_000 is not listed');
    await store.upsertEnforcement({ ...block, expiresAt: 90_000, offenses: 2 });
    await store.removeEnforcement('rate_limit', 's1');
    assert.deepEqual(await store.listEnforcement(0), [enforcement('suspend_user', 'u1', 10_000), { ...block, expiresAt: 90_000, offenses: 2 }]);

    assert.equal(await store.offenseCount('block_ip', '10.0.0.1'), 0);
    assert.equal(await store.recordOffense('block_ip', '10.0.0.1', 1), 1);
    assert.equal(await store.recordOffense('block_ip', '10.0.0.1', 2), 2);
    await store.removeEnforcement('block_ip', '10.0.0.1');
    await reopen();
    assert.equal(await store.offenseCount('block_ip', '10.0.0.1'), 2, 'escalation survives lifting and restart');
    assert.equal(await store.offenseCount('rate_limit', '10.0.0.1'), 0);
  });

  it('feedback counts per pattern; a later verdict on the same incident replaces the earlier', async () => {
    const k = 'prompt_injection|PI-001';
    await store.addFeedback({ incidentId: 'i1', patternKey: k, feedback: 'false_positive', ts: 1, by: 'ana' });
    await store.addFeedback({ incidentId: 'i2', patternKey: k, feedback: 'false_positive', ts: 2, by: 'ana' });
    await store.addFeedback({ incidentId: 'i3', patternKey: k, feedback: 'confirmed', ts: 3, by: 'ana' });
    await store.addFeedback({ incidentId: 'i2', patternKey: k, feedback: 'confirmed', ts: 4, by: 'bo' });
    await reopen();
    assert.deepEqual(await store.feedbackFor(k), { falsePositive: 1, confirmed: 2 });
    assert.deepEqual(await store.feedbackFor('other'), { falsePositive: 0, confirmed: 0 });
  });

  it('log offsets: set, replace, get after re-open', async () => {
    await store.setLogOffset({ path: '/l/a.jsonl', fileId: '1:2', offset: 10 });
    await store.setLogOffset({ path: '/l/a.jsonl', fileId: '1:3', offset: 0 });
    await reopen();
    assert.deepEqual(await store.getLogOffset('/l/a.jsonl'), { path: '/l/a.jsonl', fileId: '1:3', offset: 0 });
    assert.equal(await store.getLogOffset('/l/b.jsonl'), undefined);
  });

  it('claimExecution is true for the first caller only, also after re-open; release allows a retry', async () => {
    const key = 'inc-1|block_ip|10.0.0.1';
    const first = await Promise.all([store.claimExecution(key, 1), store.claimExecution(key, 1), store.claimExecution(key, 1)]);
    assert.deepEqual(first, [true, false, false]);
    await reopen();
    assert.equal(await store.claimExecution(key, 2), false, 'the claim survived the restart');
    await store.releaseExecution(key);
    assert.equal(await store.claimExecution(key, 3), true);
  });

  it('many concurrent calls of every kind complete without interleaving damage', async () => {
    const ops: Promise<unknown>[] = [];
    for (let i = 0; i < 200; i++) {
      ops.push(store.insertEvent(event(i)));
      ops.push(store.appendAudit({ ts: i, actor: 'remediator', action: 'monitor', target: `t${i}`, reason: 'r', details: { i } }));
      ops.push(store.recordOffense('rate_limit', 'x', i));
    }
    await Promise.all(ops);
    assert.equal(await store.countEvents(), 200);
    assert.equal(await store.offenseCount('rate_limit', 'x'), 200);
    assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 200 });
  });
});
