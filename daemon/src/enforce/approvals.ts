import type { MessageBus } from '../bus/bus';
import type { Approval, ApprovalStatus, PlannedAction } from '../protocol/domain';
import type { Store } from '../store/store';
import type { Clock } from '../util/clock';
import type { Logger } from '../util/logger';
import { KeyedLock } from './keyed-lock';
import type { ResponsePolicy } from './policy';
import { timeOrderedId } from '../store/ids';
import { cleanReason } from './reasons';

/** The outcome of approving or rejecting: the decided approval, or why it could not be decided. */
export type ApprovalDecision = { ok: true; approval: Approval } | { ok: false; error: string; approval?: Approval };

/** Enough for every pending approval a daemon can hold; the store pages by this. */
const LIST_ALL = 100_000;

/**
 * Actions the policy says need a human: queued here until approved, rejected or expired.
 * Every change is persisted before it resolves (pending approvals survive restarts), audited and
 * published as 'approval.updated'. Decisions on one approval are serialized, so it is decided once.
 */
export class ApprovalQueue {
  /** Pending approvals by id, loaded from the store on first use. */
  private readonly pending = new Map<string, Approval>();
  private loaded: Promise<void> | undefined;
  private readonly lock = new KeyedLock();

  constructor(
    private readonly store: Store,
    private readonly bus: MessageBus,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private policy: ResponsePolicy,
  ) {}

  setPolicy(policy: ResponsePolicy): void {
    this.policy = policy;
  }

  /** Loads pending approvals from the store (called lazily by every other method). */
  load(): Promise<void> {
    this.loaded ??= this.store.listApprovals({ status: 'pending', limit: LIST_ALL }).then(
      (list) => {
        for (const a of list) this.pending.set(a.id, a);
      },
      (e: unknown) => {
        this.loaded = undefined;
        throw e;
      },
    );
    return this.loaded;
  }

  /** Queues an action for approval; an identical pending request for the incident is returned as is. */
  async request(incidentId: string, action: PlannedAction, by = 'remediator'): Promise<Approval> {
    await this.load();
    return this.lock.run(`request\u0000${incidentId}`, async () => {
      const now = this.clock.now();
      for (const a of this.pending.values()) {
        if (a.incidentId === incidentId && sameAction(a.action, action) && a.expiresAt > now) return { ...a };
      }
      const approval: Approval = {
        id: timeOrderedId('apr'),
        incidentId,
        action: { ...action },
        status: 'pending',
        requestedAt: now,
        expiresAt: now + this.policy.approvalTtlSec * 1000,
      };
      await this.store.upsertApproval(approval);
      this.pending.set(approval.id, approval);
      await this.audit(now, by, 'approval.requested', approval, cleanReason(action.reason));
      this.bus.publish('approval.updated', { ...approval });
      this.logger.log('info', `APPROVAL REQUESTED: ${action.kind} ${action.target} - incident ${incidentId}`, { approvalId: approval.id });
      return { ...approval };
    });
  }

  approve(id: string, by: string): Promise<ApprovalDecision> {
    return this.decide(id, by, 'approved');
  }

  reject(id: string, by: string): Promise<ApprovalDecision> {
    return this.decide(id, by, 'rejected');
  }

  /** Marks every overdue pending approval 'expired' (its action is not carried out); returns them. */
  async expire(): Promise<Approval[]> {
    await this.load();
    const now = this.clock.now();
    const out: Approval[] = [];
    for (const a of [...this.pending.values()]) {
      if (a.expiresAt > now) continue;
      const done = await this.lock.run(a.id, async () => {
        const cur = await this.store.getApproval(a.id);
        if (cur?.status !== 'pending') {
          this.pending.delete(a.id);
          return undefined;
        }
        return cur.expiresAt <= this.clock.now() ? this.markExpired(cur) : undefined;
      });
      if (done) out.push(done);
    }
    return out;
  }

  /** Expires overdue approvals every `intervalMs` in the background (timer unref'd); returns a stop function. */
  startExpiring(intervalMs = 5000): () => void {
    const timer = setInterval(() => {
      this.expire().catch((e: unknown) => this.logger.log('error', 'approvals: expiry sweep failed', { error: String(e) }));
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  async get(id: string): Promise<Approval | undefined> {
    return this.store.getApproval(id);
  }

  async list(status?: ApprovalStatus): Promise<Approval[]> {
    return this.store.listApprovals(status ? { status, limit: LIST_ALL } : { limit: LIST_ALL });
  }

  private async decide(id: string, by: string, status: 'approved' | 'rejected'): Promise<ApprovalDecision> {
    if (typeof id !== 'string' || id === '') return { ok: false, error: 'approval id is required' };
    try {
      await this.load();
      return await this.lock.run(id, async () => {
        const now = this.clock.now();
        // The store is the truth (another queue object, e.g. the API's, may have decided it).
        const current = await this.store.getApproval(id);
        if (current === undefined) return { ok: false, error: `no approval with id ${id}` };
        if (current.status !== 'pending') this.pending.delete(id);
        if (current.status !== 'pending') {
          const when = current.decidedAt !== undefined ? ` at ${new Date(current.decidedAt).toISOString()}` : '';
          const who = current.decidedBy ? ` by ${current.decidedBy}` : '';
          return { ok: false, error: `approval ${id} is already ${current.status}${who}${when}`, approval: { ...current } };
        }
        if (current.expiresAt <= now) {
          const expired = await this.markExpired(current);
          return { ok: false, error: `approval ${id} expired at ${new Date(current.expiresAt).toISOString()}`, approval: expired };
        }
        const decided: Approval = { ...current, status, decidedAt: now, decidedBy: by };
        await this.store.upsertApproval(decided);
        this.pending.delete(id);
        await this.audit(now, by, `approval.${status}`, decided, cleanReason(decided.action.reason));
        this.bus.publish('approval.updated', { ...decided });
        this.logger.log('info', `APPROVAL ${status.toUpperCase()}: ${decided.action.kind} ${decided.action.target} by ${by}`, { approvalId: id });
        return { ok: true, approval: { ...decided } };
      });
    } catch (e) {
      // A store failure is reported to the caller (API: 500 with a message), not thrown through.
      this.logger.log('error', `approval ${status === 'approved' ? 'approve' : 'reject'} failed`, { approvalId: id, error: String(e) });
      return { ok: false, error: `could not record the decision: ${e instanceof Error ? e.message : String(e)}` };
    }
  }

  private async markExpired(a: Approval): Promise<Approval> {
    const now = this.clock.now();
    const expired: Approval = { ...a, status: 'expired', decidedAt: now, decidedBy: 'system' };
    await this.store.upsertApproval(expired);
    this.pending.delete(a.id);
    await this.audit(now, 'system', 'approval.expired', expired, 'not approved in time; action not taken');
    this.bus.publish('approval.updated', { ...expired });
    this.logger.log('info', `APPROVAL EXPIRED: ${a.action.kind} ${a.action.target} - incident ${a.incidentId}`, { approvalId: a.id });
    return { ...expired };
  }

  private async audit(ts: number, actor: string, action: string, a: Approval, reason: string): Promise<void> {
    await this.store.appendAudit({
      ts,
      actor,
      action,
      target: `${a.action.kind} ${a.action.target}`,
      reason,
      details: { approvalId: a.id, incidentId: a.incidentId, status: a.status, expiresAt: a.expiresAt },
    });
  }
}

function sameAction(a: PlannedAction, b: PlannedAction): boolean {
  return a.kind === b.kind && a.target === b.target;
}
