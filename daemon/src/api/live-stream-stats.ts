import type { EnforcementKind } from '../protocol/domain';
import type { StatusSnapshot, StreamCounts, StreamStats } from '../protocol/stream';
import type { Soc } from '../soc/create-soc';
import type { SocTally } from './live-stream-tally';

/** Active restrictions per kind, read from the enforcer now. */
export function enforcementByKind(soc: Soc): Partial<Record<EnforcementKind, number>> {
  const out: Partial<Record<EnforcementKind, number>> = {};
  for (const e of soc.enforcer.list()) out[e.kind] = (out[e.kind] ?? 0) + 1;
  return out;
}

/** The `hello` snapshot's counts. */
export function streamCounts(soc: Soc, tally: SocTally): StreamCounts {
  const s = soc.stats();
  return {
    alerts: tally.alerts().total,
    incidentsOpened: s.analyst.incidentsOpened,
    actions: tally.actions().total,
    enforcementActive: s.enforcement,
    approvalsPending: tally.approvalsPending,
  };
}

/** The periodic `stats` payload: the SOC's own counters, the tally, and the daemon's status. */
export function streamStats(soc: Soc, tally: SocTally, status: StatusSnapshot, stream: { clients: number; dropped: number }): StreamStats {
  const s = soc.stats();
  const pending = s.bus.depth['event.ingested'] ?? 0;
  const byKind = enforcementByKind(soc);
  const bus: Record<string, number> = {};
  for (const [topic, n] of Object.entries(s.bus.depth)) if (n !== undefined) bus[topic] = n;
  return {
    uptimeSec: status.uptimeSec,
    monitoring: status.monitoring,
    events: { ingested: tally.eventsDelivered + pending, scanned: s.builder.events, refused: s.ingestRefused, pending },
    alerts: tally.alerts(),
    incidents: { opened: s.analyst.incidentsOpened, deduplicated: s.analyst.deduplicated, suppressed: s.analyst.suppressed },
    actions: tally.actions(),
    queues: {
      remediation: { depth: s.remediator.queueDepth, capacity: s.remediator.capacity, overflowed: s.remediator.overflowed },
      bus,
      storeBuffered: s.store.bufferedEvents + s.store.bufferedAlerts,
    },
    enforcement: { active: Object.values(byKind).reduce((a, b) => a + b, 0), byKind },
    approvalsPending: tally.approvalsPending,
    llm: { configured: status.llm.configured, circuit: status.llm.circuit },
    stream,
  };
}
