import { severityRank } from '../../engine/types';
import type { MessageBus, Unsubscribe } from '../../bus/bus';
import type { ResponsePolicy } from '../../enforce/policy';
import type { ActionKind, Alert, Feedback, Incident } from '../../protocol/domain';
import type { Store } from '../../store/store';
import type { Clock } from '../../util/clock';
import type { Logger } from '../../util/logger';
import { FpScorer, type FpScore } from '../fp/fp-model';
import { actorKey } from '../shared/actor';
import { LruMap } from '../../util/lru-map';
import { errorMessage } from '../shared/text-hash';
import { ActorHistory } from './actor-history';
import { AlertDeduper, type DedupeOptions } from './dedupe';
import { actionKey, buildPlaybook } from './playbook';
import { decideSeverity } from './severity';
import { BackgroundSummaries } from './background-summaries';
import { LookaheadQueue } from './lookahead-queue';
import { alertEvidence, correlationKey, fromStore, newIncident, patternKey, snapshot, RECENT_ALERTS, type OpenIncident } from './incident-state';

export { correlationKey, patternKey } from './incident-state';
import { TemplateSummarizer, type Summarizer } from './summarizer';

export interface AnalystDeps {
  bus: MessageBus;
  store: Store;
  clock: Clock;
  logger: Logger;
  policy: () => ResponsePolicy;
  /** The false-positive model; loaded from daemon/models/fp-model.json when omitted. */
  scorer?: FpScorer;
  /** An LLM summarizer (LlmSummarizer); the template is used when omitted. */
  summarizer?: Summarizer;
}

export interface AnalystOptions {
  dedupe?: Partial<DedupeOptions>;
  /** False-positive feedback on a pattern this many times (and twice as often as confirmations) suppresses it. */
  suppressAfter?: number;
  /** Open incidents kept in memory (older ones are found in the store). */
  maxOpenIncidents?: number;
  /**
   * The most recent alert ids kept on an incident (alertCount keeps counting past it; the store
   * links every alert to its incident). Newest, not first: the chat's remediation waiter and the
   * dashboard find an incident by its latest alert. Default 20: at 200, 10,000 open incidents of
   * steady attackers (one alert each per 10 s keeps them open) grew by ~5 MB a minute towards
   * over 100 MB of ids, copied into every update and rewritten with every commit.
   */
  maxAlertIds?: number;
}

export interface AnalystStats {
  alerts: number;
  deduplicated: number;
  incidentsOpened: number;
  suppressed: number;
  playbooks: number;
  summaries: { llm: number; template: number };
  errors: number;
}

/**
 * The triage agent: de-duplicates alerts, correlates them into incidents (same actor, same
 * threat, within the correlation window), scores the false-positive probability, decides the
 * severity and plans the policy's response. Publishes 'incident.updated' and, for actions not
 * planned before in the incident, 'playbook.ready'.
 */
export class Analyst {
  private readonly scorer: FpScorer;
  private readonly template = new TemplateSummarizer();
  private readonly dedupe: AlertDeduper;
  private readonly history = new ActorHistory();
  private readonly open: LruMap<string, OpenIncident>;
  /** incident id → correlation key, for feedback on incidents still in memory. */
  private readonly keyById: LruMap<string, string>;
  private readonly feedbackCache = new LruMap<string, { falsePositive: number; confirmed: number }>(10_000);
  private readonly summaries: BackgroundSummaries;
  /** Triaged alerts whose incident is being stored (and then announced). */
  private readonly committing = new Set<Promise<void>>();
  private readonly suppressAfter: number;
  private readonly maxAlertIds: number;
  /** Raised alerts waiting for triage, each with its incident lookup already under way. */
  private readonly queue: LookaheadQueue<Alert, Incident | undefined>;
  private unsubscribe: Unsubscribe | undefined;
  private readonly counters: AnalystStats = { alerts: 0, deduplicated: 0, incidentsOpened: 0, suppressed: 0, playbooks: 0, summaries: { llm: 0, template: 0 }, errors: 0 };

  constructor(
    private readonly deps: AnalystDeps,
    opts: AnalystOptions = {},
  ) {
    this.scorer = deps.scorer ?? FpScorer.load(deps.logger);
    this.summaries = new BackgroundSummaries(deps.summarizer, deps.store, deps.bus, deps.logger);
    this.dedupe = new AlertDeduper(opts.dedupe);
    this.suppressAfter = opts.suppressAfter ?? 3;
    this.maxAlertIds = Math.max(1, opts.maxAlertIds ?? 20);
    this.open = new LruMap(opts.maxOpenIncidents ?? 10_000);
    this.keyById = new LruMap(opts.maxOpenIncidents ?? 10_000);
    this.queue = new LookaheadQueue<Alert, Incident | undefined>(
      (_alert, key) => this.lookup(key),
      (alert, looked) => this.triageQueued(alert, looked),
      correlationKey,
    );
  }

  /** Warms the actor history from recent incidents, then subscribes to 'alert.raised'. */
  async start(): Promise<void> {
    if (this.unsubscribe) return;
    try {
      const since = this.deps.clock.now() - 30 * 24 * 3600 * 1000;
      for (const i of await this.deps.store.listIncidents({ since, limit: 5_000 })) if (i.status !== 'suppressed') this.history.record(i);
    } catch (e) {
      this.deps.logger.log('warn', 'analyst: actor history not loaded', { error: errorMessage(e) });
    }
    // Triage runs alert by alert, in the order they were raised (lookahead-queue.ts: each alert's
    // incident lookup starts as it arrives); storing and announcing the result runs behind it, so
    // the next alert does not wait for the previous one's commit. Commits complete in order, so an
    // incident's updates are still announced in order.
    this.unsubscribe = this.deps.bus.subscribe('alert.raised', (a) => this.queue.push(a));
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Resolves when every triaged alert is stored and announced, and background LLM summaries have finished. */
  async idle(): Promise<void> {
    while (this.queue.size > 0 || this.committing.size > 0) {
      await this.queue.idle();
      await Promise.all([...this.committing]);
    }
    await this.summaries.idle();
  }

  /** Nothing waiting for triage, being stored or summarized. */
  isIdle(): boolean {
    return this.queue.size === 0 && this.committing.size === 0 && this.summaries.inFlight === 0;
  }

  /** The stored open incident for `key`, read ahead of triage; none when memory has it (the likely answer then). */
  private lookup(key: string): Promise<Incident | undefined> | undefined {
    if (this.open.peek(key) !== undefined) return undefined;
    const since = this.deps.clock.now() - this.deps.policy().correlationWindowSec * 1000;
    return this.deps.store.findOpenIncident(key, since);
  }

  private async triageQueued(alert: Alert, looked: { result: Promise<Incident | undefined>; stale: boolean } | undefined): Promise<void> {
    try {
      const t = await this.triage(alert, looked);
      if (t) this.track(t.done);
    } catch (e) {
      this.counters.errors++;
      this.deps.logger.log('error', 'analyst: alert not triaged', { alertId: alert.id, error: errorMessage(e) });
    }
  }

  private track(p: Promise<unknown>): void {
    const q = p.then(
      () => undefined,
      (e: unknown) => {
        this.counters.errors++;
        this.deps.logger.log('error', 'analyst: incident not stored', { error: errorMessage(e) });
      },
    );
    this.committing.add(q);
    void q.finally(() => this.committing.delete(q));
  }

  stats(): AnalystStats {
    return { ...this.counters, summaries: { llm: this.summaries.llmSummaries, template: this.counters.summaries.template } };
  }

  /** The false-positive score this alert would get now (feedback and actor history included). */
  async scoreAlert(alert: Alert, currentIncidentId?: string): Promise<FpScore> {
    const feedback = await this.feedbackFor(patternKey(alert));
    const hist = this.history.of(actorKey(alert.actor), currentIncidentId);
    return this.scorer.score(alert, { feedback, ...hist, ...(alert.source ? { source: alert.source } : {}) });
  }

  /** Triage of one alert; resolves with the incident it joined (undefined for a duplicate) once it is stored and announced. */
  async handle(alert: Alert): Promise<Incident | undefined> {
    const t = await this.triage(alert);
    if (!t) return undefined;
    await t.done;
    return t.incident;
  }

  /**
   * Decides about one alert and updates the in-memory incident; `done` resolves once the incident
   * (and the alert's link to it, and the audit of skipped actions) is durable and published.
   */
  private async triage(alert: Alert, looked?: { result: Promise<Incident | undefined>; stale: boolean }): Promise<{ incident: Incident; done: Promise<void> } | undefined> {
    const { clock, store, bus, logger } = this.deps;
    const now = clock.now();
    if (this.dedupe.isDuplicate(alert, now)) {
      this.counters.deduplicated++;
      return undefined;
    }
    this.counters.alerts++;
    const policy = this.deps.policy();
    const key = correlationKey(alert);
    const state = await this.findOpen(key, now, policy, looked);
    const pattern = patternKey(alert);
    const feedback = await this.feedbackFor(pattern);
    const fp = await this.scoreAlert(alert, state?.incident.id);
    const suppressed = feedback.falsePositive >= this.suppressAfter && feedback.falsePositive >= 2 * feedback.confirmed;

    let s: OpenIncident;
    if (state) {
      s = state;
      const i = s.incident;
      i.alertCount++;
      i.lastSeen = now;
      i.alertIds.push(alert.id);
      if (i.alertIds.length > this.maxAlertIds) i.alertIds.splice(0, i.alertIds.length - this.maxAlertIds);
      i.fpProbability = Math.min(i.fpProbability, fp.probability);
    } else {
      s = { incident: newIncident(key, alert, now, fp.probability), recent: [], patterns: new Set(), skipped: new Set() };
      this.open.set(key, s);
      this.keyById.set(s.incident.id, key);
      this.counters.incidentsOpened++;
    }
    const incident = s.incident;
    s.recent.push(alertEvidence(alert));
    if (s.recent.length > RECENT_ALERTS) s.recent.shift();
    s.patterns.add(pattern);

    const hist = this.history.of(actorKey(alert.actor), incident.id);
    const decision = decideSeverity(
      {
        threat: alert.threat,
        fp: fp.probability,
        score: alert.score,
        alertSeverity: alert.severity,
        repeatOffender: hist.priorIncidents > 0,
        alertCount: incident.alertCount,
        suppressed: suppressed || incident.status === 'suppressed',
      },
      policy,
    );
    const becameSuppressed = suppressed && incident.status === 'open';
    if (becameSuppressed) {
      incident.status = 'suppressed';
      this.counters.suppressed++;
    }
    if (incident.alertCount === 1 || severityRank(decision.severity) > severityRank(incident.severity)) incident.severity = decision.severity;
    if (incident.status !== 'suppressed') this.history.record(incident);

    const why = [...fp.reasons, ...decision.reasons.slice(1)].join('; ') || `score ${alert.score}`;
    const plan = buildPlaybook(incident, decision.severity, decision.monitorOnly, policy, why);
    const planned = new Set(incident.playbook.map(actionKey));
    const fresh = plan.actions.filter((a) => !planned.has(actionKey(a)));
    incident.playbook.push(...fresh);
    incident.summary = this.template.text(incident, s.recent);
    incident.summarySource = 'template';
    this.counters.summaries.template++;

    // Everything this alert changed is issued at once and shares one group commit. What is
    // announced is the incident as of this alert (later alerts may change it while this commits).
    // The playbook goes to the Remediator now, without waiting for that commit: whatever it writes
    // for these actions (claim, restriction, audit, action record) is issued after the incident,
    // so it lands in the same group commit or a later one, and groups commit in order — no action
    // record becomes durable without its incident, and a crash before the commit loses both.
    const stored = store.upsertIncident(incident);
    // The Builder stored the alert without an incident id; the published payload stays untouched.
    const linked = store.insertAlert({ ...alert, incidentId: incident.id }).catch((e: unknown) => {
      logger.log('error', 'analyst: alert not linked to its incident', { alertId: alert.id, error: errorMessage(e) });
    });
    const audited = this.auditDecisions(s, plan.skipped, becameSuppressed, feedback, now);
    const shot = snapshot(incident);
    if (fresh.length > 0) {
      this.counters.playbooks++;
      bus.publish('playbook.ready', { incident: snapshot(shot), actions: fresh });
    }
    // The dashboard and the chat answer hear about the incident once it is durable.
    const done = Promise.all([stored, linked, audited]).then(() => {
      bus.publish('incident.updated', shot);
      this.summaries.schedule(s);
    });
    return { incident, done };
  }

  /**
   * Stores an analyst's verdict on an incident: feedback for each of its patterns (changing future
   * scores and, when repeated, suppressing the pattern), the incident's feedback and status, and an
   * audit record.
   */
  async recordFeedback(incidentId: string, feedback: Feedback, by: string): Promise<Incident> {
    const { store, clock, bus } = this.deps;
    const key = this.keyById.peek(incidentId);
    const s = key !== undefined ? this.open.peek(key) : undefined;
    const incident = s?.incident ?? (await store.getIncident(incidentId));
    if (!incident) throw new Error(`unknown incident ${incidentId}`);
    const patterns = s ? [...s.patterns] : [...new Set((await store.listAlerts({ incidentId, limit: 200 })).map(patternKey))];
    if (patterns.length === 0) patterns.push(`${incident.threat}|`);
    const now = clock.now();
    for (const p of patterns) {
      await store.addFeedback({ incidentId, patternKey: p, feedback, ts: now, by });
      this.feedbackCache.delete(p);
    }
    incident.feedback = feedback;
    if (feedback === 'false_positive') {
      incident.status = 'suppressed';
      this.history.forget(actorKey(incident.actor), incident.id);
    } else {
      if (incident.status === 'suppressed') incident.status = 'open';
      this.history.record(incident);
    }
    incident.summary = this.template.text(incident, s?.recent ?? []);
    incident.summarySource = 'template';
    await store.upsertIncident(incident);
    await store.appendAudit({
      ts: now,
      actor: by,
      action: 'incident.feedback',
      target: incidentId,
      reason: feedback === 'false_positive' ? 'marked a false positive' : 'confirmed as an attack',
      details: { feedback, patterns, threat: incident.threat },
    });
    bus.publish('incident.updated', snapshot(incident));
    return snapshot(incident);
  }

  /**
   * The open incident for this key inside the correlation window: memory first, then the store
   * (after a restart or an eviction) — the read made ahead of triage unless an alert with the same
   * key was triaged after it was issued.
   */
  private async findOpen(key: string, now: number, policy: ResponsePolicy, looked?: { result: Promise<Incident | undefined>; stale: boolean }): Promise<OpenIncident | undefined> {
    const since = now - policy.correlationWindowSec * 1000;
    const cached = this.open.get(key);
    if (cached) {
      if (cached.incident.lastSeen >= since && cached.incident.status !== 'resolved') return cached;
      this.open.delete(key);
      return undefined;
    }
    const stored = looked && !looked.stale ? await looked.result : await this.deps.store.findOpenIncident(key, since);
    // A read made ahead used a slightly earlier window start.
    if (!stored || stored.lastSeen < since) return undefined;
    const s: OpenIncident = { incident: fromStore(stored), recent: [], patterns: new Set(), skipped: new Set() };
    this.open.set(key, s);
    this.keyById.set(stored.id, key);
    return s;
  }

  private async feedbackFor(pattern: string): Promise<{ falsePositive: number; confirmed: number }> {
    const cached = this.feedbackCache.get(pattern);
    if (cached) return cached;
    try {
      const fb = await this.deps.store.feedbackFor(pattern);
      this.feedbackCache.set(pattern, fb);
      return fb;
    } catch (e) {
      this.counters.errors++;
      this.deps.logger.log('warn', 'analyst: feedback not readable; scoring without it', { error: errorMessage(e) });
      return { falsePositive: 0, confirmed: 0 };
    }
  }

  /** Audit trail of what the Analyst decided not to do: actions without a target, suppression. */
  private async auditDecisions(s: OpenIncident, skipped: readonly { kind: ActionKind; why: string }[], becameSuppressed: boolean, feedback: { falsePositive: number; confirmed: number }, now: number): Promise<void> {
    const { store, logger } = this.deps;
    const id = s.incident.id;
    const writes: Promise<unknown>[] = [];
    for (const sk of skipped) {
      if (s.skipped.has(sk.kind)) continue;
      s.skipped.add(sk.kind);
      logger.log('info', `ACTION SKIPPED: ${sk.kind} for incident ${id} - ${sk.why}`, { incidentId: id });
      writes.push(store.appendAudit({ ts: now, actor: 'analyst', action: 'action.skipped', target: id, reason: sk.why, details: { kind: sk.kind, incidentId: id } }));
    }
    if (becameSuppressed) {
      writes.push(store.appendAudit({
        ts: now,
        actor: 'analyst',
        action: 'incident.suppressed',
        target: id,
        reason: `pattern marked a false positive ${feedback.falsePositive} time(s): monitoring only`,
        details: { incidentId: id, ...feedback },
      }));
    }
    await Promise.all(writes);
  }
}
