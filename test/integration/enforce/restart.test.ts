import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../../daemon/src/util/clock';
import { audits, closeRig, logLines, openRig, T0, type Rig } from '../../unit/enforce/rig';

const S = 1000;

/** Starts the child that applies restrictions, resolves once they are applied, then kill -9s it. */
function applyInChildThenKill(dir: string, clockMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), join(__dirname, 'fixtures', 'apply-and-wait.ts'), dir, String(clockMs)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('applied\n')) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && out.includes('applied')) resolve();
      else reject(new Error(`child exited (${code ?? signal}) before applying: ${err}`));
    });
  });
}

describe('enforcement across restarts (real SQLite file)', () => {
  let r: Rig | undefined;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'soc-enforce-restart-'));
  });
  afterEach(async () => {
    if (r) await closeRig(r, true);
    r = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('a new StateEnforcer over the same DB keeps a block with its remaining TTL', async () => {
    const clock = new ManualClock(T0);
    r = await openRig({ dir, clock });
    await r.enforcer.apply('block_ip', '127.0.0.1', { reason: 'data exfiltration attempt', incidentId: 'inc_1', by: 'remediator' });
    await r.enforcer.apply('terminate_session', 'sess-1', { reason: 'command injection', durationSec: 600, by: 'remediator' });
    await closeRig(r, true);

    clock.advance(1000 * S);
    r = await openRig({ dir, clock });
    const d = r.enforcer.check({ ip: '127.0.0.1' });
    assert.equal(d.allowed, false);
    assert.match(d.allowed ? '' : d.reason, /^IP 127\.0\.0\.1 blocked until 01:00:00Z: data exfiltration attempt \(incident inc_1\)$/);
    assert.deepEqual(
      r.enforcer.list().map((e) => [e.kind, (e.expiresAt - clock.now()) / S]),
      [['block_ip', 2600]],
      'the session termination expired while down; the block has 2600 s left',
    );
    const [expired] = await audits(r, 'terminate_session.expired');
    assert.equal(expired.target, 'sess-1', 'an expiry during downtime is still audited');
    assert.equal(r.enforcer.check({ sessionId: 'sess-1' }).allowed, true);

    clock.advance(2600 * S);
    assert.equal(r.enforcer.check({ ip: '127.0.0.1' }).allowed, true);
    assert.equal((await r.enforcer.sweep()).length, 1);
    assert.deepEqual(await r.sqlite.verifyAudit(), { ok: true, checked: (await r.sqlite.listAudit({ limit: 1000 })).length });
  });

  it('escalation history survives lifting and a store re-open: the second block doubles', async () => {
    const clock = new ManualClock(T0);
    r = await openRig({ dir, clock });
    await r.enforcer.apply('block_ip', '198.51.100.9', { reason: 'malicious input', by: 'remediator' });
    assert.equal(await r.enforcer.lift('block_ip', '198.51.100.9', 'admin:ann'), true);
    await closeRig(r, true);

    clock.advance(24 * 3600 * S);
    r = await openRig({ dir, clock });
    const second = await r.enforcer.apply('block_ip', '198.51.100.9', { reason: 'malicious input again', by: 'remediator' });
    assert.equal(second.offenses, 2);
    assert.equal((second.expiresAt - clock.now()) / S, 7200);
    assert.ok(logLines(r).includes('BLOCKED IP: 198.51.100.9 7200s - Reason: malicious input again'));
  });

  it('a rate limit keeps its TTL over a restart; its window restarts empty', async () => {
    const clock = new ManualClock(T0);
    r = await openRig({ dir, clock });
    await r.enforcer.apply('rate_limit', 'ip:10.0.0.9', { reason: 'burst', by: 'remediator' });
    for (let i = 0; i < 5; i++) r.enforcer.check({ ip: '10.0.0.9' });
    assert.equal(r.enforcer.check({ ip: '10.0.0.9' }).allowed, false);
    await closeRig(r, true);

    clock.advance(10 * S);
    r = await openRig({ dir, clock });
    const results = Array.from({ length: 6 }, () => r!.enforcer.check({ ip: '10.0.0.9' }).allowed);
    assert.deepEqual(results, [true, true, true, true, true, false]);
    assert.equal(r.enforcer.list()[0].expiresAt, T0 + 1200 * S);
  });

  it('a block applied by a daemon that is then kill -9ed is enforced after restart', async () => {
    await applyInChildThenKill(dir, T0);
    const clock = new ManualClock(T0 + 600 * S);
    r = await openRig({ dir, clock });
    assert.equal(r.enforcer.check({ ip: '192.0.2.50' }).allowed, false);
    assert.deepEqual(
      r.enforcer
        .list()
        .map((e) => [e.kind, e.target, (e.expiresAt - clock.now()) / S])
        .sort(),
      [
        ['block_ip', '192.0.2.50', 3000],
        ['rate_limit', 'ip:192.0.2.51', 600],
      ],
    );
    const applied = [...(await audits(r, 'block_ip.applied')), ...(await audits(r, 'rate_limit.applied'))];
    assert.equal(applied.length, 2, 'the audit records were durable too');
    assert.equal((await r.sqlite.verifyAudit()).ok, true);
  });
});
