import type { MessageBus } from '../../bus/bus';
import type { Store } from '../../store/store';
import type { Logger } from '../../util/logger';
import { errorMessage } from '../shared/text-hash';
import { snapshot, type OpenIncident } from './incident-state';
import { isSourced, TemplateSummarizer, type Summarizer } from './summarizer';

/**
 * Runs the configured (LLM) summarizer off the triage path: the incident is published at once with
 * its template summary, and again when a better one arrives. `idle()` waits for the runs in flight.
 */
export class BackgroundSummaries {
  private readonly pending = new Set<Promise<void>>();
  private llmCount = 0;

  constructor(
    private readonly summarizer: Summarizer | undefined,
    private readonly store: Store,
    private readonly bus: MessageBus,
    private readonly logger: Logger,
  ) {}

  /** True when there is a summarizer other than the template (otherwise nothing runs). */
  get enabled(): boolean {
    return this.summarizer !== undefined && !(this.summarizer instanceof TemplateSummarizer);
  }

  get llmSummaries(): number {
    return this.llmCount;
  }

  schedule(s: OpenIncident): void {
    const summarizer = this.summarizer;
    if (!summarizer || !this.enabled) return;
    const inc = snapshot(s.incident);
    const alerts = [...s.recent];
    const p = (async () => {
      try {
        const r = isSourced(summarizer) ? await summarizer.describe(inc, alerts) : { text: await summarizer.summarize(inc, alerts), source: 'llm' as const };
        // A newer alert has changed the incident since: its own run will write.
        if (s.incident.alertCount !== inc.alertCount || r.source !== 'llm') return;
        s.incident.summary = r.text;
        s.incident.summarySource = 'llm';
        this.llmCount++;
        await this.store.upsertIncident(s.incident);
        this.bus.publish('incident.updated', snapshot(s.incident));
      } catch (e) {
        this.logger.log('warn', 'analyst: summary failed; the template summary stays', { incidentId: inc.id, error: errorMessage(e) });
      }
    })();
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  get inFlight(): number {
    return this.pending.size;
  }

  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
