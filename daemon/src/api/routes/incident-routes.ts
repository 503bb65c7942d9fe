import { z } from 'zod';
import { HttpError } from '../http-error';
import type { DaemonContext } from '../daemon-context';
import type { RouteRegistry } from '../route-registry';

/** Reads `?limit=&since=` safely: bad values are a 400, not a surprise. */
export function pageQuery(q: Record<string, unknown>, maxLimit = 1000): { limit: number; since?: number } {
  const limit = q.limit === undefined ? 100 : Number(q.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) throw new HttpError(400, `limit: expected an integer from 1 to ${maxLimit}`, 'invalid_query');
  if (q.since === undefined) return { limit };
  const since = Number(q.since);
  if (!Number.isFinite(since) || since < 0) throw new HttpError(400, 'since: expected a timestamp in milliseconds', 'invalid_query');
  return { limit, since };
}

const STATUSES = ['open', 'resolved', 'suppressed'] as const;

export function registerIncidentRoutes(registry: RouteRegistry, ctx: DaemonContext): void {
  const { store } = ctx.soc;
  registry.add({
    method: 'get',
    path: '/api/security/alerts',
    tag: 'alerts',
    summary: 'Recent alerts, newest first (?limit=1..1000, ?since=ms, ?incident_id=)',
    response: '{alerts: Alert[]}',
    handler: async (req) => {
      const q = req.query as Record<string, unknown>;
      const incidentId = typeof q.incident_id === 'string' ? { incidentId: q.incident_id } : {};
      return { alerts: await store.listAlerts({ ...pageQuery(q), ...incidentId }) };
    },
  });
  registry.add({
    method: 'get',
    path: '/api/incidents',
    tag: 'incidents',
    summary: 'Incidents, newest first (?status=open|resolved|suppressed, ?limit, ?since)',
    response: '{incidents: Incident[]}',
    handler: async (req) => {
      const q = req.query as Record<string, unknown>;
      if (q.status !== undefined && !(STATUSES as readonly unknown[]).includes(q.status)) throw new HttpError(400, `status: expected one of ${STATUSES.join(', ')}`, 'invalid_query');
      return { incidents: await store.listIncidents({ ...pageQuery(q), ...(q.status ? { status: q.status as (typeof STATUSES)[number] } : {}) }) };
    },
  });
  registry.add({
    method: 'get',
    path: '/api/incidents/:id',
    tag: 'incidents',
    summary: 'One incident with its timeline: alerts, actions and approvals',
    response: '{incident, alerts, actions, approvals}',
    handler: async (req) => {
      const incident = await store.getIncident(String(req.params.id));
      if (!incident) throw new HttpError(404, `no incident ${String(req.params.id)}`, 'not_found');
      const [alerts, actions, approvals] = await Promise.all([
        store.listAlerts({ incidentId: incident.id, limit: 500 }),
        store.listActions({ incidentId: incident.id, limit: 500 }),
        store.listApprovals({ limit: 1000 }).then((all) => all.filter((a) => a.incidentId === incident.id)),
      ]);
      return { incident, alerts, actions, approvals };
    },
  });
  registry.add({
    method: 'post',
    path: '/api/incidents/:id/feedback',
    tag: 'incidents',
    summary: 'Analyst feedback: "false_positive" or "confirmed"; changes future scores for the same pattern',
    body: z.object({ feedback: z.enum(['false_positive', 'confirmed']), by: z.string().max(100).optional() }),
    response: '{incident}',
    handler: async (req, _res, body) => {
      const incident = await store.getIncident(String(req.params.id));
      if (!incident) throw new HttpError(404, `no incident ${String(req.params.id)}`, 'not_found');
      return { incident: await ctx.soc.analyst.recordFeedback(incident.id, body.feedback, `admin:${body.by ?? 'api'}`) };
    },
  });
}
