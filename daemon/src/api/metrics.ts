import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { CircuitState } from '../llm/chat-backend';
import type { EnforcementKind } from '../protocol/domain';
import type { StatusSnapshot } from '../protocol/stream';
import type { Soc, SocStats } from '../soc/create-soc';
import { JsonLogger, type Logger } from '../util/logger';
import type { LiveStream } from './live-stream';
import { enforcementByKind } from './live-stream-stats';
import { SocTally } from './live-stream-tally';

export interface MetricsDeps {
  soc: Soc;
  status(): StatusSnapshot;
  /** When given, its client and drop counts are exported and its tally is shared. */
  liveStream?: LiveStream;
  logger?: Logger;
}

export interface Metrics {
  /** `GET /metrics`: Prometheus text format. */
  handler: RequestHandler;
  registry: Registry;
}

const ENFORCEMENT_KINDS: readonly EnforcementKind[] = ['block_ip', 'rate_limit', 'terminate_session', 'suspend_user'];
const LLM_STATES: readonly CircuitState[] = ['closed', 'open', 'half-open', 'isolated'];
const BREAKER_STATES = ['closed', 'open', 'half_open', 'isolated'] as const;

type Emit<L extends string> = (value: number, labels?: Partial<Record<L, string>>) => void;

/**
 * Prometheus metrics on a registry of their own (embedders' global registry is left alone). Values
 * are read from the SOC when scraped rather than counted twice; what the SOC does not count
 * (alerts by threat and severity, actions by kind and status) comes from the bus tally.
 */
export function createMetrics(deps: MetricsDeps): Metrics {
  const { soc, liveStream } = deps;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const tally = liveStream?.tally ?? new SocTally(soc, deps.logger ?? new JsonLogger());

  // One soc.stats() per scrape: every collect callback of a scrape runs in the same turn.
  let cached: SocStats | undefined;
  const stats = (): SocStats => {
    if (!cached) {
      cached = soc.stats();
      setImmediate(() => (cached = undefined));
    }
    return cached;
  };

  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[], read: (emit: Emit<L>) => void): void => {
    new Counter<L>({
      name,
      help,
      labelNames,
      registers: [registry],
      collect() {
        this.reset();
        read((v, labels) => (labels ? this.inc(labels, v) : this.inc(v)));
      },
    });
  };
  const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[], read: (emit: Emit<L>) => void): void => {
    new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [registry],
      collect() {
        this.reset();
        read((v, labels) => (labels ? this.set(labels, v) : this.set(v)));
      },
    });
  };

  counter('soc_events_ingested_total', 'Events accepted into the SOC (messages, log lines, tool events).', [], (emit) =>
    emit(tally.eventsDelivered + (stats().bus.depth['event.ingested'] ?? 0)),
  );
  counter('soc_messages_scanned_total', 'Events scanned by the Builder (chat, proxy and ingested).', [], (emit) => emit(stats().builder.events));
  counter('soc_events_refused_total', 'Events refused because the SOC was closing or too far behind.', [], (emit) => emit(stats().ingestRefused));
  gauge('soc_events_pending', 'Events waiting for the Builder.', [], (emit) => emit(stats().bus.depth['event.ingested'] ?? 0));
  counter('soc_alerts_total', 'Alerts raised, by threat and severity.', ['threat', 'severity'], (emit) => {
    for (const [key, n] of tally.alertsByThreatSeverity) {
      const [threat, severity] = key.split('|');
      emit(n, { threat, severity });
    }
  });
  counter('soc_incidents_opened_total', 'Incidents opened by the Analyst.', [], (emit) => emit(stats().analyst.incidentsOpened));
  counter('soc_alerts_deduplicated_total', 'Alerts folded into an existing incident.', [], (emit) => emit(stats().analyst.deduplicated));
  counter('soc_incidents_suppressed_total', 'Incidents downgraded as likely false positives.', [], (emit) => emit(stats().analyst.suppressed));
  counter('soc_actions_total', 'Remediation actions recorded, by kind and status.', ['kind', 'status'], (emit) => {
    for (const [key, n] of tally.actionsByKindStatus) {
      const [kind, status] = key.split('|');
      emit(n, { kind, status });
    }
  });
  gauge('soc_remediation_queue_depth', 'Actions waiting for the Remediator.', [], (emit) => emit(stats().remediator.queueDepth));
  gauge('soc_remediation_queue_capacity', 'Capacity of the Remediator queue.', [], (emit) => emit(stats().remediator.capacity));
  counter('soc_remediation_queue_overflow_total', 'Actions refused because the Remediator queue was full.', [], (emit) => emit(stats().remediator.overflowed));
  gauge('soc_actuator_circuit_state', 'Actuator circuit breakers: 1 for the current state.', ['actuator', 'state'], (emit) => {
    for (const [actuator, current] of Object.entries(stats().remediator.breakers)) {
      for (const state of BREAKER_STATES) emit(state === current ? 1 : 0, { actuator, state });
    }
  });
  gauge('soc_enforcement_entries', 'Active restrictions, by kind.', ['kind'], (emit) => {
    const byKind = enforcementByKind(soc);
    for (const kind of ENFORCEMENT_KINDS) emit(byKind[kind] ?? 0, { kind });
  });
  gauge('soc_approvals_pending', 'Actions waiting for a human decision.', [], (emit) => emit(tally.approvalsPending));
  counter('soc_bus_handler_errors_total', 'Bus handlers that threw (logged).', [], (emit) => emit(stats().bus.handlerErrors));
  gauge('soc_store_buffered_records', 'Events and alerts not yet written to disk.', [], (emit) => emit(stats().store.bufferedEvents + stats().store.bufferedAlerts));
  counter('soc_store_dropped_records_total', 'Events and alerts given up after write failures.', [], (emit) => emit(stats().store.droppedRecords));

  gauge('soc_monitoring_enabled', '1 while monitoring is on.', [], (emit) => emit(deps.status().monitoring ? 1 : 0));
  gauge('soc_uptime_seconds', 'Seconds since the daemon started.', [], (emit) => emit(deps.status().uptimeSec));
  gauge('soc_llm_configured', '1 when an LLM upstream is configured.', [], (emit) => emit(deps.status().llm.configured ? 1 : 0));
  gauge('soc_llm_circuit_state', 'LLM circuit breaker: 1 for the current state.', ['state'], (emit) => {
    const current = deps.status().llm.circuit;
    for (const state of LLM_STATES) emit(state === current ? 1 : 0, { state });
  });

  if (liveStream) {
    gauge('soc_ws_clients', 'Connected live-stream clients.', [], (emit) => emit(liveStream.stats().clients));
    counter('soc_ws_messages_sent_total', 'Live-stream messages written to clients.', [], (emit) => emit(liveStream.stats().sent));
    counter('soc_ws_messages_dropped_total', 'Live-stream messages dropped from slow clients.', [], (emit) => emit(liveStream.stats().dropped));
    gauge('soc_ws_queued_messages', 'Live-stream messages waiting for slow clients.', [], (emit) => emit(liveStream.stats().queued));
    counter('soc_ws_upgrades_refused_total', 'Live-stream connections refused.', [], (emit) => emit(liveStream.stats().refused));
    counter('soc_ws_clients_terminated_total', 'Live-stream clients cut off for not reading.', [], (emit) => emit(liveStream.stats().terminated));
  }

  const handler: RequestHandler = (_req, res, next) => {
    registry.metrics().then((text) => {
      res.setHeader('Content-Type', registry.contentType);
      res.setHeader('Cache-Control', 'no-store');
      res.end(text);
    }, next);
  };
  return { handler, registry };
}
