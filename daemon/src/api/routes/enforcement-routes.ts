import { z } from 'zod';
import { EnforcementInputError } from '../../enforce/targets';
import type { EnforcementKind } from '../../protocol/domain';
import { HttpError } from '../http-error';
import type { DaemonContext } from '../daemon-context';
import type { RouteRegistry } from '../route-registry';

const KINDS = ['block_ip', 'rate_limit', 'terminate_session', 'suspend_user'] as const;
const target = z.string().min(1).max(200);
const duration = z.number().int().min(1).max(365 * 24 * 3600).optional();
const reason = z.string().max(500).optional();

/** Manual remediation: the same enforcement the Remediator uses, audited as the admin's act. */
export function registerEnforcementRoutes(registry: RouteRegistry, ctx: DaemonContext): void {
  const enforcer = ctx.soc.enforcer;
  const apply = async (kind: EnforcementKind, t: string, d: number | undefined, r: string | undefined): Promise<unknown> => {
    try {
      const entry = await enforcer.apply(kind, t, { reason: r ?? 'manual action from the dashboard/API', ...(d ? { durationSec: d } : {}), by: 'admin' });
      return { entry };
    } catch (e) {
      if (e instanceof EnforcementInputError) throw new HttpError(400, e.message, 'invalid_target');
      throw e;
    }
  };
  const lift = async (kind: EnforcementKind, t: string, r: string | undefined): Promise<unknown> => {
    try {
      const lifted = await enforcer.lift(kind, t, 'admin', r ?? 'lifted by hand');
      if (!lifted) throw new HttpError(404, `no active ${kind.replace('_', ' ')} on ${t}`, 'not_found');
      return { lifted: true, kind, target: t };
    } catch (e) {
      if (e instanceof EnforcementInputError) throw new HttpError(400, e.message, 'invalid_target');
      throw e;
    }
  };

  registry.add({
    method: 'get',
    path: '/api/enforcement',
    tag: 'enforcement',
    summary: 'Active restrictions: blocked IPs, rate limits, terminated sessions, suspended users, with time left',
    response: '{entries: EnforcementEntry[]}',
    handler: () => ({ entries: enforcer.list() }),
  });
  const manual: [string, EnforcementKind, string, string][] = [
    ['/api/enforcement/block-ip', 'block_ip', 'ip', 'Block an IP address (escalates for repeat offenders)'],
    ['/api/enforcement/rate-limit', 'rate_limit', 'target', 'Rate-limit an IP, `session:<id>` or `user:<id>`'],
    ['/api/enforcement/terminate-session', 'terminate_session', 'session_id', 'Terminate a session'],
    ['/api/enforcement/suspend-user', 'suspend_user', 'user_id', 'Suspend a user'],
  ];
  for (const [path, kind, field, summary] of manual) {
    registry.add({
      method: 'post',
      path,
      tag: 'enforcement',
      summary,
      body: z.object({ [field]: target, duration_sec: duration, reason }),
      response: '{entry: EnforcementEntry}',
      handler: (_req, _res, body: Record<string, unknown>) => apply(kind, String(body[field]), body.duration_sec as number | undefined, body.reason as string | undefined),
    });
  }
  const undo: [string, EnforcementKind, string, string][] = [
    ['/api/enforcement/unblock-ip', 'block_ip', 'ip', 'Unblock an IP address'],
    ['/api/enforcement/restore-user', 'suspend_user', 'user_id', 'Lift a user suspension'],
    ['/api/enforcement/restore-session', 'terminate_session', 'session_id', 'Allow a terminated session again'],
  ];
  for (const [path, kind, field, summary] of undo) {
    registry.add({
      method: 'post',
      path,
      tag: 'enforcement',
      summary,
      body: z.object({ [field]: target, reason }),
      response: '{lifted: true, kind, target}',
      handler: (_req, _res, body: Record<string, unknown>) => lift(kind, String(body[field]), body.reason as string | undefined),
    });
  }
  registry.add({
    method: 'post',
    path: '/api/enforcement/lift',
    tag: 'enforcement',
    summary: 'Lift any restriction by kind and target',
    body: z.object({ kind: z.enum(KINDS), target, reason }),
    response: '{lifted: true, kind, target}',
    handler: (_req, _res, body) => lift(body.kind, body.target, body.reason),
  });
}
