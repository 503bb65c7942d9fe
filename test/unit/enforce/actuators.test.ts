import { strict as assert } from 'node:assert';
import { createActuators, type ActuatorSet } from '../../../daemon/src/enforce/actuators';
import type { PlannedAction } from '../../../daemon/src/protocol/domain';
import { audits, closeRig, logLines, openRig, type Rig } from './rig';

function act(kind: PlannedAction['kind'], target: string, extra: Partial<PlannedAction> = {}): PlannedAction {
  return { kind, target, reason: `${kind} for test`, policy: 'auto', ...extra };
}

describe('actuators', () => {
  let r: Rig;
  let set: ActuatorSet;
  const ctx = { incidentId: 'inc_42' };
  beforeEach(async () => {
    r = await openRig();
    set = createActuators({ real: false, enforcer: r.enforcer, store: r.store, logger: r.logger, clock: r.clock });
  });
  afterEach(async () => {
    await closeRig(r);
  });

  it('EnforcementActuator turns each enforcement kind into a live restriction, audited by the enforcer', async () => {
    const cases: [PlannedAction, Parameters<Rig['enforcer']['check']>[0], number][] = [
      [act('block_ip', '198.51.100.20'), { ip: '198.51.100.20' }, 403],
      [act('terminate_session', 'sess-1'), { sessionId: 'sess-1' }, 403],
      [act('suspend_user', 'user-1'), { userId: 'user-1' }, 403],
      [act('rate_limit', '198.51.100.21', { durationSec: 30 }), { ip: '198.51.100.21' }, 429],
    ];
    for (const [action, actor, status] of cases) {
      const res = await set.get(action.kind).execute(action, ctx);
      assert.equal(res.status, 'executed', res.detail);
      assert.equal(res.entry?.incidentId, 'inc_42');
      let d = r.enforcer.check(actor);
      for (let i = 0; i < 10 && d.allowed; i++) d = r.enforcer.check(actor);
      assert.equal(d.allowed ? 200 : d.status, status, action.kind);
      const [rec] = await audits(r, `${action.kind}.applied`);
      assert.deepEqual([rec.actor, rec.details.incidentId], ['remediator', 'inc_42']);
    }
    const rl = r.enforcer.list().find((e) => e.kind === 'rate_limit');
    assert.equal(rl && (rl.expiresAt - r.clock.now()) / 1000, 30, 'the planned duration is honoured');
  });

  it('reports bad or missing targets instead of throwing: invalid → failed (not retryable), empty → skipped', async () => {
    const bad = await set.get('block_ip').execute(act('block_ip', '1.2.3.4; rm -rf /'), ctx);
    assert.deepEqual([bad.status, bad.retryable], ['failed', false]);
    assert.match(bad.detail, /not an IPv4\/IPv6 address/);
    const none = await set.get('terminate_session').execute(act('terminate_session', ''), ctx);
    assert.equal(none.status, 'skipped');
    assert.match(none.detail, /no session id is known/);
    assert.deepEqual(r.enforcer.list(), []);
  });

  it('monitor restricts nothing; notify_compliance writes an audit record and a log line', async () => {
    const m = await set.get('monitor').execute(act('monitor', '10.0.0.1'), ctx);
    assert.equal(m.status, 'executed');
    assert.equal(r.enforcer.check({ ip: '10.0.0.1' }).allowed, true);
    const n = await set.get('notify_compliance').execute(act('notify_compliance', 'HIPAA officer', { reason: 'PHI in a prompt' }), ctx);
    assert.equal(n.status, 'executed');
    const [rec] = await audits(r, 'notify_compliance');
    assert.deepEqual([rec.target, rec.reason, rec.details.incidentId], ['HIPAA officer', 'PHI in a prompt', 'inc_42']);
    assert.ok(logLines(r).includes('COMPLIANCE NOTIFICATION: incident inc_42 - Reason: PHI in a prompt'));
  });

  it('without --real, webhook and command only record a dry run that says why', async () => {
    for (const kind of ['webhook', 'command'] as const) {
      const res = await set.get(kind).execute(act(kind, '203.0.113.9'), ctx);
      assert.equal(res.status, 'dry_run');
      assert.match(res.detail, /--real is off/);
      const [rec] = await audits(r, `${kind}.dry_run`);
      assert.equal(rec.details.incidentId, 'inc_42');
    }
    // --real without a configured URL or command: skipped, with the flag to set.
    const real = createActuators({ real: true, enforcer: r.enforcer, store: r.store, logger: r.logger, clock: r.clock });
    const res = await real.get('webhook').execute(act('webhook', 'x'), ctx);
    assert.equal(res.status, 'skipped');
    assert.match(res.detail, /--webhook-url/);
    assert.equal(real.all().length, 3, 'one enforcement actuator plus webhook and command');
  });

  it('refuses a malformed webhook URL at start-up', () => {
    const mk = (url: string) => () => createActuators({ real: true, webhookUrl: url, enforcer: r.enforcer, store: r.store, logger: r.logger });
    assert.throws(mk('not a url'), /not a valid URL/);
    assert.throws(mk('file:///etc/passwd'), /must be http/);
  });
});
