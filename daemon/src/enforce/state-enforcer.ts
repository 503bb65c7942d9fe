import type { MessageBus } from '../bus/bus';
import type { ActorRef, EnforcementEntry, EnforcementKind, GateDecision } from '../protocol/domain';
import type { Store } from '../store/store';
import type { Clock } from '../util/clock';
import type { Logger } from '../util/logger';
import type { ApplyOptions, Enforcer } from './enforcer';
import { KeyedLock } from './keyed-lock';
import { OffenseCounts } from './offense-counts';
import { baseDurationSec, escalatedDurationSec, type ResponsePolicy } from './policy';
import { appliedLogLine, cleanReason, flatString, liftedLogLine, refusalReason } from './reasons';
import { SlidingWindow } from './sliding-window';
import { EnforcementInputError, ipKey, parseTarget, type ParsedTarget, type RateScope } from './targets';

/** One live restriction with what the hot path needs precomputed. */
interface Live {
  entry: EnforcementEntry;
  parsed: ParsedTarget;
  /** The 403 answer (frozen, shared) or, for rate limits, the reason prefix of the 429. */
  refusal: GateDecision;
  reason: string;
  window?: SlidingWindow;
  /** False while (or after a failed) write-through; a later apply writes it again. */
  persisted: boolean;
  /** Its `applied` audit record is stored (a retry after a failed write-through does not repeat it). */
  audited: boolean;
}

const ALLOWED: GateDecision = Object.freeze({ allowed: true as const });

/**
 * The live enforcement state. `check` answers from in-memory maps (one per kind, keyed by the id
 * the request carries) without awaiting or allocating on refusals; `apply`/`lift`/`sweep` write
 * through to the store before they resolve, audit, log and publish 'enforcement.changed'.
 *
 * Rate-limit windows are memory only: after a restart a limited target keeps its limit (with its
 * remaining TTL) but its window starts empty.
 */
export class StateEnforcer implements Enforcer {
  private readonly blocked = new Map<string, Live>();
  private readonly terminated = new Map<string, Live>();
  private readonly suspended = new Map<string, Live>();
  private readonly limits: Record<RateScope, Map<string, Live>> = {
    ip: new Map(),
    session: new Map(),
    user: new Map(),
    any: new Map(),
  };
  /** Reused by `check` so counting against several rate limits allocates nothing. */
  private readonly hits: Live[] = [];
  private readonly lock = new KeyedLock();
  private readonly offenses: OffenseCounts;
  /** Told when a restriction takes effect in the gate (see `onInForce`). */
  private readonly inForce = new Set<(entry: Readonly<EnforcementEntry>) => void>();

  constructor(
    private readonly store: Store,
    private readonly bus: MessageBus,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private policy: ResponsePolicy,
  ) {
    this.offenses = new OffenseCounts(store);
  }

  /** New durations and rate limits use this policy; live restrictions keep theirs. */
  setPolicy(policy: ResponsePolicy): void {
    this.policy = policy;
  }

  async load(): Promise<void> {
    const now = this.clock.now();
    // Everything stored, so entries that expired while the daemon was down get their audit record.
    for (const entry of await this.store.listEnforcement(0)) {
      let parsed: ParsedTarget;
      try {
        parsed = parseTarget(entry.kind, entry.target);
      } catch (e) {
        this.logger.log('warn', 'enforcement: ignoring a stored entry with an invalid target', { kind: entry.kind, error: String(e) });
        continue;
      }
      const live = this.install(entry, parsed, undefined, now, true);
      if (entry.expiresAt <= now) await this.lock.run(keyOf(entry.kind, parsed), () => this.expireLocked(live));
    }
    this.logger.log('info', `enforcement: ${this.list().length} active restriction(s) restored`);
  }

  /**
   * Calls `listener` synchronously at the moment an `apply` puts a restriction (new or extended)
   * into the state `check` answers from — before it is durable, which 'enforcement.changed'
   * announces. For measuring event → enforcement (bench/pipeline.ts); the entry must not be changed.
   */
  onInForce(listener: (entry: Readonly<EnforcementEntry>) => void): () => void {
    this.inForce.add(listener);
    return () => this.inForce.delete(listener);
  }

  check(actor: ActorRef): GateDecision {
    return this.decide(actor, true);
  }

  restricted(actor: ActorRef): GateDecision {
    return this.decide(actor, false);
  }

  private decide(actor: ActorRef, countRate: boolean): GateDecision {
    if (actor === null || typeof actor !== 'object') return ALLOWED;
    const now = this.clock.now();
    const ip = typeof actor.ip === 'string' && actor.ip !== '' ? ipKey(actor.ip) : undefined;
    const user = typeof actor.userId === 'string' && actor.userId !== '' ? actor.userId : undefined;
    const session = typeof actor.sessionId === 'string' && actor.sessionId !== '' ? actor.sessionId : undefined;
    let r: Live | undefined;
    if (ip !== undefined && (r = this.blocked.get(ip)) !== undefined && r.entry.expiresAt > now) return r.refusal;
    if (user !== undefined && (r = this.suspended.get(user)) !== undefined && r.entry.expiresAt > now) return r.refusal;
    if (session !== undefined && (r = this.terminated.get(session)) !== undefined && r.entry.expiresAt > now) return r.refusal;
    const l = this.limits;
    if (!countRate || l.ip.size + l.session.size + l.user.size + l.any.size === 0) return ALLOWED;
    return this.checkRateLimits(ip, session, user, now);
  }

  private checkRateLimits(ip: string | undefined, session: string | undefined, user: string | undefined, now: number): GateDecision {
    const hits = this.hits;
    hits.length = 0;
    const l = this.limits;
    if (ip !== undefined) this.collect(l.ip, ip, now);
    if (session !== undefined) {
      this.collect(l.session, session, now);
      this.collect(l.any, session, now);
    }
    if (user !== undefined) {
      this.collect(l.user, user, now);
      if (user !== session) this.collect(l.any, user, now);
    }
    if (hits.length === 0) return ALLOWED;
    // Admitted only if every applicable limit admits; refused requests count against none.
    let worst: Live | undefined;
    let worstWait = 0;
    for (const h of hits) {
      const wait = h.window ? h.window.waitMs(now) : 0;
      if (wait > worstWait) {
        worstWait = wait;
        worst = h;
      }
    }
    if (worst !== undefined) {
      hits.length = 0;
      const retryAfterSec = Math.max(1, Math.ceil(worstWait / 1000));
      return { allowed: false, status: 429, kind: 'rate_limit', reason: `${worst.reason}; retry in ${retryAfterSec}s`, retryAfterSec };
    }
    for (const h of hits) h.window?.record(now);
    hits.length = 0;
    return ALLOWED;
  }

  private collect(map: Map<string, Live>, id: string, now: number): void {
    const r = map.get(id);
    if (r !== undefined && r.entry.expiresAt > now) this.hits.push(r);
  }

  async apply(kind: EnforcementKind, target: string, opts: ApplyOptions): Promise<EnforcementEntry> {
    const parsed = parseTarget(kind, target);
    if (opts.durationSec !== undefined && !(Number.isFinite(opts.durationSec) && opts.durationSec > 0)) {
      throw new EnforcementInputError(`${kind}: durationSec must be a positive number of seconds`);
    }
    return this.lock.run(keyOf(kind, parsed), () => this.applyLocked(kind, parsed, opts));
  }

  private async applyLocked(kind: EnforcementKind, parsed: ParsedTarget, opts: ApplyOptions): Promise<EnforcementEntry> {
    const now = this.clock.now();
    const prev = this.mapFor(kind, parsed).get(parsed.id);
    if (prev !== undefined && prev.entry.expiresAt <= now) await this.expireLocked(prev);
    const active = prev !== undefined && prev.entry.expiresAt > now ? prev : undefined;
    // A restriction re-applied while active extends it; only a new restriction is a new offense.
    // The count is read here (this key's lock is held, so nothing else changes it) and recorded in
    // the same group commit as the entry below, instead of a commit of its own before it.
    const key = keyOf(kind, parsed);
    const offenses = active ? active.entry.offenses : (await this.offenses.get(key, kind, parsed.canonical)) + 1;
    const durationSec = escalatedDurationSec(this.policy, opts.durationSec ?? baseDurationSec(this.policy, kind), offenses);
    const expiresAt = now + Math.round(durationSec * 1000);
    const reason = cleanReason(opts.reason);
    const extending = active !== undefined && expiresAt > active.entry.expiresAt;
    const details = { kind, durationSec, offenses, expiresAt, incidentId: opts.incidentId, extended: extending };

    if (active !== undefined && !extending && active.persisted) {
      await this.audit(now, opts.by, `${kind}.applied`, parsed.canonical, reason, { ...details, unchanged: true, expiresAt: active.entry.expiresAt });
      this.logger.log('debug', `enforcement: ${kind} ${parsed.canonical} already active until a later time`);
      return { ...active.entry };
    }
    // Also reached when an earlier write-through of the active entry failed: this apply completes it.
    const entry: EnforcementEntry = active
      ? extending
        ? { ...active.entry, expiresAt, reason, ...(opts.incidentId !== undefined ? { incidentId: opts.incidentId } : {}) }
        : active.entry
      : {
          kind,
          target: parsed.canonical,
          reason,
          createdAt: now,
          expiresAt,
          offenses,
          ...(opts.incidentId !== undefined ? { incidentId: opts.incidentId } : {}),
          ...(kind === 'rate_limit' ? { limit: { ...this.policy.rateLimit } } : {}),
        };
    // Enforced at once; a store failure then rejects (the caller retries) but does not leave a gap.
    // The offense, the entry and its audit record are issued together and share one group commit.
    // The audit records what was enforced (it is, from this moment), so it is written even if the
    // entry's write fails; the retry then completes the write without auditing the same apply twice.
    const live = this.install(entry, parsed, active?.window, now);
    if (!active) this.offenses.recording(key);
    live.audited = active !== undefined && !extending && active.audited;
    for (const l of this.inForce) l(entry);
    const [offense, persisted, audited] = await Promise.allSettled([
      active ? undefined : this.store.recordOffense(kind, parsed.canonical, now),
      this.store.upsertEnforcement(live.entry),
      live.audited ? undefined : this.audit(now, opts.by, `${kind}.applied`, parsed.canonical, reason, details),
    ]);
    // This key's lock is still held: the count recorded is the current one.
    if (!active) this.offenses.recorded(key, offense.status === 'fulfilled' ? offense.value : undefined);
    if (persisted.status === 'fulfilled') live.persisted = true;
    if (audited.status === 'fulfilled') live.audited = true;
    // The entry's own failure first (the caller retries it); a lost offense only costs escalation.
    for (const r of [persisted, audited, offense]) if (r.status === 'rejected') throw r.reason;
    this.bus.publish('enforcement.changed', { entry: { ...entry }, change: 'added' });
    const fields = { kind, target: parsed.canonical, expiresAt: entry.expiresAt, offenses, incidentId: opts.incidentId, by: opts.by };
    this.logger.log('warn', appliedLogLine(entry, parsed, (entry.expiresAt - now) / 1000), fields);
    return { ...entry };
  }

  /**
   * Starts the reads a coming `apply` of `kind` on `target` will need (its offense count), so they
   * overlap the caller's own reads. Nothing changes; an invalid target is left for `apply` to refuse.
   */
  prepare(kind: EnforcementKind, target: string): void {
    let parsed: ParsedTarget;
    try {
      parsed = parseTarget(kind, target);
    } catch {
      return;
    }
    const live = this.mapFor(kind, parsed).get(parsed.id);
    if (live === undefined || live.entry.expiresAt <= this.clock.now()) this.offenses.prefetch(keyOf(kind, parsed), kind, parsed.canonical);
  }

  async lift(kind: EnforcementKind, target: string, by: string, reason?: string): Promise<boolean> {
    let parsed: ParsedTarget;
    try {
      parsed = parseTarget(kind, target);
    } catch {
      return false;
    }
    return this.lock.run(keyOf(kind, parsed), async () => {
      const now = this.clock.now();
      const live = this.mapFor(kind, parsed).get(parsed.id);
      if (live === undefined) return false;
      if (live.entry.expiresAt <= now) {
        await this.expireLocked(live);
        return false;
      }
      const why = cleanReason(reason ?? `lifted by ${by}`);
      // Store first: if it fails the restriction stays in force and in the store, consistently.
      await this.store.removeEnforcement(kind, parsed.canonical);
      this.uninstall(live);
      await this.audit(now, by, `${kind}.lifted`, parsed.canonical, why, { kind, expiresAt: live.entry.expiresAt, incidentId: live.entry.incidentId });
      this.bus.publish('enforcement.changed', { entry: { ...live.entry }, change: 'lifted' });
      this.logger.log('info', liftedLogLine(kind, parsed, why), { kind, target: parsed.canonical, by });
      return true;
    });
  }

  list(): EnforcementEntry[] {
    const now = this.clock.now();
    return this.all()
      .filter((l) => l.entry.expiresAt > now)
      .map((l) => ({ ...l.entry }));
  }

  async sweep(): Promise<EnforcementEntry[]> {
    const now = this.clock.now();
    const expired: EnforcementEntry[] = [];
    for (const live of this.all()) {
      if (live.entry.expiresAt > now) continue;
      const done = await this.lock.run(keyOf(live.entry.kind, live.parsed), () => this.expireLocked(live));
      if (done) expired.push({ ...live.entry });
    }
    return expired;
  }

  /** Sweeps every `intervalMs` in the background (timer unref'd); returns a stop function. */
  startSweeping(intervalMs = 1000): () => void {
    const timer = setInterval(() => {
      this.sweep().catch((e: unknown) => this.logger.log('error', 'enforcement: sweep failed', { error: String(e) }));
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Removes one expired restriction (caller holds its lock); false when it was already replaced or gone. */
  private async expireLocked(live: Live): Promise<boolean> {
    const { entry, parsed } = live;
    if (this.mapFor(entry.kind, parsed).get(parsed.id) !== live) return false;
    await this.store.removeEnforcement(entry.kind, parsed.canonical);
    this.uninstall(live);
    await this.audit(this.clock.now(), 'system', `${entry.kind}.expired`, parsed.canonical, 'expired', {
      kind: entry.kind,
      expiresAt: entry.expiresAt,
      incidentId: entry.incidentId,
    });
    this.bus.publish('enforcement.changed', { entry: { ...entry }, change: 'expired' });
    this.logger.log('info', liftedLogLine(entry.kind, parsed, 'expired'), { kind: entry.kind, target: parsed.canonical });
    return true;
  }

  private install(entry: EnforcementEntry, parsed: ParsedTarget, window: SlidingWindow | undefined, now: number, persisted = false): Live {
    const reason = flatString(refusalReason(entry, parsed, now));
    const live: Live = {
      entry,
      parsed,
      reason,
      persisted,
      audited: persisted,
      refusal: Object.freeze(
        entry.kind === 'rate_limit'
          ? { allowed: false as const, status: 429 as const, kind: entry.kind, reason }
          : { allowed: false as const, status: 403 as const, kind: entry.kind, reason },
      ),
    };
    if (entry.kind === 'rate_limit') {
      const limit = entry.limit ?? this.policy.rateLimit;
      const keep = window && window.requests === limit.requests && window.windowMs === limit.windowSec * 1000;
      live.window = keep ? window : new SlidingWindow(limit.requests, limit.windowSec * 1000);
    }
    this.mapFor(entry.kind, parsed).set(parsed.id, live);
    return live;
  }

  private uninstall(live: Live): void {
    const map = this.mapFor(live.entry.kind, live.parsed);
    if (map.get(live.parsed.id) === live) map.delete(live.parsed.id);
  }

  private mapFor(kind: EnforcementKind, parsed: ParsedTarget): Map<string, Live> {
    switch (kind) {
      case 'block_ip':
        return this.blocked;
      case 'terminate_session':
        return this.terminated;
      case 'suspend_user':
        return this.suspended;
      case 'rate_limit':
        return this.limits[parsed.scope];
    }
  }

  private all(): Live[] {
    const l = this.limits;
    return [this.blocked, this.suspended, this.terminated, l.ip, l.session, l.user, l.any].flatMap((m) => [...m.values()]);
  }

  private async audit(ts: number, actor: string, action: string, target: string, reason: string, details: Record<string, unknown>): Promise<void> {
    await this.store.appendAudit({ ts, actor, action, target, reason, details: dropUndefined(details) });
  }
}

function keyOf(kind: EnforcementKind, parsed: ParsedTarget): string {
  return `${kind}\u0000${parsed.canonical}`;
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}
