import { strict as assert } from 'node:assert';
import { Analyst } from '../../../daemon/src/agents/analyst/analyst';
import { Builder } from '../../../daemon/src/agents/builder/builder';
import { FpScorer, type FpModelFile } from '../../../daemon/src/agents/fp/fp-model';
import { fromStore } from '../../../daemon/src/agents/analyst/incident-state';
import { defaultPolicy, type ResponsePolicy } from '../../../daemon/src/enforce/policy';
import type { Alert, Incident, ThreatType } from '../../../daemon/src/protocol/domain';
import type { BusTopics } from '../../../daemon/src/bus/topics';
import { collect, ev, mkAlert, rig, type Rig } from './helpers';

/** A model that ignores the alert: base false-positive probability sigmoid(-3) ≈ 0.047, so only context moves it. */
const FLAT: FpModelFile = { format: 'soc-fp-logistic', version: 1, features: ['score'], weights: [0], bias: -3, seed: 0 };

describe('Analyst', () => {
  let r: Rig;
  let policy: ResponsePolicy;
  let analyst: Analyst;
  const make = (scorer = new FpScorer(FLAT)): Analyst => new Analyst({ bus: r.bus, store: r.store, clock: r.clock, logger: r.logger, policy: () => policy, scorer });

  beforeEach(async () => {
    r = await rig();
    policy = defaultPolicy();
    analyst = make();
  });
  afterEach(async () => {
    await r.cleanup();
  });

  const handle = async (a: Alert): Promise<Incident> => {
    const i = await analyst.handle(a);
    assert.ok(i, 'alert was treated as a duplicate');
    return i;
  };

  describe('correlation and de-duplication', () => {
    it('alerts raised together still join one incident per actor and threat when it left memory while their lookups were under way', async () => {
      // One open incident in memory: B's evicts A's before A's second alert is triaged, and that
      // alert's lookup was made before A's incident existed — it must be read again, not trusted.
      analyst = new Analyst({ bus: r.bus, store: r.store, clock: r.clock, logger: r.logger, policy: () => policy, scorer: new FpScorer(FLAT) }, { maxOpenIncidents: 1 });
      await analyst.start();
      const a = { ip: '198.51.100.1', sessionId: 'sess-a' };
      const b = { ip: '198.51.100.2', sessionId: 'sess-b' };
      r.bus.publish('alert.raised', mkAlert({ actor: a }));
      r.bus.publish('alert.raised', mkAlert({ actor: b }));
      r.bus.publish('alert.raised', mkAlert({ actor: a, excerpt: 'a second attempt from A' }));
      await r.bus.drain();
      await analyst.idle();
      const incidents = await r.store.listIncidents();
      assert.deepEqual(incidents.map((i) => [i.actor.ip, i.alertCount]).sort(), [['198.51.100.1', 2], ['198.51.100.2', 1]]);
      analyst.stop();
    });

    it('correlates alerts of one actor and threat into one incident; severity is the maximum', async () => {
      const i1 = await handle(mkAlert());
      r.clock.advance(60_000);
      const i2 = await handle(mkAlert({ excerpt: 'another attempt' }));
      r.clock.advance(60_000);
      const i3 = await handle(mkAlert({ excerpt: 'a third attempt' }));
      assert.equal(i2.id, i1.id);
      assert.equal(i3.id, i1.id);
      assert.equal(i3.alertCount, 3);
      assert.equal(i3.alertIds.length, 3);
      const stored = await r.store.getIncident(i1.id);
      assert.equal(stored?.alertCount, 3);
      // The alerts are linked to the incident in the store.
      await r.store.flush();
      assert.equal((await r.store.listAlerts({ incidentId: i1.id })).length, 3);
    });

    it("keeps an incident's newest alert ids past the cap, so the latest alert still finds its incident", async () => {
      analyst = new Analyst({ bus: r.bus, store: r.store, clock: r.clock, logger: r.logger, policy: () => policy, scorer: new FpScorer(FLAT) }, { maxAlertIds: 3 });
      const ids: string[] = [];
      let last: Incident | undefined;
      for (let n = 0; n < 5; n++) {
        const alert = mkAlert({ excerpt: `attempt ${n}` });
        ids.push(alert.id);
        r.clock.advance(1_000);
        last = await handle(alert);
      }
      assert.equal(last?.alertCount, 5);
      assert.deepEqual(last?.alertIds, ids.slice(2));
      // The store still links all five to the incident.
      await r.store.flush();
      assert.equal((await r.store.listAlerts({ incidentId: last?.id })).length, 5);
    });

    it('opens separate incidents for another threat, another actor, or after the correlation window', async () => {
      const a = await handle(mkAlert());
      const b = await handle(mkAlert({ threat: 'malicious_input', excerpt: 'x' }));
      const c = await handle(mkAlert({ actor: { ip: '198.51.100.1' }, excerpt: 'y' }));
      r.clock.advance(policy.correlationWindowSec * 1000 + 1);
      const d = await handle(mkAlert({ excerpt: 'z' }));
      assert.equal(new Set([a.id, b.id, c.id, d.id]).size, 4);
    });

    it('finds the open incident in the store after a restart', async () => {
      const a = await handle(mkAlert());
      analyst = make(); // a fresh Analyst: empty memory, same store
      r.clock.advance(1_000);
      const b = await handle(mkAlert({ excerpt: 'after restart' }));
      assert.equal(b.id, a.id);
      assert.equal(b.alertCount, 2);
    });

    it('keeps every field of an incident read back from the store', () => {
      const stored: Incident = {
        id: 'inc-1',
        key: 'ip:203.0.113.7|prompt_injection',
        status: 'suppressed',
        threat: 'prompt_injection',
        severity: 'high',
        actor: { ip: '203.0.113.7', sessionId: 'sess-1', userId: 'user-1' },
        firstSeen: 1,
        lastSeen: 2,
        alertCount: 3,
        alertIds: ['al-1', 'al-2'],
        fpProbability: 0.25,
        summary: 'three alerts',
        summarySource: 'llm',
        playbook: [
          { kind: 'rate_limit', target: 'ip:203.0.113.7', reason: 'r', policy: 'auto', durationSec: 120 },
          { kind: 'monitor', target: 'ip:203.0.113.7', reason: 'm', policy: 'dry_run' },
        ],
        feedback: 'confirmed',
      };
      // What the store thread hands back is a structured clone.
      assert.deepEqual(fromStore(structuredClone(stored)), stored);
      assert.equal('feedback' in fromStore({ ...stored, feedback: undefined }), false);
    });

    it('drops the same alert delivered twice and identical text from the same actor within seconds', async () => {
      const a = mkAlert();
      const i = await handle(a);
      assert.equal(await analyst.handle({ ...a }), undefined);
      assert.equal(await analyst.handle(mkAlert({ excerpt: a.excerpt })), undefined, 'same text, new event, 0 s later');
      r.clock.advance(6_000);
      const later = await handle(mkAlert({ excerpt: a.excerpt }));
      assert.equal(later.id, i.id);
      assert.equal(later.alertCount, 2);
      assert.equal(analyst.stats().deduplicated, 2);
    });
  });

  describe('severity and playbook from the policy', () => {
    const cases: [ThreatType, string[]][] = [
      ['prompt_injection', ['rate_limit:ip:203.0.113.7', 'monitor:ip:203.0.113.7|session:sess-1|user:user-1']],
      ['data_exfiltration', ['block_ip:203.0.113.7', 'terminate_session:sess-1']],
      ['system_manipulation', ['terminate_session:sess-1']],
      ['privacy_violation', ['block_ip:203.0.113.7', 'notify_compliance:ip:203.0.113.7|session:sess-1|user:user-1']],
      ['malicious_input', ['block_ip:203.0.113.7']],
      ['rate_limit_abuse', ['rate_limit:ip:203.0.113.7']],
    ];
    for (const [threat, expected] of cases) {
      it(`${threat}: the threat's default severity and actions, with targets, durations and modes`, async () => {
        const ready = collect(r.bus, 'playbook.ready');
        const i = await handle(mkAlert({ threat }));
        await r.bus.drain();
        assert.equal(i.severity, policy.threats[threat].severity);
        assert.deepEqual(i.playbook.map((a) => `${a.kind}:${a.target}`), expected);
        for (const a of i.playbook) assert.equal(a.policy, 'auto');
        const block = i.playbook.find((a) => a.kind === 'block_ip');
        if (block) assert.equal(block.durationSec, 3600);
        const rl = i.playbook.find((a) => a.kind === 'rate_limit');
        if (rl) assert.equal(rl.durationSec, policy.rateLimit.windowSec * 10);
        assert.equal(ready.length, 1);
        assert.deepEqual(ready[0].actions, i.playbook);
      });
    }

    it('strict mode raises one level and uses the ladder', async () => {
      policy = defaultPolicy('strict');
      const i = await handle(mkAlert({ threat: 'prompt_injection' }));
      assert.equal(i.severity, 'critical');
      assert.deepEqual(i.playbook.map((a) => a.kind), ['block_ip', 'terminate_session', 'suspend_user']);
    });

    it('production asks for approval before suspending a user', async () => {
      policy = defaultPolicy('strict', 'production');
      const i = await handle(mkAlert());
      assert.equal(i.playbook.find((a) => a.kind === 'suspend_user')?.policy, 'approval');
    });

    it('a likely false positive is lowered one level; above fpSuppressAbove it is monitor only', async () => {
      const i = await handle(mkAlert({ threat: 'malicious_input', source: 'code_comment' }));
      assert.equal(i.severity, 'high', 'code comments alone do not make it likely');
      analyst = make(new FpScorer({ ...FLAT, bias: 0.2 })); // base 0.55
      const lowered = await handle(mkAlert({ threat: 'malicious_input', actor: { ip: '198.51.100.2' } }));
      assert.equal(lowered.severity, 'medium');
      assert.deepEqual(lowered.playbook.map((a) => a.kind), ['rate_limit']);
      analyst = make(new FpScorer({ ...FLAT, bias: 2 })); // base 0.88
      const monitor = await handle(mkAlert({ threat: 'malicious_input', actor: { ip: '198.51.100.3' } }));
      assert.equal(monitor.severity, 'low');
      assert.deepEqual(monitor.playbook.map((a) => a.kind), ['monitor']);
    });

    it('skips actions whose target is unknown and records why in the audit trail', async () => {
      const i = await handle(mkAlert({ threat: 'data_exfiltration', actor: { ip: '198.51.100.4' } }));
      assert.deepEqual(i.playbook.map((a) => a.kind), ['block_ip']);
      const audit = await r.store.listAudit({ text: 'action.skipped' });
      assert.equal(audit.length, 1);
      assert.match(audit[0].reason, /no session id/);
      assert.equal(audit[0].details.kind, 'terminate_session');
      // A second alert in the incident does not audit the same skip again.
      await handle(mkAlert({ threat: 'data_exfiltration', actor: { ip: '198.51.100.4' }, excerpt: 'again' }));
      assert.equal((await r.store.listAudit({ text: 'action.skipped' })).length, 1);
    });

    it('a repeat alert in the same incident does not re-plan; escalation plans only the new actions', async () => {
      const ready = collect(r.bus, 'playbook.ready');
      await handle(mkAlert({ threat: 'prompt_injection' }));
      for (let k = 0; k < 3; k++) {
        r.clock.advance(10_000);
        await handle(mkAlert({ threat: 'prompt_injection', excerpt: `attempt ${k}` }));
      }
      await r.bus.drain();
      assert.equal(ready.length, 1, 'repeat alerts re-planned actions');
      // The fifth alert makes it a sustained attack: critical, and only actions not planned before.
      r.clock.advance(10_000);
      const i = await handle(mkAlert({ threat: 'prompt_injection', excerpt: 'attempt 5' }));
      await r.bus.drain();
      assert.equal(i.severity, 'critical');
      assert.equal(ready.length, 2);
      assert.deepEqual(ready[1].actions.map((a) => a.kind), ['block_ip', 'terminate_session', 'suspend_user']);
      assert.deepEqual(i.playbook.map((a) => a.kind), ['rate_limit', 'monitor', 'block_ip', 'terminate_session', 'suspend_user']);
    });

    it('repeat offenders get one level more on their next incident', async () => {
      await handle(mkAlert({ threat: 'malicious_input' }));
      const second = await handle(mkAlert({ threat: 'system_manipulation' }));
      assert.equal(second.severity, 'critical');
    });
  });

  describe('false-positive feedback', () => {
    it('false_positive raises and confirmed lowers the next score for the same pattern', async () => {
      const i = await handle(mkAlert());
      const probe = mkAlert({ actor: { ip: '198.51.100.20' } });
      const before = (await analyst.scoreAlert(probe)).probability;
      await analyst.recordFeedback(i.id, 'false_positive', 'admin:alice');
      const afterFp = (await analyst.scoreAlert(probe)).probability;
      assert.ok(afterFp > before, `${afterFp} should be > ${before}`);
      // Another pattern is not affected.
      const other = mkAlert({ ruleIds: ['pi-other'], actor: { ip: '198.51.100.20' } });
      assert.equal((await analyst.scoreAlert(other)).probability, before);
      const j = await handle(mkAlert({ actor: { ip: '198.51.100.21' } }));
      await analyst.recordFeedback(j.id, 'confirmed', 'admin:alice');
      await analyst.recordFeedback(j.id, 'confirmed', 'admin:bob');
      assert.ok((await analyst.scoreAlert(probe)).probability < afterFp);
      // A fresh Analyst reads the stored feedback.
      analyst = make();
      assert.ok((await analyst.scoreAlert(probe)).probability < afterFp);
    });

    it('stores, audits and publishes feedback; the incident is marked', async () => {
      const updates = collect(r.bus, 'incident.updated');
      const i = await handle(mkAlert());
      const after = await analyst.recordFeedback(i.id, 'false_positive', 'admin:alice');
      await r.bus.drain();
      assert.equal(after.feedback, 'false_positive');
      assert.equal(after.status, 'suppressed');
      assert.equal((await r.store.getIncident(i.id))?.feedback, 'false_positive');
      assert.deepEqual(await r.store.feedbackFor('prompt_injection|pi-ignore-previous-instructions'), { falsePositive: 1, confirmed: 0 });
      const audit = await r.store.listAudit({ text: 'incident.feedback' });
      assert.equal(audit.length, 1);
      assert.equal(audit[0].actor, 'admin:alice');
      assert.equal(updates.at(-1)?.feedback, 'false_positive');
      await assert.rejects(analyst.recordFeedback('inc_nope', 'confirmed', 'admin:alice'), /unknown incident/);
    });

    it('enough false-positive feedback suppresses the pattern: monitor only, audited', async () => {
      for (let k = 0; k < 3; k++) {
        const i = await handle(mkAlert({ threat: 'malicious_input', ruleIds: ['inj-sqli'], actor: { ip: `198.51.100.${30 + k}` } }));
        await analyst.recordFeedback(i.id, 'false_positive', 'admin:alice');
      }
      const s = await handle(mkAlert({ threat: 'malicious_input', ruleIds: ['inj-sqli'], actor: { ip: '198.51.100.40' } }));
      assert.equal(s.status, 'suppressed');
      assert.equal(s.severity, 'low');
      assert.deepEqual(s.playbook.map((a) => a.kind), ['monitor']);
      assert.equal((await r.store.listAudit({ text: 'incident.suppressed' })).length, 1);
    });
  });

  it('sends the playbook without waiting for the incident to be committed; announces the incident once it is', async () => {
    // A disk that takes its time with the incident: enforcement must not wait for it.
    let commit: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (commit = resolve));
    const slow = new Proxy(r.store, {
      get(target, prop, recv) {
        if (prop === 'upsertIncident') return (i: Incident) => target.upsertIncident(i).then(() => held);
        const v = Reflect.get(target, prop, recv) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    analyst = new Analyst({ bus: r.bus, store: slow, clock: r.clock, logger: r.logger, policy: () => policy, scorer: new FpScorer(FLAT) });
    await analyst.start();
    const updated = collect(r.bus, 'incident.updated');
    const ready = new Promise<BusTopics['playbook.ready']>((resolve) => r.bus.subscribe('playbook.ready', resolve));
    r.bus.publish('alert.raised', mkAlert({ threat: 'data_exfiltration', severity: 'critical' }));
    const { incident, actions } = await ready;
    assert.deepEqual(actions.map((a) => a.kind), ['block_ip', 'terminate_session']);
    assert.equal(updated.length, 0, 'the incident is not announced before it is durable');
    commit();
    await analyst.idle();
    await r.bus.drain();
    assert.deepEqual(updated.map((i) => i.id), [incident.id]);
    assert.equal((await r.store.getIncident(incident.id))?.id, incident.id);
    analyst.stop();
  });

  it('a benign security question is not remediated (real engine and trained model)', async () => {
    analyst = make(FpScorer.load());
    const builder = new Builder({ bus: r.bus, store: r.store, clock: r.clock, logger: r.logger, policy: () => policy });
    builder.start();
    await analyst.start();
    const ready = collect(r.bus, 'playbook.ready');
    for (const text of ['How do I protect my app against SQL injection?', 'How can I prevent prompt injection in my chatbot?']) {
      r.bus.publish('event.ingested', ev(text, { ip: '192.0.2.50', sessionId: 'learner' }));
    }
    await r.bus.drain();
    const kinds = ready.flatMap((p) => p.actions.map((a) => a.kind));
    assert.ok(
      kinds.every((k) => k === 'monitor'),
      `a security question was remediated: ${kinds.join(', ')}`,
    );
    builder.stop();
    analyst.stop();
  });
});
