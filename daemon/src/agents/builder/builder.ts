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
  private unsubscribe: Unsubscribe | undefined;
  private readonly counters = { events: 0, alerts: 0, persistErrors: 0, scanErrors: 0 };

  constructor(
    private readonly deps: BuilderDeps,
    opts: BuilderOptions = {},
  ) {
    this.bursts = new BurstDetector(opts.burst);
    this.floods = new FloodDetector(opts.flood);
    this.maxScanChars = opts.maxScanChars ?? 100_000;
    this.scan = opts.scan ?? scanMessage;
  }

  start(): void {
    this.unsubscribe ??= this.deps.bus.subscribe('event.ingested', async (e) => {
      await this.inspect(e);
    });
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
    const { clock, bus, logger } = this.deps;
    const policy = this.deps.policy();
    const event = sanitizeEvent(raw, clock.now(), this.maxScanChars);
    this.counters.events++;

    const alerts: Alert[] = [];
    const bursts = this.bursts.hit(actorDimensions(event.actor), clock.now());
    if (bursts.length > 0) alerts.push(alertFromBursts(event, bursts));
    const flood = this.floods.check(event);
    if (flood) alerts.push(alertFromFlood(event, flood));

    let verdict = BENIGN;
    try {
      verdict = this.scan(event.text, { source: event.source ?? 'user', mode: policy.mode, rulePacks: policy.rulePacks });
    } catch (e) {
      // An engine bug must not stop the pipeline; it is logged and counted, the behaviour checks still apply.
      this.counters.scanErrors++;
      logger.log('error', 'builder: scan failed', { eventId: event.id, error: errorMessage(e) });
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
