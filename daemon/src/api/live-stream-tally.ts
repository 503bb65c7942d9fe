import type { Unsubscribe } from '../bus/bus';
import type { ActionKind, ActionStatus, Severity, ThreatType } from '../protocol/domain';
import type { Soc } from '../soc/create-soc';
import type { Logger } from '../util/logger';

/** Upper bound on pending approvals read at start (more than any daemon holds). */
const APPROVALS_PAGE = 100_000;

/**
 * Counts the SOC does not keep itself, taken from the bus as things happen: events accepted,
 * alerts by threat and severity, actions by kind and status, pending approvals. The live stream's
 * `stats` messages and the Prometheus metrics read the same tally.
 */
export class SocTally {
  /** Events the Builder has taken off the bus (accepted = this + still queued). */
  eventsDelivered = 0;
  readonly alertsByThreatSeverity = new Map<string, number>();
  readonly actionsByKindStatus = new Map<string, number>();
  private readonly pending = new Set<string>();
  /** Approvals decided over the bus before the start-up read returned: that read must not revive them. */
  private readonly decided = new Set<string>();
  private seeded = false;
  private readonly unsubscribes: Unsubscribe[];

  constructor(soc: Soc, logger: Logger) {
    const bus = soc.bus;
    this.unsubscribes = [
      bus.subscribe('event.ingested', () => {
        this.eventsDelivered++;
      }),
      bus.subscribe('alert.raised', (a) => bump(this.alertsByThreatSeverity, `${a.threat}|${a.severity}`)),
      bus.subscribe('action.executed', (a) => bump(this.actionsByKindStatus, `${a.kind}|${a.status}`)),
      bus.subscribe('approval.updated', (a) => {
        if (a.status === 'pending') this.pending.add(a.id);
        else {
          this.pending.delete(a.id);
          if (!this.seeded) this.decided.add(a.id);
        }
      }),
    ];
    soc.store.listApprovals({ status: 'pending', limit: APPROVALS_PAGE }).then(
      (list) => {
        for (const a of list) if (!this.decided.has(a.id)) this.pending.add(a.id);
        this.seeded = true;
        this.decided.clear();
      },
      (e: unknown) => {
        this.seeded = true;
        this.decided.clear();
        logger.log('warn', 'live stream: pending approvals not read', { error: e instanceof Error ? e.message : String(e) });
      },
    );
  }

  get approvalsPending(): number {
    return this.pending.size;
  }

  alerts(): { total: number; byThreat: Partial<Record<ThreatType, number>>; bySeverity: Partial<Record<Severity, number>> } {
    let total = 0;
    const byThreat: Partial<Record<ThreatType, number>> = {};
    const bySeverity: Partial<Record<Severity, number>> = {};
    for (const [key, n] of this.alertsByThreatSeverity) {
      const [threat, severity] = key.split('|') as [ThreatType, Severity];
      total += n;
      byThreat[threat] = (byThreat[threat] ?? 0) + n;
      bySeverity[severity] = (bySeverity[severity] ?? 0) + n;
    }
    return { total, byThreat, bySeverity };
  }

  actions(): { total: number; byKind: Partial<Record<ActionKind, number>>; byStatus: Partial<Record<ActionStatus, number>> } {
    let total = 0;
    const byKind: Partial<Record<ActionKind, number>> = {};
    const byStatus: Partial<Record<ActionStatus, number>> = {};
    for (const [key, n] of this.actionsByKindStatus) {
      const [kind, status] = key.split('|') as [ActionKind, ActionStatus];
      total += n;
      byKind[kind] = (byKind[kind] ?? 0) + n;
      byStatus[status] = (byStatus[status] ?? 0) + n;
    }
    return { total, byKind, byStatus };
  }

  close(): void {
    for (const u of this.unsubscribes.splice(0)) u();
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
