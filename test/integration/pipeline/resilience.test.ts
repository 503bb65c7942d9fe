import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultPolicy } from '../../../daemon/src/enforce/policy';
import { createSoc } from '../../../daemon/src/soc/create-soc';
import { event, pipeline } from './helpers';

const XSS = '<script>alert(document.cookie)</script>';

describe('pipeline: resilience', function () {
  this.timeout(30_000);

  it('a failing webhook is retried, then its circuit opens; blocks still apply and the gate keeps serving', async () => {
    let hits = 0;
    const server: Server = createServer((req, res) => {
      hits++;
      req.resume();
      res.writeHead(503).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const policy = defaultPolicy();
    policy.threats.malicious_input.actions = ['block_ip', 'webhook'];
    policy.actions.webhook = 'auto';
    const p = await pipeline(policy, {
      real: true,
      webhookUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/soc`,
      remediator: { guard: { maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 2, failuresToOpen: 2, halfOpenAfterMs: 60_000 } },
    });
    try {
      for (let k = 1; k <= 4; k++) p.soc.ingest(event(XSS, { ip: `198.51.100.${k}` }));
      await p.soc.drain();
      // Two webhook actions × two attempts reached the server; the other two failed fast.
      assert.equal(hits, 4);
      const actions = await p.soc.store.listActions({ limit: 100 });
      const hooks = actions.filter((a) => a.kind === 'webhook');
      assert.equal(hooks.length, 4);
      assert.ok(hooks.every((a) => a.status === 'failed'));
      assert.equal(hooks.filter((a) => a.error === 'circuit open').length, 2);
      assert.deepEqual(p.soc.stats().remediator.breakers.webhook, 'open');
      // The daemon's own enforcement is unaffected.
      assert.equal(actions.filter((a) => a.kind === 'block_ip' && a.status === 'executed').length, 4);
      for (let k = 1; k <= 4; k++) assert.equal(p.soc.gate({ ip: `198.51.100.${k}` }).allowed, false);
      assert.equal(p.soc.gate({ ip: '198.51.100.200' }).allowed, true);
    } finally {
      await p.cleanup();
      server.close();
    }
  });

  it('the same incident delivered twice executes once, also across a restart; restrictions survive it', async () => {
    const p = await pipeline(defaultPolicy());
    const actor = { ip: '192.0.2.10', sessionId: 'sess-10' };
    p.soc.ingest(event(XSS, actor));
    await p.soc.drain();
    const [incident] = await p.soc.store.listIncidents();
    const payload = { incident, actions: incident.playbook };
    p.soc.bus.publish('playbook.ready', payload);
    p.soc.bus.publish('playbook.ready', payload);
    await p.soc.drain();
    assert.equal(p.soc.stats().remediator.duplicates, 2);
    const applied = async (): Promise<number> => (await p.soc.store.listAudit({ text: 'block_ip.applied' })).length;
    assert.equal(await applied(), 1);
    await p.soc.close();

    const again = await createSoc({ dataDir: p.dataDir, clock: p.clock, logger: p.logger, policy: defaultPolicy(), sweepIntervalMs: 0 });
    try {
      assert.equal(again.gate(actor).allowed, false, 'the block did not survive the restart');
      again.bus.publish('playbook.ready', payload);
      await again.drain();
      assert.equal(again.stats().remediator.duplicates, 1);
      assert.equal((await again.store.listAudit({ text: 'block_ip.applied' })).length, 1);
    } finally {
      await again.close();
      rmSync(dirname(p.dataDir), { recursive: true, force: true });
    }
  });

  it('a full remediation queue is reported and every planned action has a record', async () => {
    const p = await pipeline(defaultPolicy(), { remediator: { capacity: 1 } });
    try {
      for (let k = 1; k <= 20; k++) p.soc.ingest(event(XSS, { ip: `10.20.0.${k}` }));
      await p.soc.drain();
      const stats = p.soc.stats().remediator;
      const incidents = await p.soc.store.listIncidents({ limit: 100 });
      const planned = incidents.reduce((n, i) => n + i.playbook.length, 0);
      const records = await p.soc.store.listActions({ limit: 1000 });
      assert.equal(incidents.length, 20);
      assert.equal(records.length, planned, 'a planned action has no record');
      const overflow = records.filter((a) => a.status === 'skipped' && a.error === 'remediation queue full');
      assert.equal(overflow.length, stats.overflowed);
      assert.equal(records.filter((a) => a.status === 'executed').length + overflow.length, planned);
      assert.ok(p.logger.records.some((r) => r.level === 'warn' && /remediation queue full/.test(r.msg)));
    } finally {
      await p.cleanup();
    }
  });

  it('a benign security question is not remediated', async () => {
    const p = await pipeline(defaultPolicy());
    try {
      const actor = { ip: '192.0.2.77', sessionId: 'learner' };
      const res = await p.soc.inspect(event('How do I protect my app against SQL injection?', actor));
      await p.soc.drain();
      const incidents = await p.soc.store.listIncidents();
      const actions = await p.soc.store.listActions({ limit: 100 });
      assert.ok(actions.every((a) => a.kind === 'monitor'), `remediated: ${actions.map((a) => a.kind).join(', ')}`);
      assert.equal(p.soc.enforcer.list().length, 0);
      assert.equal(p.soc.gate(actor).allowed, true);
      assert.ok(res.alerts.length === 0 || incidents.every((i) => i.playbook.every((a) => a.kind === 'monitor')));
    } finally {
      await p.cleanup();
    }
  });

  it('intake refuses (and counts) events beyond its backlog instead of growing without bound', async () => {
    const p = await pipeline(defaultPolicy(), { maxPendingEvents: 5 });
    try {
      const accepted = Array.from({ length: 10 }, (_, k) => p.soc.ingest(event(`hello ${k}`, { ip: '10.40.0.1' })));
      assert.deepEqual(accepted, [true, true, true, true, true, false, false, false, false, false]);
      assert.equal(p.soc.stats().ingestRefused, 5);
      await p.soc.drain();
      assert.equal(p.soc.ingest(event('after the backlog cleared', { ip: '10.40.0.1' })), true);
      await p.soc.drain();
      assert.equal(p.soc.stats().builder.events, 6);
    } finally {
      await p.cleanup();
    }
  });

  it('close() drains and flushes: nothing ingested before shutdown is lost', async () => {
    const p = await pipeline(defaultPolicy());
    for (let k = 0; k < 300; k++) p.soc.ingest(event(k % 10 === 0 ? XSS : `note ${k} about the weekly report`, { ip: `10.30.${k >> 8}.${k & 255}` }));
    await p.soc.close();
    assert.equal(p.soc.ingest(event('late', { ip: '10.30.9.9' })), false, 'intake stays open after close');
    const reopened = await createSoc({ dataDir: p.dataDir, clock: p.clock, logger: p.logger, policy: defaultPolicy(), sweepIntervalMs: 0 });
    try {
      assert.equal(await reopened.store.countEvents(), 300);
      const xss = (await reopened.store.listIncidents({ limit: 1000 })).filter((i) => i.threat === 'malicious_input');
      assert.equal(xss.length, 30);
      assert.equal(reopened.enforcer.list().filter((e) => e.kind === 'block_ip').length, 30);
    } finally {
      await reopened.close();
      rmSync(dirname(p.dataDir), { recursive: true, force: true });
    }
  });
});
