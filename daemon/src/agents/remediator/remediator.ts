import type { MessageBus, Unsubscribe } from '../../bus/bus';
import type { Actuator } from '../../enforce/actuator-types';
import type { ActionKind, ActionRecord, ActionStatus, Approval, Incident, PlannedAction } from '../../protocol/domain';
import type { Store } from '../../store/store';
import type { Clock } from '../../util/clock';
import type { Logger } from '../../util/logger';
import { errorMessage } from '../shared/text-hash';
import { DEFAULT_GUARD, GuardedActuator, type BreakerState, type GuardOptions } from './actuator-guard';
import { BoundedQueue } from './bounded-queue';

/** The actuator for each action kind (enforce/actuators.ts `ActuatorSet`). */
export interface ActuatorLookup {
  get(kind: ActionKind): Actuator;
}

/** Queues actions that need a human (enforce/approvals.ts `ApprovalQueue`). */
export interface ApprovalRequester {
  request(incidentId: string, action: PlannedAction, by?: string): Promise<Approval>;
}

export interface RemediatorDeps {
  bus: MessageBus;
  store: Store;
  clock: Clock;
  logger: Logger;
  actuators: ActuatorLookup;
  approvals: ApprovalRequester;
  /** Counter hook for an external metrics registry (Prometheus later). */
  metric?: (name: 'remediation_overflow' | 'remediation_executed' | 'remediation_failed', value: number) => void;
}

export interface RemediatorOptions {
  /** Actions waiting at most (default 1,000; actions being carried out are not counted); beyond it offers are refused and recorded. */
  capacity?: number;
  /**
   * Actions carried out at once (default 1: strictly one after another, in queue order; never more
   * than `capacity`). With more,
   * each action still runs claim → actuator → record in order, and an actuator that is not
   * `concurrent` (webhook, command) still gets one action at a time in queue order; what overlaps is
   * the waiting for durable commits, which the store then groups into one.
   */
  concurrency?: number;
  guard?: Partial<GuardOptions>;
}

export interface RemediatorStats {
  queueDepth: number;
  capacity: number;
  overflowed: number;
  executed: number;
  failed: number;
  dryRun: number;
  pendingApproval: number;
  skipped: number;
  duplicates: number;
  breakers: Record<string, BreakerState>;
}

interface Job {
  incidentId: string;
  incident?: Incident;
  action: PlannedAction;
  /** Set when a human approved it: execute without asking again. */
  approval?: Approval;
}

/** The idempotency key: one execution per incident, action kind and target, ever. */
export function executionKey(incidentId: string, a: Pick<PlannedAction, 'kind' | 'target'>): string {
  return `${incidentId}:${a.kind}:${a.target}`;
}

/**
 * The response agent: a bounded queue of planned actions worked off in order by one worker.
 * Each action is claimed once (store.claimExecution), then carried out according to its policy
 * mode — auto through its actuator (retry + a circuit breaker per actuator), approval through the
 * approvals queue, dry_run recorded only — and every outcome is stored, audited and published.
 */
export class Remediator {
  private readonly queue: BoundedQueue<Job>;
  private readonly guards = new Map<Actuator, GuardedActuator>();
  private readonly guardOpts: GuardOptions;
  private readonly unsubscribes: Unsubscribe[] = [];
  /** Records written for refused offers, in flight (drain waits for them). */
  private readonly sideWrites = new Set<Promise<void>>();
  /** Claims of the jobs being worked on. */
  private readonly claiming = new Set<string>();
  /** Workers running (at most `concurrency`). */
  private workers = 0;
  private readonly concurrency: number;
  private idleWaiters: (() => void)[] = [];
  private lastOverflowLog = -Infinity;
  private readonly counters = { overflowed: 0, executed: 0, failed: 0, dryRun: 0, pendingApproval: 0, skipped: 0, duplicates: 0 };

  constructor(
    private readonly deps: RemediatorDeps,
    opts: RemediatorOptions = {},
  ) {
    this.queue = new BoundedQueue(opts.capacity ?? 1_000);
    // A Remediator set up for a small backlog is not meant to hold many more actions in flight.
    this.concurrency = Math.max(1, Math.min(this.queue.capacity, Math.floor(opts.concurrency ?? 1)));
    this.guardOpts = { ...DEFAULT_GUARD, ...opts.guard };
  }

  start(): void {
    if (this.unsubscribes.length > 0) return;
    this.unsubscribes.push(
      this.deps.bus.subscribe('playbook.ready', ({ incident, actions }) => {
        for (const action of actions) this.offer({ incidentId: incident.id, incident, action });
      }),
      this.deps.bus.subscribe('approval.updated', (a) => this.onApproval(a)),
    );
  }

  stop(): void {
    for (const u of this.unsubscribes.splice(0)) u();
  }

  /** Queues one action; false when the queue is full (the refusal is counted, logged, stored and published). */
  offer(job: Job): boolean {
    if (this.queue.offer(job)) {
      this.kick();
      return true;
    }
    this.overflow(job);
    return false;
  }

  /** Resolves when the queue is empty, the worker idle and every record written. */
  async drain(): Promise<void> {
    while (this.workers > 0 || this.queue.size > 0 || this.sideWrites.size > 0) {
      if (this.queue.size > 0) this.kick();
      if (this.workers > 0 || this.queue.size > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
      if (this.sideWrites.size > 0) await Promise.all([...this.sideWrites]);
    }
  }

  /** Nothing queued, in flight or being recorded. */
  isIdle(): boolean {
    return this.workers === 0 && this.queue.size === 0 && this.sideWrites.size === 0;
  }

  stats(): RemediatorStats {
    const breakers: Record<string, BreakerState> = {};
    for (const g of this.guards.values()) breakers[g.name] = g.state();
    return { queueDepth: this.queue.size, capacity: this.queue.capacity, ...this.counters, breakers };
  }

  /** Starts workers for the queued actions, up to `concurrency`. */
  private kick(): void {
    // Each new worker takes its first action synchronously, so the loop ends.
    while (this.workers < this.concurrency && this.queue.size > 0) {
      this.workers++;
      void this.work();
    }
  }

  private async work(): Promise<void> {
    try {
      for (let job = this.queue.poll(); job !== undefined; job = this.queue.poll()) {
        try {
          await this.process(job);
        } catch (e) {
          // A store failure while recording: logged, and the worker goes on with the next action.
          this.deps.logger.log('error', 'remediator: action not recorded', { incidentId: job.incidentId, kind: job.action.kind, error: errorMessage(e) });
        }
      }
    } finally {
      this.workers--;
      if (this.workers === 0) {
        const w = this.idleWaiters;
        this.idleWaiters = [];
        for (const resolve of w) resolve();
      }
    }
  }

  private async process(job: Job): Promise<void> {
    const { store } = this.deps;
    const { action, incidentId } = job;
    const key = executionKey(incidentId, action);
    // An approved action was claimed when it was queued for approval; its approval is claimed instead.
    const claim = job.approval ? `${key}#approved:${job.approval.id}` : key;
    // A second job for a claim this process is still working on is a duplicate, decided at once.
    if (this.claiming.has(claim)) {
      this.counters.duplicates++;
      return;
    }
    this.claiming.add(claim);
    try {
      const claimed = (await this.claim(job, claim))?.durable;
      if (claimed === undefined) {
        this.counters.duplicates++;
        return;
      }
      try {
        await this.carryOut(job, key, claim);
        if (!(await claimed)) this.deps.logger.log('error', 'remediator: an execution claim was taken by another writer while acting', { claim });
      } catch (e) {
        // Recording or requesting failed (e.g. the store): the claim is released so a later delivery
        // can try again, and the failure itself is recorded when possible.
        this.counters.failed++;
        await claimed.catch(() => undefined);
        await store.releaseExecution(claim).catch(() => undefined);
        await this.finish(job, key, 'failed', 0, `remediator error: ${errorMessage(e)}`, {}, undefined, errorMessage(e)).catch(() => undefined);
        throw e;
      }
    } finally {
      this.claiming.delete(claim);
    }
  }

  /**
   * Claims the execution; undefined when it was claimed before (a duplicate). The returned promise
   * settles when the claim is durable.
   *
   * Before an external actuator (webhook, command) acts, its claim must be durable, so it is
   * awaited first. When nothing leaves the process until the action's own durable writes — the
   * daemon's enforcement, a dry run, a request for approval — the claim is decided by a read (this
   * Remediator is the only claimant, and `claiming` covers its jobs in flight) and written together
   * with those writes: one group commit instead of two in a row. A crash before that commit loses
   * the claim and the action together, so the action is still carried out at most once.
   */
  private async claim(job: Job, claim: string): Promise<{ durable: Promise<boolean> } | undefined> {
    const { store, clock, actuators } = this.deps;
    const mode = job.approval ? 'auto' : job.action.policy;
    const actuator = actuators.get(job.action.kind);
    const internal = mode !== 'auto' || actuator.concurrent === true;
    if (!internal) return (await store.claimExecution(claim, clock.now())) ? { durable: Promise.resolve(true) } : undefined;
    // The actuator's own reads (the enforcer's offense count) overlap this one.
    if (mode === 'auto') actuator.prepare?.(job.action);
    if (await store.isClaimed(claim)) return undefined;
    const durable = store.claimExecution(claim, clock.now());
    // Awaited after the action; a rejection before then is not unhandled.
    durable.catch(() => undefined);
    return { durable };
  }

  private async carryOut(job: Job, key: string, claim: string): Promise<void> {
    const { store, approvals } = this.deps;
    const { action, incidentId } = job;
    const mode = job.approval ? 'auto' : action.policy;
    if (mode === 'dry_run') {
      this.counters.dryRun++;
      return this.finish(job, key, 'dry_run', 0, `dry run: ${action.kind} ${action.target} recorded, not carried out`);
    }
    if (mode === 'approval') {
      const approval = await approvals.request(incidentId, action);
      this.counters.pendingApproval++;
      return this.finish(job, key, 'pending_approval', 0, `waiting for approval ${approval.id} until ${new Date(approval.expiresAt).toISOString()}`, { approvalId: approval.id });
    }
    const guard = this.guardFor(this.deps.actuators.get(action.kind));
    const ctx = { incidentId, ...(job.incident ? { incident: job.incident } : {}), by: job.approval ? `remediator (approved by ${job.approval.decidedBy ?? 'admin'})` : 'remediator' };
    const { result, attempts, circuitOpen } = await guard.execute(action, ctx);
    const status: ActionStatus = result.status;
    if (status === 'failed') {
      this.counters.failed++;
      this.deps.metric?.('remediation_failed', 1);
      // Failed for good: a later delivery of this incident may try again.
      await store.releaseExecution(claim);
      this.deps.logger.log('warn', `ACTION FAILED: ${action.kind} ${action.target} - ${result.detail}`, { incidentId, attempts, circuitOpen });
    } else if (status === 'executed') {
      this.counters.executed++;
      this.deps.metric?.('remediation_executed', 1);
    } else if (status === 'dry_run') this.counters.dryRun++;
    else this.counters.skipped++;
    return this.finish(job, key, status, attempts, result.detail, { actuator: guard.name, ...(circuitOpen ? { circuitOpen } : {}) }, result.entry?.expiresAt, result.error);
  }

  /** Stores, audits and publishes the outcome of one action. */
  private async finish(job: Job, id: string, status: ActionStatus, attempts: number, detail: string, details: Record<string, unknown> = {}, expiresAt?: number, error?: string): Promise<void> {
    const { store, clock, bus } = this.deps;
    const { action, incidentId } = job;
    const record: ActionRecord = { id, incidentId, kind: action.kind, target: action.target, status, attempts, ts: clock.now(), reason: details.overflow === true ? detail : action.reason };
    if (expiresAt !== undefined) record.expiresAt = expiresAt;
    if (error !== undefined) record.error = error;
    else if (status === 'failed' || status === 'skipped') record.error = detail;
    // Issued together: one group commit carries the action record and its audit record.
    const stored = store.upsertAction(record);
    const audited = store.appendAudit({
      ts: record.ts,
      actor: 'remediator',
      action: `action.${status}`,
      target: action.target,
      // What did not happen says why first (searchable in the audit view), then what was planned.
      reason: status === 'executed' ? action.reason : `${detail}; planned: ${action.reason}`,
      details: { incidentId, kind: action.kind, policy: action.policy, attempts, detail, ...details },
    });
    await Promise.all([stored, audited]);
    bus.publish('action.executed', record);
  }

  /** A refused offer: counted, logged (at most every 5 s), stored as 'skipped', audited and published. */
  private overflow(job: Job): void {
    const { clock, logger } = this.deps;
    this.counters.overflowed++;
    this.deps.metric?.('remediation_overflow', 1);
    const now = clock.now();
    if (now - this.lastOverflowLog >= 5_000) {
      this.lastOverflowLog = now;
      logger.log('warn', 'remediation queue full: action refused and recorded as skipped', { capacity: this.queue.capacity, overflowed: this.counters.overflowed, incidentId: job.incidentId, kind: job.action.kind });
    }
    const id = `${executionKey(job.incidentId, job.action)}#overflow`;
    const p = this.finish(job, id, 'skipped', 0, 'remediation queue full', { overflow: true }, undefined, 'remediation queue full').catch((e: unknown) => {
      logger.log('error', 'remediator: overflow record not written', { incidentId: job.incidentId, kind: job.action.kind, error: errorMessage(e) });
    });
    this.sideWrites.add(p);
    void p.finally(() => this.sideWrites.delete(p));
  }

  /** An approved action is queued for execution; rejected or expired ones are recorded. */
  private onApproval(a: Approval): void {
    if (a.status === 'approved') {
      this.offer({ incidentId: a.incidentId, action: { ...a.action, policy: 'auto' }, approval: a });
      return;
    }
    if (a.status !== 'rejected' && a.status !== 'expired') return;
    const job: Job = { incidentId: a.incidentId, action: a.action };
    const p = this.finish(job, executionKey(a.incidentId, a.action), a.status, 0, `approval ${a.id} ${a.status}`, { approvalId: a.id }).catch((e: unknown) => {
      this.deps.logger.log('error', 'remediator: approval outcome not recorded', { approvalId: a.id, error: errorMessage(e) });
    });
    this.sideWrites.add(p);
    void p.finally(() => this.sideWrites.delete(p));
  }

  private guardFor(actuator: Actuator): GuardedActuator {
    let g = this.guards.get(actuator);
    if (!g) this.guards.set(actuator, (g = new GuardedActuator(actuator, this.guardOpts)));
    return g;
  }
}
