import { strict as assert } from 'node:assert';
import { baseDurationSec, defaultPolicy, escalatedDurationSec, RATE_LIMIT_WINDOWS } from '../../../daemon/src/enforce/policy';
import { SlidingWindow } from '../../../daemon/src/enforce/sliding-window';
import { canonicalIp, isSafeCommandArg, parseTarget } from '../../../daemon/src/enforce/targets';

describe('enforcement targets, windows and durations', () => {
  it('canonicalizes IPs and rate-limit scopes the way the gate compares them', () => {
    assert.equal(canonicalIp(' 127.0.0.1 '), '127.0.0.1');
    assert.equal(canonicalIp('::FFFF:10.0.0.1'), '10.0.0.1');
    assert.equal(canonicalIp('[2001:DB8::1]'), '2001:db8::1');
    assert.equal(canonicalIp('1.2.3.4; rm -rf /'), undefined);
    assert.equal(canonicalIp('999.1.1.1'), undefined);
    assert.deepEqual(parseTarget('rate_limit', '10.0.0.1'), { scope: 'ip', id: '10.0.0.1', canonical: 'ip:10.0.0.1' });
    assert.deepEqual(parseTarget('rate_limit', 'ip:::1'), { scope: 'ip', id: '::1', canonical: 'ip:::1' });
    assert.deepEqual(parseTarget('rate_limit', 'session:abc'), { scope: 'session', id: 'abc', canonical: 'session:abc' });
    assert.deepEqual(parseTarget('rate_limit', 'bob'), { scope: 'any', id: 'bob', canonical: 'bob' });
    assert.throws(() => parseTarget('rate_limit', 'ip:nope'), /not an IPv4/);
    assert.throws(() => parseTarget('suspend_user', 'x'.repeat(300)), /invalid id/);
  });

  it('lets only IP literals and safe ids reach a command line', () => {
    for (const ok of ['1.2.3.4', '2001:db8::1', 'sess_01-ab.cd', 'user@example.com']) assert.ok(isSafeCommandArg(ok), ok);
    for (const bad of ['1.2.3.4; rm -rf /', '--help', '-rf', '$(id)', '`id`', 'a b', '../etc/passwd', 'a|b', '', 'x\ny']) {
      assert.equal(isSafeCommandArg(bad), false, JSON.stringify(bad));
    }
  });

  it('sliding window: N admitted per window, refusals not counted, wait until the oldest leaves', () => {
    const w = new SlidingWindow(3, 10_000);
    assert.deepEqual([0, 1000, 2000].map((t) => (w.waitMs(t) === 0 ? (w.record(t), 0) : 1)), [0, 0, 0]);
    assert.equal(w.waitMs(5000), 5000);
    assert.equal(w.inWindow(5000), 3);
    assert.equal(w.waitMs(10_000), 0);
    w.record(10_000);
    assert.equal(w.waitMs(10_000), 1000, 'next opening when t=1000 leaves');
  });

  it('durations: policy defaults per kind, doubled per repeat offense, capped', () => {
    const p = defaultPolicy();
    assert.equal(baseDurationSec(p, 'block_ip'), 3600);
    assert.equal(baseDurationSec(p, 'suspend_user'), 86_400);
    assert.equal(baseDurationSec(p, 'rate_limit'), 120 * RATE_LIMIT_WINDOWS);
    assert.deepEqual([1, 2, 3].map((n) => escalatedDurationSec(p, 3600, n)), [3600, 7200, 14_400]);
    assert.equal(escalatedDurationSec(p, 3600, 1e9), p.escalation.maxSec);
  });
});
