import { strict as assert } from 'node:assert';
import { ApprovalQueue } from '../../../daemon/src/enforce/approvals';
import type { PlannedAction } from '../../../daemon/src/protocol/domain';
import { audits, closeRig, logLines, openRig, type Rig } from './rig';

const suspend: PlannedAction = { kind: 'suspend_user', target: 'mallory', reason: 'critical data exfiltration', policy: 'approval' };
const block: PlannedAction = { kind: 'block_ip', target: '203.0.113.4', reason: 'malicious input', policy: 'approval' };

describe('ApprovalQueue', () => {
  let r: Rig;
  beforeEach(async () => {
    r = await openRig();
  });
  afterEach(async () => {
    await closeRig(r);
  });

  it('queues a pending approval that expires after approvalTtlSec, persisted, audited and announced', async () => {
    const a = await r.approvals.request('inc_1', suspend);
    assert.equal(a.status, 'pending');
    assert.equal(a.expiresAt, r.clock.now() + 15 * 60 * 1000);
    assert.deepEqual(await r.sqlite.getApproval(a.id), a);
    const again = await r.approvals.request('inc_1', { ...suspend, reason: 'same action again' });
    assert.equal(again.id, a.id, 'the same pending action is not queued twice');
    assert.notEqual((await r.approvals.request('inc_1', block)).id, a.id);
    assert.equal((await r.approvals.list('pending')).length, 2);
    const [rec] = await audits(r, 'approval.requested');
    assert.deepEqual([rec.actor, rec.target, rec.details.approvalId], ['remediator', 'suspend_user mallory', a.id]);
    await r.bus.drain();
    assert.deepEqual(
      r.approvalEvents.map((e) => [e.id, e.status]),
      [
        [a.id, 'pending'],
        [r.approvalEvents[1].id, 'pending'],
      ],
    );
  });

  it('approve returns the decided approval once; deciding it again is a clear error, not a throw', async () => {
    const a = await r.approvals.request('inc_1', suspend);
    r.clock.advance(60_000);
    const ok = await r.approvals.approve(a.id, 'admin:ann');
    assert.ok(ok.ok);
    assert.deepEqual([ok.approval.status, ok.approval.decidedBy, ok.approval.decidedAt], ['approved', 'admin:ann', r.clock.now()]);
    assert.deepEqual(ok.approval.action, suspend, 'the Remediator gets the action to execute');
    assert.equal((await r.sqlite.getApproval(a.id))?.status, 'approved');

    const twice = await r.approvals.approve(a.id, 'admin:bob');
    assert.equal(twice.ok, false);
    assert.match(!twice.ok ? twice.error : '', /already approved by admin:ann at 2026-01-01T00:01:00\.000Z/);
    const late = await r.approvals.reject(a.id, 'admin:bob');
    assert.equal(late.ok, false);
    const unknown = await r.approvals.approve('apr_nope', 'admin:bob');
    assert.match(!unknown.ok ? unknown.error : '', /no approval with id apr_nope/);
    const [rec] = await audits(r, 'approval.approved');
    assert.deepEqual([rec.actor, rec.details.status], ['admin:ann', 'approved']);
    assert.ok(logLines(r).includes('APPROVAL APPROVED: suspend_user mallory by admin:ann'));
  });

  it('two concurrent approvals of the same request: exactly one succeeds', async () => {
    const a = await r.approvals.request('inc_1', block);
    const results = await Promise.all([r.approvals.approve(a.id, 'admin:ann'), r.approvals.approve(a.id, 'admin:bob'), r.approvals.reject(a.id, 'admin:eve')]);
    assert.equal(results.filter((x) => x.ok).length, 1);
    assert.equal((await audits(r, 'approval.approved')).length + (await audits(r, 'approval.rejected')).length, 1);
  });

  it('reject records who rejected; the action is not carried out', async () => {
    const a = await r.approvals.request('inc_2', block);
    const res = await r.approvals.reject(a.id, 'admin:ann');
    assert.ok(res.ok);
    assert.equal(res.approval.status, 'rejected');
    assert.equal((await audits(r, 'approval.rejected'))[0].actor, 'admin:ann');
    assert.deepEqual(await r.approvals.list('pending'), []);
  });

  it('an unapproved action expires: expire() marks it, audits it, and it can no longer be approved', async () => {
    const a = await r.approvals.request('inc_3', suspend);
    const b = await r.approvals.request('inc_4', block);
    r.clock.advance(15 * 60 * 1000 - 1);
    assert.deepEqual(await r.approvals.expire(), []);
    r.clock.advance(1);
    const expired = await r.approvals.expire();
    assert.deepEqual(expired.map((x) => x.id).sort(), [a.id, b.id].sort());
    assert.deepEqual(await r.approvals.expire(), [], 'expired once');
    assert.equal((await r.sqlite.getApproval(a.id))?.status, 'expired');
    const recs = await audits(r, 'approval.expired');
    assert.equal(recs.length, 2);
    assert.equal(recs[0].actor, 'system');
    const res = await r.approvals.approve(a.id, 'admin:ann');
    assert.match(!res.ok ? res.error : '', /already expired/);
  });

  it('approving an overdue approval that was not swept yet fails and marks it expired', async () => {
    const a = await r.approvals.request('inc_5', block);
    r.clock.advance(16 * 60 * 1000);
    const res = await r.approvals.approve(a.id, 'admin:ann');
    assert.equal(res.ok, false);
    assert.match(!res.ok ? res.error : '', /expired at 2026-01-01T00:15:00\.000Z/);
    assert.equal((await r.sqlite.getApproval(a.id))?.status, 'expired');
    assert.equal((await audits(r, 'approval.expired')).length, 1);
  });

  it('pending approvals survive a restart and can be decided afterwards', async () => {
    const a = await r.approvals.request('inc_6', suspend);
    await closeRig(r, true);
    r = await openRig({ dir: r.dir, clock: r.clock });
    r.clock.advance(5 * 60 * 1000);
    assert.deepEqual(
      (await r.approvals.list('pending')).map((x) => x.id),
      [a.id],
    );
    const again = await r.approvals.request('inc_6', suspend);
    assert.equal(again.id, a.id, 'the reloaded queue still dedupes');
    const res = await r.approvals.approve(a.id, 'admin:ann');
    assert.ok(res.ok);
    // A fresh queue object over the same store (e.g. the API's) sees the decision.
    const other = new ApprovalQueue(r.store, r.bus, r.clock, r.logger, r.policy);
    assert.equal((await other.get(a.id))?.status, 'approved');
    assert.deepEqual(await other.expire(), []);
  });
});
