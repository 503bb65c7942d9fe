import { z } from 'zod';
import { HttpError } from '../http-error';
import type { DaemonContext } from '../daemon-context';
import type { RouteRegistry } from '../route-registry';
import { pageQuery } from './incident-routes';

const STATUSES = ['pending', 'approved', 'rejected', 'expired'] as const;

export function registerApprovalAndAuditRoutes(registry: RouteRegistry, ctx: DaemonContext): void {
  const { approvals, store } = ctx.soc;
  registry.add({
    method: 'get',
    path: '/api/approvals',
    tag: 'approvals',
    summary: 'Approval queue (?status=pending|approved|rejected|expired; default pending)',
    response: '{approvals: Approval[]}',
    handler: async (req) => {
      const status = (req.query as Record<string, unknown>).status ?? 'pending';
      if (!(STATUSES as readonly unknown[]).includes(status)) throw new HttpError(400, `status: expected one of ${STATUSES.join(', ')}`, 'invalid_query');
      return { approvals: await approvals.list(status as (typeof STATUSES)[number]) };
    },
  });
  for (const verb of ['approve', 'reject'] as const) {
    registry.add({
      method: 'post',
      path: `/api/approvals/:id/${verb}`,
      tag: 'approvals',
      summary: verb === 'approve' ? 'Approve a pending action; the Remediator carries it out' : 'Reject a pending action',
      body: z.object({ by: z.string().max(100).optional() }),
      response: '{approval: Approval}',
      handler: async (req, _res, body) => {
        const id = String(req.params.id);
        const decision = await approvals[verb](id, `admin:${body.by ?? 'api'}`);
        if (!decision.ok) throw new HttpError(decision.approval ? 409 : 404, decision.error, decision.approval ? 'not_pending' : 'not_found');
        return { approval: decision.approval };
      },
    });
  }
  registry.add({
    method: 'get',
    path: '/api/audit',
    tag: 'audit',
    summary: 'Audit trail, newest first (?search=text, ?limit, ?since)',
    response: '{records: AuditRecord[]}',
    handler: async (req) => {
      const q = req.query as Record<string, unknown>;
      const text = typeof q.search === 'string' && q.search ? { text: q.search.slice(0, 200) } : {};
      return { records: await store.listAudit({ ...pageQuery(q, 5000), ...text }) };
    },
  });
  registry.add({
    method: 'get',
    path: '/api/audit/verify',
    tag: 'audit',
    summary: 'Verify the tamper-evident hash chain of the audit trail',
    response: '{ok, checked, brokenAt?, reason?}',
    handler: () => store.verifyAudit(),
  });
}
