import { scanMessage } from '../../engine';
import type { ScanContext, Verdict } from '../../engine/types';
import type { MessageBus, Unsubscribe } from '../../bus/bus';
import type { ResponsePolicy } from '../../enforce/policy';
import type { Alert, SecurityEvent } from '../../protocol/domain';
import type { Store } from '../../store/store';
import type { Clock } from '../../util/clock';
import type { Logger } from '../../util/logger';
import { actorDimensions } from '../shared/actor';
import { errorMessage } from '../shared/text-hash';
import { alertFromBursts, alertFromFlood, alertFromVerdict } from './alert-factory';
import { BurstDetector, type BurstOptions } from './burst-detector';
import { sanitizeEvent } from './event-input';
import { FloodDetector, type FloodOptions } from './flood-detector';
import { verdictWithLeaks } from '../../reply-scan/leak-verdict';
import { replyLeaks } from '../../reply-scan/reply-leaks';
import { redact, type LeakSpan } from '../../reply-scan/spans';

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(errorMessage(e)));

export interface BuilderDeps {
  bus: MessageBus;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Read per event, so a mode switch (POST /api/soc/toggle) applies to the next message. */
  policy: () => ResponsePolicy;
}

export interface BuilderOptions {
  burst?: Partial<BurstOptions>;
  flood?: Partial<FloodOptions>;
  /** Longer texts are cut for scanning (their real size still counts for flooding). */
  maxScanChars?: number;
  /** The content scanner (default: the engine's scanMessage). Benchmarks swap it to measure the agents alone. */
  scan?: (text: string, ctx: ScanContext) => Verdict;
  /**
   * The scanner for events from the bus (default: `scan`). The daemon passes its scan thread's, so
   * that a burst of events is scanned beside this event loop. An inspection someone waits for (a
   * chat or proxy request) uses `scan`: a hop to the thread and back cost a proxied request more
   * than scanning its message here (measured at 200 req/s: added p99 2.2–2.5 → 2.9–3.2 ms).
   */
  scanAhead?: (text: string, ctx: ScanContext) => Promise<Verdict>;
  /**
   * Leaks in a model's reply (events with source `assistant`): found spans are redacted from the
   * stored event and alerted on (default: reply-scan's secrets and data-carrying links).
   */
  replyLeaks?: (text: string) => readonly LeakSpan[];
  /**
   * Events from the bus being scanned or finished at most (default 256): they are scanned ahead
   * (on the scan thread, while this thread stores and publishes the ones before), finished in
   * order. At the bound the bus waits, so the intake's own bound still holds.
   */
  maxInFlight?: number;
}

/** An event whose behaviour checks ran and whose scan is under way. */
interface Begun {
  event: SecurityEvent;
  alerts: Alert[];
  /** Never rejects: a scan failure arrives as its Error. */
  verdict: Promise<Verdict | Error>;
}

export interface InspectResult {
  event: SecurityEvent;
  verdict: Verdict;
  alerts: Alert[];
}

export interface BuilderStats {
  events: number;
  alerts: number;
  trackedActors: number;
  persistErrors: number;
  scanErrors: number;
}

const BENIGN: Verdict = {
  flagged: false,
  category: 'benign',
  severity: 'none',
  score: 0,
  findings: [],
  probabilities: { prompt_injection: 0, data_exfiltration: 0, system_manipulation: 0, privacy_violation: 0, malicious_input: 0, benign: 1 },
};

/**
 * The detection agent: every event goes through the engine (content) and the burst and flood
 * detectors (behaviour); each finding becomes an Alert with evidence, stored and published on
 * 'alert.raised' for the Analyst.
 */
export class Builder {
  private readonly bursts: BurstDetector;
  private readonly floods: FloodDetector;
  private readonly maxScanChars: number;
  private readonly scan: (text: string, ctx: ScanContext) => Verdict;
  private readonly scanAhead: (text: string, ctx: ScanContext) => Verdict | Promise<Verdict>;
  private readonly replyLeaks: (text: string) => readonly LeakSpan[];
  private readonly maxInFlight: number;
  private unsubscribe: Unsubscribe | undefined;
  /** Bus events admitted and not yet finished; each finishes after the one before. */
  private inFlight = 0;
  private tail: Promise<void> = Promise.resolve();
  /** The bus, waiting for an event to finish (at the bound). */
  private slotWaiters: (() => void)[] = [];
  private idleWaiters: (() => void)[] = [];
  private readonly counters = { events: 0, alerts: 0, persistErrors: 0, scanErrors: 0 };

  constructor(
    private readonly deps: BuilderDeps,
    opts: BuilderOptions = {},
  ) {
    this.bursts = new BurstDetector(opts.burst);
    this.floods = new FloodDetector(opts.flood);
    this.maxScanChars = opts.maxScanChars ?? 100_000;
    this.scan = opts.scan ?? scanMessage;
    this.scanAhead = opts.scanAhead ?? this.scan;
    this.replyLeaks = opts.replyLeaks ?? replyLeaks;
    this.maxInFlight = Math.max(1, opts.maxInFlight ?? 256);
  }

  start(): void {
    this.unsubscribe ??= this.deps.bus.subscribe('event.ingested', (e) => this.admit(e));
  }

  /** Bus events being scanned or finished. */
  inFlightCount(): number {
    return this.inFlight;
  }

  /** True when no bus event is being scanned or finished. */
  isIdle(): boolean {
    return this.inFlight === 0;
  }

  /** Resolves when every bus event admitted so far is finished. */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * Scans one event, raises and publishes its alerts, and answers with what was found (the chat
   * endpoint uses the answer). Callers use either this or the bus, not both, for one event.
   */
  async inspect(raw: SecurityEvent): Promise<InspectResult> {
    return this.finish(this.begin(raw, this.scan));
  }

  /** A bus event: its scan starts now; it is stored and its alerts published after the events admitted before it. */
  private admit(raw: SecurityEvent): Promise<void> | undefined {
    this.inFlight++;
    const begun = this.begin(raw, this.scanAhead);
    this.tail = this.tail.then(async () => {
      try {
        await this.finish(begun);
      } catch (e) {
        // Never expected (finish handles scan and store failures), but the chain must go on: the events after it wait on it.
        this.deps.logger.log('error', 'builder: event not finished', { eventId: begun.event.id, error: errorMessage(e) });
      } finally {
        this.inFlight--;
        this.slotWaiters.shift()?.();
        if (this.inFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
      }
    });
    if (this.inFlight < this.maxInFlight) return undefined;
    return new Promise((resolve) => this.slotWaiters.push(resolve));
  }

  /** The behaviour checks (in arrival order, synchronously) and the start of the content scan. */
  private begin(raw: SecurityEvent, scan: (text: string, ctx: ScanContext) => Verdict | Promise<Verdict>): Begun {
    const { clock } = this.deps;
    const policy = this.deps.policy();
    const event = sanitizeEvent(raw, clock.now(), this.maxScanChars);
    this.counters.events++;

    const alerts: Alert[] = [];
    const bursts = this.bursts.hit(actorDimensions(event.actor), clock.now());
    if (bursts.length > 0) alerts.push(alertFromBursts(event, bursts));
    const flood = this.floods.check(event);
    if (flood) alerts.push(alertFromFlood(event, flood));

    let verdict: Promise<Verdict | Error>;
    try {
      verdict = Promise.resolve(scan(event.text, { source: event.source ?? 'user', mode: policy.mode, rulePacks: policy.rulePacks })).catch(asError);
    } catch (e) {
      verdict = Promise.resolve(asError(e));
    }
    return { event, alerts, verdict };
  }

  private async finish(begun: Begun): Promise<InspectResult> {
    const { alerts, verdict: scanned } = begun;
    let { event } = begun;
    const { bus, logger } = this.deps;
    let verdict = BENIGN;
    const outcome = await scanned;
    if (outcome instanceof Error) {
      // An engine bug must not stop the pipeline; it is logged and counted, the behaviour checks still apply.
      this.counters.scanErrors++;
      logger.log('error', 'builder: scan failed', { eventId: event.id, error: outcome.message });
    } else verdict = outcome;
    // A reply that leaks: the secret never reaches the store, the alert or the live stream, only its marker.
    const leaks = event.source === 'assistant' ? this.replyLeaks(event.text) : [];
    if (leaks.length > 0) {
      event = { ...event, text: redact(event.text, leaks) };
      verdict = verdictWithLeaks(verdict, leaks) ?? verdict;
    }
    if (verdict.flagged && verdict.category !== 'benign') alerts.unshift(alertFromVerdict(event, verdict));

    await this.persist(event, alerts);
    for (const a of alerts) bus.publish('alert.raised', a);
    this.counters.alerts += alerts.length;
    return { event, verdict, alerts };
  }

  stats(): BuilderStats {
    return { ...this.counters, trackedActors: this.bursts.tracked() };
  }

  private async persist(event: SecurityEvent, alerts: readonly Alert[]): Promise<void> {
    const { store, logger } = this.deps;
    // A store thread far behind: wait here, so events queue before the Builder (where intake
    // refuses past its bound) rather than as actions whose slots wait for commits (and overflow).
    const behind = store.behind?.();
    if (behind) await behind;
    try {
      await store.insertEvent(event);
    } catch (e) {
      this.counters.persistErrors++;
      logger.log('error', 'builder: event not stored', { eventId: event.id, error: errorMessage(e) });
    }
    for (const a of alerts) {
      try {
        await store.insertAlert(a);
      } catch (e) {
        // The alert is still published: detection goes on even when the disk does not.
        this.counters.persistErrors++;
        logger.log('error', 'builder: alert not stored', { alertId: a.id, error: errorMessage(e) });
      }
    }
  }
}
