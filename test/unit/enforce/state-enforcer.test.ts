import { strict as assert } from 'node:assert';
import { EnforcementInputError } from '../../../daemon/src/enforce/targets';
import type { ActorRef, GateDecision } from '../../../daemon/src/protocol/domain';
import type { Store } from '../../../daemon/src/store/store';
import { audits, closeRig, logLines, openRig, type Rig } from './rig';

const S = 1000;

function refused(d: GateDecision): Extract<GateDecision, { allowed: false }> {
  assert.equal(d.allowed, false, 'expected a refusal');
  return d;
}

describe('StateEnforcer', () => {
  let r: Rig;
  beforeEach(async () => {
    r = await openRig();
  });
  afterEach(async () => {
    await closeRig(r);
  });

  it('refuses a blocked IP with 403 and a readable reason, logs, audits and announces it', async () => {
    const entry = await r.enforcer.apply('block_ip', '127.0.0.1', { reason: 'data exfiltration attempt', incidentId: 'inc_1', by: 'remediator' });
    assert.equal(entry.expiresAt, r.clock.now() + 3600 * S);
    const d = refused(r.enforcer.check({ ip: '127.0.0.1', sessionId: 's1' }));
    assert.equal(d.status, 403);
    assert.equal(d.kind, 'block_ip');
    assert.equal(d.reason, 'IP 127.0.0.1 blocked until 01:00:00Z: data exfiltration attempt (incident inc_1)');
    // The same address as a dual-stack socket reports it.
    assert.equal(r.enforcer.check({ ip: '::ffff:127.0.0.1' }).allowed, false);
    assert.equal(r.enforcer.check({ ip: '127.0.0.2' }).allowed, true);
    assert.ok(logLines(r).includes('BLOCKED IP: 127.0.0.1 3600s - Reason: data exfiltration attempt'), logLines(r).join('\n'));
    const [a] = await audits(r, 'block_ip.applied');
    assert.equal(a.actor, 'remediator');
    assert.equal(a.target, '127.0.0.1');
    assert.equal(a.details.incidentId, 'inc_1');
    await r.bus.drain();
    assert.deepEqual(
      r.changes.map((c) => [c.change, c.entry.kind, c.entry.target]),
      [['added', 'block_ip', '127.0.0.1']],
    );
    assert.equal((await r.sqlite.listEnforcement(r.clock.now())).length, 1, 'written through before apply resolved');
  });

  it('refuses terminated sessions and suspended users, checking block > suspend > terminate > rate limit', async () => {
    const by = 'remediator';
    await r.enforcer.apply('terminate_session', 'sess-9', { reason: 'command injection', by });
    const t = refused(r.enforcer.check({ sessionId: 'sess-9' }));
    assert.deepEqual([t.status, t.kind], [403, 'terminate_session']);
    assert.match(t.reason, /^Session sess-9 terminated until 01:00:00Z: command injection$/);
    assert.ok(logLines(r).includes('TERMINATED SESSION: sess-9 - Reason: command injection'));

    await r.enforcer.apply('suspend_user', 'mallory', { reason: 'critical exfiltration', by });
    assert.ok(logLines(r).includes('SUSPENDED USER: mallory 86400s - Reason: critical exfiltration'));
    await r.enforcer.apply('rate_limit', 'ip:10.1.1.1', { reason: 'burst', by });
    await r.enforcer.apply('block_ip', '10.1.1.1', { reason: 'malicious input', by });

    const actor: ActorRef = { ip: '10.1.1.1', sessionId: 'sess-9', userId: 'mallory' };
    assert.equal(refused(r.enforcer.check(actor)).kind, 'block_ip');
    assert.equal(refused(r.enforcer.check({ ...actor, ip: '10.9.9.9' })).kind, 'suspend_user');
    assert.equal(refused(r.enforcer.check({ ...actor, ip: '10.9.9.9', userId: 'alice' })).kind, 'terminate_session');
    assert.equal(r.enforcer.check({ ip: '10.9.9.9', sessionId: 'sess-10', userId: 'alice' }).allowed, true);
    assert.equal(r.enforcer.list().length, 4);
  });

  it('rate limit: 5 requests in the window pass, the 6th gets 429 with a sane Retry-After, and passes after the window', async () => {
    await r.enforcer.apply('rate_limit', '10.0.0.1', { reason: 'request burst', incidentId: 'inc_7', by: 'remediator' });
    assert.ok(logLines(r).includes('RATE LIMIT APPLIED: ip 10.0.0.1 - 5 requests per 120.0s'), logLines(r).join('\n'));
    const actor = { ip: '10.0.0.1' };
    for (let i = 0; i < 5; i++) {
      assert.equal(r.enforcer.check(actor).allowed, true, `request ${i + 1}`);
      r.clock.advance(10 * S);
    }
    // t = 50 s: the oldest counted request (t = 0) leaves the window at t = 120 s.
    const d = refused(r.enforcer.check(actor));
    assert.deepEqual([d.status, d.kind, d.retryAfterSec], [429, 'rate_limit', 70]);
    assert.match(d.reason, /^Rate limit for ip 10\.0\.0\.1: 5 requests per 120s exceeded: request burst \(incident inc_7\); retry in 70s$/);
    assert.equal(r.enforcer.check({ ip: '10.0.0.2' }).allowed, true, 'other clients are not limited');
    // Refused requests do not count: knocking all through the window changes nothing.
    r.clock.advance(69.5 * S);
    assert.equal(refused(r.enforcer.check(actor)).retryAfterSec, 1, 'never 0 while still refused');
    r.clock.advance(0.5 * S);
    assert.equal(r.enforcer.check(actor).allowed, true, 'passes once the oldest request left the window');
    // Now the window holds t = 10..40 and 120: the next slot opens when t = 10 leaves, at 130 s.
    assert.equal(refused(r.enforcer.check(actor)).retryAfterSec, 10);
  });

  it('rate limits a session, a user, or a bare id that matches either', async () => {
    const by = 'remediator';
    const limit = { requests: 2, windowSec: 60 };
    r.enforcer.setPolicy({ ...r.policy, rateLimit: limit });
    await r.enforcer.apply('rate_limit', 'session:s1', { reason: 'burst', by });
    await r.enforcer.apply('rate_limit', 'bob', { reason: 'burst', by });
    assert.ok(logLines(r).includes('RATE LIMIT APPLIED: session s1 - 2 requests per 60.0s'));
    const run = (a: ActorRef): boolean[] => [1, 2, 3].map(() => r.enforcer.check(a).allowed);
    assert.deepEqual(run({ ip: '1.1.1.1', sessionId: 's1' }), [true, true, false]);
    assert.deepEqual(run({ ip: '1.1.1.1', userId: 's1' }), [true, true, true], 'a session limit does not touch a user of that name');
    assert.deepEqual(run({ userId: 'bob' }), [true, true, false]);
    assert.deepEqual(run({ sessionId: 'bob' }), [false, false, false], 'the bare id shares one window for session and user');
    assert.equal(r.enforcer.list().find((e) => e.target === 'session:s1')?.limit?.requests, 2);
  });

  it('treats expired restrictions as absent; sweep removes, audits and announces them', async () => {
    await r.enforcer.apply('block_ip', '192.0.2.7', { reason: 'probe', durationSec: 60, by: 'remediator' });
    r.clock.advance(60 * S - 1);
    assert.equal(r.enforcer.check({ ip: '192.0.2.7' }).allowed, false);
    r.clock.advance(1);
    assert.equal(r.enforcer.check({ ip: '192.0.2.7' }).allowed, true, 'lazy expiry');
    assert.deepEqual(r.enforcer.list(), []);
    const swept = await r.enforcer.sweep();
    assert.deepEqual(
      swept.map((e) => e.target),
      ['192.0.2.7'],
    );
    assert.deepEqual(await r.enforcer.sweep(), [], 'announced once');
    const [a] = await audits(r, 'block_ip.expired');
    assert.equal(a.actor, 'system');
    assert.ok(logLines(r).includes('UNBLOCKED IP: 192.0.2.7 - Reason: expired'));
    assert.deepEqual(await r.sqlite.listEnforcement(0), [], 'removed from the store');
    await r.bus.drain();
    assert.deepEqual(
      r.changes.map((c) => c.change),
      ['added', 'expired'],
    );
  });

  it('lifts by hand: access is restored at once, audited with who lifted it', async () => {
    await r.enforcer.apply('suspend_user', 'eve', { reason: 'privacy violation', by: 'remediator' });
    assert.equal(await r.enforcer.lift('suspend_user', 'eve', 'admin:ann', 'confirmed false positive'), true);
    assert.equal(r.enforcer.check({ userId: 'eve' }).allowed, true);
    assert.equal(await r.enforcer.lift('suspend_user', 'eve', 'admin:ann'), false, 'nothing left to lift');
    assert.equal(await r.enforcer.lift('block_ip', 'not an ip', 'admin:ann'), false);
    const [a] = await audits(r, 'suspend_user.lifted');
    assert.deepEqual([a.actor, a.target, a.reason], ['admin:ann', 'eve', 'confirmed false positive']);
    assert.ok(logLines(r).includes('UNBLOCKED USER: eve - Reason: confirmed false positive'));
    assert.deepEqual(await r.sqlite.listEnforcement(r.clock.now()), []);
    await r.bus.drain();
    assert.deepEqual(
      r.changes.map((c) => c.change),
      ['added', 'lifted'],
    );
  });

  it('escalates repeat offenders: the second block doubles, capped at escalation.maxSec', async () => {
    r.enforcer.setPolicy({ ...r.policy, escalation: { factor: 2, maxSec: 10_000 } });
    const opts = { reason: 'malicious input', by: 'remediator' };
    const durations: number[] = [];
    for (let i = 0; i < 4; i++) {
      const e = await r.enforcer.apply('block_ip', '198.51.100.1', opts);
      durations.push((e.expiresAt - r.clock.now()) / S);
      assert.equal(e.offenses, i + 1);
      await r.enforcer.lift('block_ip', '198.51.100.1', 'admin:ann');
    }
    assert.deepEqual(durations, [3600, 7200, 10_000, 10_000]);
    assert.equal(await r.sqlite.offenseCount('block_ip', '198.51.100.1'), 4);
  });

  it('re-applying an active restriction extends it, never shortens it, and is not a new offense', async () => {
    const by = 'remediator';
    const first = await r.enforcer.apply('block_ip', '203.0.113.5', { reason: 'first', durationSec: 3600, by });
    r.clock.advance(100 * S);
    const same = await r.enforcer.apply('block_ip', '203.0.113.5', { reason: 'shorter', durationSec: 60, by });
    assert.equal(same.expiresAt, first.expiresAt);
    assert.equal(same.reason, 'first');
    const longer = await r.enforcer.apply('block_ip', '203.0.113.5', { reason: 'longer', durationSec: 7200, by });
    assert.equal(longer.expiresAt, r.clock.now() + 7200 * S);
    assert.equal(longer.offenses, 1);
    assert.equal(await r.sqlite.offenseCount('block_ip', '203.0.113.5'), 1);
    assert.equal(r.enforcer.list().length, 1);
    assert.equal((await audits(r, 'block_ip.applied')).length, 3, 'every apply is audited');

    // A rate limit re-applied keeps counting in the same window.
    await r.enforcer.apply('rate_limit', 'user:u1', { reason: 'burst', by });
    for (let i = 0; i < 5; i++) r.enforcer.check({ userId: 'u1' });
    await r.enforcer.apply('rate_limit', 'user:u1', { reason: 'burst again', durationSec: 5000, by });
    assert.equal(r.enforcer.check({ userId: 'u1' }).allowed, false);
  });

  it('concurrent applies to the same target count one offense', async () => {
    const by = 'remediator';
    const all = await Promise.all([1, 2, 3].map(() => r.enforcer.apply('block_ip', '203.0.113.9', { reason: 'x', by })));
    assert.deepEqual(
      all.map((e) => e.offenses),
      [1, 1, 1],
    );
    assert.equal(await r.sqlite.offenseCount('block_ip', '203.0.113.9'), 1);
  });

  it('rejects bad input with a clear error and never throws from check', async () => {
    const by = 'remediator';
    await assert.rejects(r.enforcer.apply('block_ip', 'not-an-ip', { reason: 'x', by }), (e: Error) => e instanceof EnforcementInputError && /not an IPv4\/IPv6 address/.test(e.message));
    await assert.rejects(r.enforcer.apply('suspend_user', '  ', { reason: 'x', by }), /empty target/);
    await assert.rejects(r.enforcer.apply('terminate_session', 'a\nb', { reason: 'x', by }), /invalid id/);
    await assert.rejects(r.enforcer.apply('block_ip', '1.2.3.4', { reason: 'x', by, durationSec: -5 }), /positive/);
    assert.equal(await r.sqlite.offenseCount('block_ip', '1.2.3.4'), 0, 'a refused apply is no offense');
    await r.enforcer.apply('block_ip', '1.2.3.4', { reason: 'x', by });
    for (const bad of [null, undefined, {}, { ip: 5 }, { ip: '' }, 'str'] as unknown as ActorRef[]) {
      assert.equal(r.enforcer.check(bad).allowed, true);
    }
  });

  it('enforces at once even if the store write fails, and rejects so the caller retries', async () => {
    await closeRig(r);
    let failNext = true;
    r = await openRig({
      wrap: (s: Store): Store =>
        new Proxy(s, {
          get(target, prop, recv) {
            if (prop === 'upsertEnforcement' && failNext) {
              failNext = false;
              return () => Promise.reject(new Error('disk full'));
            }
            const v = Reflect.get(target, prop, recv) as unknown;
            return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
          },
        }),
    });
    await assert.rejects(r.enforcer.apply('block_ip', '5.6.7.8', { reason: 'x', by: 'remediator' }), /disk full/);
    assert.equal(r.enforcer.check({ ip: '5.6.7.8' }).allowed, false, 'no gap in protection');
    const retried = await r.enforcer.apply('block_ip', '5.6.7.8', { reason: 'x', by: 'remediator' });
    assert.equal(retried.offenses, 1, 'the retry is not a second offense');
    assert.equal((await r.sqlite.listEnforcement(r.clock.now())).length, 1, 'the retry made it durable');
    assert.equal((await audits(r, 'block_ip.applied')).length, 1);
    assert.ok(logLines(r).includes('BLOCKED IP: 5.6.7.8 3600s - Reason: x'));
    await r.bus.drain();
    assert.deepEqual(
      r.changes.map((c) => c.change),
      ['added'],
      'announced once, when it became durable',
    );
  });

  it('refuses from memory: the same frozen answer, synchronously, for every request of a blocked IP', async () => {
    // The refusal path must neither wait nor allocate (the proxy bench measures its rate).
    await r.enforcer.apply('block_ip', '127.0.0.1', { reason: 'x', by: 'remediator' });
    const actor = { ip: '127.0.0.1', sessionId: 's', userId: 'u' };
    const first = r.enforcer.check(actor);
    assert.equal(first.allowed, false);
    assert.ok(Object.isFrozen(first));
    for (let i = 0; i < 1_000; i++) assert.equal(r.enforcer.check(actor), first);
  });
});
