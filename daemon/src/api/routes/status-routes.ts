import { z } from 'zod';
import type { DaemonContext } from '../daemon-context';
import type { RouteRegistry } from '../route-registry';

/** The status snapshot: what /api/soc/status answers and the dashboard and status bar show. */
export function statusSnapshot(ctx: DaemonContext): Record<string, unknown> {
  const s = ctx.soc.stats();
  const enforcement = ctx.soc.enforcer.list();
  const now = ctx.clock.now();
  const left = (t: number): number => Math.max(0, Math.ceil((t - now) / 1000));
  const of = (kind: string): { target: string; reason: string; expires_at: number; seconds_left: number; offenses: number }[] =>
    enforcement.filter((e) => e.kind === kind).map((e) => ({ target: e.target, reason: e.reason, expires_at: e.expiresAt, seconds_left: left(e.expiresAt), offenses: e.offenses }));
  return {
    monitoring: ctx.monitoring.get(),
    status: ctx.monitoring.get() ? 'active' : 'monitoring_off',
    version: typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev',
    uptime_sec: Math.floor((now - ctx.startedAt) / 1000),
    environment: ctx.soc.policy().environment,
    security_mode: ctx.soc.policy().mode,
    real_actuators: ctx.config.real,
    stats: {
      events: s.builder.events,
      alerts: s.builder.alerts,
      incidents: s.analyst,
      actions: s.remediator,
      ingest_refused: s.ingestRefused,
    },
    blocked_ips: of('block_ip'),
    rate_limits: of('rate_limit'),
    terminated_sessions: of('terminate_session'),
    suspended_users: of('suspend_user'),
    queues: { bus: s.bus.depth, scan: { thread: s.scanner.thread, backlog: s.scanner.backlog, in_flight: s.scanner.inFlight }, remediation: { depth: s.remediator.queueDepth, capacity: s.remediator.capacity, overflowed: s.remediator.overflowed } },
    llm: ctx.llm().health(),
  };
}

declare const PACKAGE_VERSION: string | undefined;

export function registerStatusRoutes(registry: RouteRegistry, ctx: DaemonContext): void {
  registry.add({
    method: 'get',
    path: '/healthz',
    tag: 'status',
    auth: false,
    summary: 'Liveness: answers without authentication and says nothing sensitive',
    response: '{status: "ok"}',
    handler: () => ({ status: 'ok' }),
  });
  registry.add({
    method: 'get',
    path: '/api/soc/status',
    tag: 'status',
    summary: 'Monitoring state, statistics, blocked entities, rate limits, sessions, queue depths, LLM health',
    response: 'The status snapshot',
    handler: () => statusSnapshot(ctx),
  });
  registry.add({
    method: 'post',
    path: '/api/soc/toggle',
    tag: 'status',
    summary: 'Switch monitoring on or off (toggles when `enabled` is omitted)',
    body: z.object({ enabled: z.boolean().optional() }),
    response: '{monitoring: boolean}',
    handler: (_req, _res, body) => {
      const next = body.enabled ?? !ctx.monitoring.get();
      ctx.monitoring.set(next);
      ctx.logger.log('info', `MONITORING ${next ? 'ENABLED' : 'DISABLED'}`);
      ctx.statusChanged();
      return { monitoring: next };
    },
  });
}
