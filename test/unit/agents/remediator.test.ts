import { strict as assert } from 'node:assert';
import { Remediator, type ActuatorLookup, type RemediatorOptions } from '../../../daemon/src/agents/remediator/remediator';
import type { Actuator, ActuatorContext, ActuatorResult } from '../../../daemon/src/enforce/actuator-types';
import { ApprovalQueue } from '../../../daemon/src/enforce/approvals';
import { defaultPolicy } from '../../../daemon/src/enforce/policy';
import type { ActionKind, Incident, PlannedAction } from '../../../daemon/src/protocol/domain';
import { collect, rig, type Rig } from './helpers';

/** An actuator whose n-th call (1-based) does what `behave(n)` says. */
class FakeActuator implements Actuator {
  readonly calls: { action: PlannedAction; ctx: ActuatorContext }[] = [];
  constructor(
    readonly name: string,
    private readonly behave: (n: number, action: PlannedAction) => Promise<ActuatorResult> = () => Promise.resolve({ status: 'executed', detail: 'done' }),
  ) {}
  execute(action: PlannedAction, ctx: ActuatorContext): Promise<ActuatorResult> {
    this.calls.push({ action, ctx });
    return this.behave(this.calls.length, action);
  }
}

const transient = (): Promise<ActuatorResult> => Promise.resolve({ status: 'failed', detail: 'HTTP 503', error: 'HTTP 503', retryable: true });

function incident(id: string): Incident {
  return {
    id,
    key: `ip:203.0.113.7|${id}`,
    status: 'open',
    threat: 'data_exfiltration',
    severity: 'critical',
    actor: { ip: '203.0.113.7', sessionId: 'sess-1' },
    firstSeen: 0,
    lastSeen: 0,
    alertCount: 1,
    alertIds: [],
    fpProbability: 0.01,
    summary: '',
    summarySource: 'template',
    playbook: [],
  };
}

function action(kind: ActionKind, target: string, policy: PlannedAction['policy'] = 'auto'): PlannedAction {
  return { kind, target, reason: `test ${kind}`, policy };
}

describe('Remediator', () => {
  let r: Rig;
  let enforcement: FakeActuator;
  let webhook: FakeActuator;
  let remediator: Remediator;

  const lookup = (): ActuatorLookup => ({ get: (kind) => (kind === 'webhook' ? webhook : enforcement) });
  const make = (opts: RemediatorOptions = {}): Remediator => {
    const approvals = new ApprovalQueue(r.store, r.bus, r.clock, r.logger, defaultPolicy());
    const rem = new Remediator({ bus: r.bus, store: r.store, clock: r.clock, logger: r.logger, actuators: lookup(), approvals }, { guard: { initialDelayMs: 1, maxDelayMs: 2 }, ...opts });
    rem.start();
    return rem;
  };
  const settle = async (): Promise<void> => {
    await r.bus.drain();
    await remediator.drain();
    await r.bus.drain();
  };

  beforeEach(async () => {
    r = await rig();
    enforcement = new FakeActuator('enforcement');
    webhook = new FakeActuator('webhook');
    remediator = make();
  });
  afterEach(async () => {
    remediator.stop();
    await r.cleanup();
  });

  it('executes each action once, stores it, audits it and publishes it', async () => {
    const done = collect(r.bus, 'action.executed');
    r.bus.publish('playbook.ready', { incident: incident('inc_a'), actions: [action('block_ip', '203.0.113.7'), action('terminate_session', 'sess-1')] });
    await settle();
    assert.deepEqual(enforcement.calls.map((c) => c.action.kind), ['block_ip', 'terminate_session']);
    assert.equal(enforcement.calls[0].ctx.incidentId, 'inc_a');
    assert.deepEqual(done.map((d) => [d.kind, d.status, d.attempts]), [
      ['block_ip', 'executed', 1],
      ['terminate_session', 'executed', 1],
    ]);
    const stored = await r.store.listActions({ incidentId: 'inc_a' });
    assert.equal(stored.length, 2);
    assert.ok(stored.every((a) => a.status === 'executed'));
    const audit = await r.store.listAudit({ text: 'action.executed' });
    assert.equal(audit.length, 2);
    assert.equal(audit[0].actor, 'remediator');
  });

  it('the same incident delivered twice executes its actions once, also after a restart', async () => {
    const payload = { incident: incident('inc_twice'), actions: [action('block_ip', '203.0.113.7')] };
    r.bus.publish('playbook.ready', payload);
    r.bus.publish('playbook.ready', payload);
    await settle();
    assert.equal(enforcement.calls.length, 1);
    assert.equal(remediator.stats().duplicates, 1);
    // A restarted Remediator on the same store sees the claim.
    remediator.stop();
    remediator = make();
    r.bus.publish('playbook.ready', payload);
    await settle();
    assert.equal(enforcement.calls.length, 1);
    assert.equal(remediator.stats().duplicates, 1);
  });

  it('retries a transient failure with backoff and succeeds', async () => {
    enforcement = new FakeActuator('enforcement', (n) => (n < 3 ? transient() : Promise.resolve({ status: 'executed', detail: 'ok' })));
    remediator.stop();
    remediator = make();
    const done = collect(r.bus, 'action.executed');
    r.bus.publish('playbook.ready', { incident: incident('inc_retry'), actions: [action('rate_limit', 'ip:203.0.113.7')] });
    await settle();
    assert.equal(enforcement.calls.length, 3);
    assert.deepEqual(done.map((d) => [d.status, d.attempts]), [['executed', 3]]);
  });

  it('does not retry bad input (non-retryable failure)', async () => {
    enforcement = new FakeActuator('enforcement', () => Promise.resolve({ status: 'failed', detail: 'block_ip: "x" is not an IP', error: 'not an IP', retryable: false }));
    remediator.stop();
    remediator = make();
    r.bus.publish('playbook.ready', { incident: incident('inc_bad'), actions: [action('block_ip', 'x')] });
    await settle();
    assert.equal(enforcement.calls.length, 1);
    const [rec] = await r.store.listActions({ incidentId: 'inc_bad' });
    assert.equal(rec.status, 'failed');
    assert.equal(rec.error, 'not an IP');
  });

  it('a failing actuator is retried, then its circuit opens and fails fast, while other actuators keep working', async () => {
    webhook = new FakeActuator('webhook', transient);
    remediator.stop();
    remediator = make({ guard: { initialDelayMs: 1, maxDelayMs: 2, maxAttempts: 3, failuresToOpen: 2, halfOpenAfterMs: 60_000 } });
    const done = collect(r.bus, 'action.executed');
    for (let k = 0; k < 4; k++) {
      r.bus.publish('playbook.ready', { incident: incident(`inc_w${k}`), actions: [action('webhook', `hook-${k}`), action('block_ip', `198.51.100.${k}`)] });
    }
    await settle();
    // Two actions × three attempts, then the circuit is open: the last two are not attempted.
    assert.equal(webhook.calls.length, 6);
    const hooks = done.filter((d) => d.kind === 'webhook');
    assert.deepEqual(hooks.map((d) => [d.status, d.attempts]), [
      ['failed', 3],
      ['failed', 3],
      ['failed', 0],
      ['failed', 0],
    ]);
    assert.equal(hooks[3].error, 'circuit open');
    const audit = await r.store.listAudit({ text: 'circuit open for actuator webhook' });
    assert.equal(audit.length, 2);
    // The enforcement actuator has its own breaker and executed every block.
    assert.deepEqual(done.filter((d) => d.kind === 'block_ip').map((d) => d.status), ['executed', 'executed', 'executed', 'executed']);
    assert.deepEqual(remediator.stats().breakers, { webhook: 'open', enforcement: 'closed' });
    assert.equal(remediator.stats().failed, 4);
    // A failed action's claim is released: delivering the incident again tries again (and fails fast now).
    r.bus.publish('playbook.ready', { incident: incident('inc_w0'), actions: [action('webhook', 'hook-0')] });
    await settle();
    assert.equal(done.filter((d) => d.kind === 'webhook').length, 5);
  });

  it('a full queue refuses, counts, logs, stores and publishes the overflow: nothing is dropped silently', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    enforcement = new FakeActuator('enforcement', async () => {
      await gate;
      return { status: 'executed', detail: 'ok' };
    });
    remediator.stop();
    remediator = make({ capacity: 2 });
    const done = collect(r.bus, 'action.executed');
    const inc = incident('inc_full');
    const offers = [1, 2, 3, 4, 5].map((k) => remediator.offer({ incidentId: inc.id, incident: inc, action: action('block_ip', `192.0.2.${k}`) }));
    // The first is in the worker, the next two wait in the queue, the last two are refused.
    assert.deepEqual(offers, [true, true, true, false, false]);
    assert.equal(remediator.stats().overflowed, 2);
    assert.equal(remediator.stats().queueDepth, 2);
    release();
    await settle();
    assert.equal(enforcement.calls.length, 3);
    const skipped = done.filter((d) => d.status === 'skipped');
    assert.deepEqual(skipped.map((d) => [d.target, d.error]), [
      ['192.0.2.4', 'remediation queue full'],
      ['192.0.2.5', 'remediation queue full'],
    ]);
    assert.equal(done.filter((d) => d.status === 'executed').length, 3);
    assert.equal((await r.store.listActions({ incidentId: inc.id })).length, 5);
    assert.equal((await r.store.listAudit({ text: 'remediation queue full' })).length, 2);
    assert.ok(r.logger.records.some((l) => l.level === 'warn' && /remediation queue full/.test(l.msg)));
  });

  it('with concurrency, actions overlap on a concurrent actuator; a non-concurrent one still gets one at a time, in order', async () => {
    let open = 0;
    let maxOpen = 0;
    const gates: (() => void)[] = [];
    const slow = (): Promise<ActuatorResult> => {
      open++;
      maxOpen = Math.max(maxOpen, open);
      return new Promise((resolve) =>
        gates.push(() => {
          open--;
          resolve({ status: 'executed', detail: 'ok' });
        }),
      );
    };
    const parallel = Object.assign(new FakeActuator('enforcement', slow), { concurrent: true });
    enforcement = parallel;
    webhook = new FakeActuator('webhook', slow);
    remediator.stop();
    remediator = make({ concurrency: 4 });
    const done = collect(r.bus, 'action.executed');
    for (let k = 0; k < 3; k++) r.bus.publish('playbook.ready', { incident: incident(`inc_c${k}`), actions: [action('block_ip', `198.51.100.${k}`), action('webhook', `hook-${k}`)] });
    await r.bus.drain();
    // Four workers: two blocks run at once, the first webhook runs beside them, the second waits for it.
    const drained = remediator.drain();
    const pending = async (n: number): Promise<void> => {
      while (gates.length < n) await new Promise<void>((resolve) => setImmediate(resolve));
    };
    await pending(3);
    for (let i = 0; i < 50; i++) await new Promise<void>((resolve) => setImmediate(resolve));
    assert.equal(open, 3, 'the second webhook waits for the first');
    for (let released = 0; released < 6; released++) {
      await pending(1);
      (gates.shift() as () => void)();
    }
    await drained;
    await r.bus.drain();
    assert.equal(parallel.calls.length, 3);
    assert.equal(webhook.calls.length, 3);
    assert.ok(maxOpen >= 3, `actions overlapped (at most ${maxOpen} at once)`);
    assert.deepEqual(webhook.calls.map((c) => c.action.target), ['hook-0', 'hook-1', 'hook-2'], 'webhook calls in queue order');
    assert.equal(done.filter((d) => d.status === 'executed').length, 6);
  });

  it('with concurrency, the same action delivered twice at once runs once (claims in flight are duplicates)', async () => {
    const parallel = Object.assign(new FakeActuator('enforcement'), { concurrent: true });
    enforcement = parallel;
    remediator.stop();
    remediator = make({ concurrency: 8 });
    const payload = { incident: incident('inc_dup'), actions: [action('block_ip', '203.0.113.9'), action('block_ip', '203.0.113.9')] };
    r.bus.publish('playbook.ready', payload);
    r.bus.publish('playbook.ready', payload);
    await settle();
    assert.equal(parallel.calls.length, 1);
    assert.equal(remediator.stats().duplicates, 3);
    assert.equal(await r.store.isClaimed('inc_dup:block_ip:203.0.113.9'), true);
    const [rec] = await r.store.listActions({ incidentId: 'inc_dup' });
    assert.equal(rec.status, 'executed');
  });

  it('dry_run records only; approval waits for a human and then executes once', async () => {
    const done = collect(r.bus, 'action.executed');
    const inc = incident('inc_modes');
    r.bus.publish('playbook.ready', { incident: inc, actions: [action('command', '203.0.113.7', 'dry_run'), action('suspend_user', 'user-1', 'approval')] });
    await settle();
    assert.equal(enforcement.calls.length, 0);
    assert.deepEqual(done.map((d) => [d.kind, d.status]), [
      ['command', 'dry_run'],
      ['suspend_user', 'pending_approval'],
    ]);
    const [pending] = await r.store.listApprovals({ status: 'pending' });
    assert.equal(pending.action.kind, 'suspend_user');
    const approvals = new ApprovalQueue(r.store, r.bus, r.clock, r.logger, defaultPolicy());
    const decision = await approvals.approve(pending.id, 'admin:alice');
    assert.equal(decision.ok, true);
    await settle();
    assert.deepEqual(enforcement.calls.map((c) => c.action.kind), ['suspend_user']);
    const rec = (await r.store.listActions({ incidentId: inc.id })).find((a) => a.kind === 'suspend_user');
    assert.equal(rec?.status, 'executed');
    // The same approval announced twice still executes once.
    r.bus.publish('approval.updated', { ...pending, status: 'approved', decidedBy: 'admin:alice' });
    await settle();
    assert.equal(enforcement.calls.length, 1);
  });
});
