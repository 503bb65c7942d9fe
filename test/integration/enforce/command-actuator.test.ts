import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActuators } from '../../../daemon/src/enforce/actuators';
import { CommandActuator } from '../../../daemon/src/enforce/command-actuator';
import type { PlannedAction } from '../../../daemon/src/protocol/domain';
import { audits, closeRig, logLines, openRig, type Rig } from '../../unit/enforce/rig';

/** A harmless "firewall hook": writes its arguments and SOC_* variables to the file named first. */
const RECORD_ARGV = `require('fs').writeFileSync(process.argv[1], JSON.stringify({ args: process.argv.slice(2), env: { action: process.env.SOC_ACTION, incident: process.env.SOC_INCIDENT_ID } }))`;

const block = (target: string): PlannedAction => ({ kind: 'command', target, reason: 'block at the firewall', policy: 'auto' });

describe('CommandActuator (real child processes, no shell)', () => {
  let r: Rig;
  let out: string;
  beforeEach(async () => {
    r = await openRig();
    out = join(r.dir, 'argv.json');
  });
  afterEach(async () => {
    await closeRig(r);
  });

  const recorder = (args: string[] = []): CommandActuator =>
    new CommandActuator({ argv: [process.execPath, '-e', RECORD_ARGV, out, ...args], timeoutMs: 5000 }, r.store, r.clock, r.logger);

  it('runs the command with the target as its own argument and audits it', async () => {
    const res = await recorder(['--drop']).execute(block('203.0.113.77'), { incidentId: 'inc_3' });
    assert.equal(res.status, 'executed', res.detail);
    const got = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(got, { args: ['--drop', '203.0.113.77'], env: { action: 'command', incident: 'inc_3' } });
    const [rec] = await audits(r, 'command.executed');
    assert.equal(rec.details.exitCode, 0);
    assert.equal(rec.details.incidentId, 'inc_3');
    assert.ok(logLines(r).some((l) => l.startsWith('COMMAND EXECUTED:')));
  });

  it('puts the target where {target} stands; IPv6 literals are accepted', async () => {
    const res = await recorder(['-s', '{target}', '-j', 'DROP']).execute(block('2001:db8::7'), { incidentId: 'inc_3' });
    assert.equal(res.status, 'executed', res.detail);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')).args, ['-s', '2001:db8::7', '-j', 'DROP']);
  });

  it('rejects an injection-looking target without running anything', async () => {
    for (const target of ['1.2.3.4; rm -rf /', '$(touch /tmp/pwned)', '--output=/etc/passwd', '1.2.3.4 && id']) {
      const res = await recorder().execute(block(target), { incidentId: 'inc_4' });
      assert.deepEqual([res.status, res.retryable], ['failed', false], target);
      assert.match(res.detail, /target rejected/);
    }
    assert.equal(existsSync(out), false, 'the command never ran');
    const recs = await audits(r, 'command.rejected');
    assert.equal(recs.length, 4);
    assert.ok(!JSON.stringify(recs).includes('rm -rf'), 'the rejected text is not echoed into the audit trail');
  });

  it('a non-zero exit is a failure with the exit code; a hanging command is killed at the timeout', async () => {
    const fails = new CommandActuator({ argv: [process.execPath, '-e', 'process.stderr.write("no such chain"); process.exit(3)'] }, r.store, r.clock, r.logger);
    const res = await fails.execute(block('10.0.0.1'), { incidentId: 'inc_5' });
    assert.deepEqual([res.status, res.error, res.retryable], ['failed', 'exit code 3', true]);
    const [rec] = await audits(r, 'command.failed');
    assert.equal(rec.details.stderr, 'no such chain');

    const hangs = new CommandActuator({ argv: [process.execPath, '-e', 'setInterval(() => {}, 1000)'], timeoutMs: 300 }, r.store, r.clock, r.logger);
    const t0 = performance.now();
    const slow = await hangs.execute(block('10.0.0.1'), { incidentId: 'inc_5' });
    assert.deepEqual([slow.status, slow.error], ['failed', 'timeout']);
    assert.ok(performance.now() - t0 < 3000);

    const missing = new CommandActuator({ argv: [join(r.dir, 'no-such-binary')] }, r.store, r.clock, r.logger);
    const nf = await missing.execute(block('10.0.0.1'), { incidentId: 'inc_5' });
    assert.deepEqual([nf.status, nf.error, nf.retryable], ['failed', 'ENOENT', false]);
  });

  it('createActuators wires the command only with --real', async () => {
    const argv = [process.execPath, '-e', RECORD_ARGV, out];
    const off = createActuators({ real: false, command: argv, enforcer: r.enforcer, store: r.store, logger: r.logger, clock: r.clock });
    assert.equal((await off.get('command').execute(block('10.0.0.2'), { incidentId: 'inc_6' })).status, 'dry_run');
    assert.equal(existsSync(out), false);
    const on = createActuators({ real: true, command: argv, enforcer: r.enforcer, store: r.store, logger: r.logger, clock: r.clock });
    assert.equal((await on.get('command').execute(block('10.0.0.2'), { incidentId: 'inc_6' })).status, 'executed');
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')).args, ['10.0.0.2']);
  });
});
