import { baseDurationSec } from '../../enforce/policy';
import type { ResponsePolicy } from '../../enforce/policy';
import type { ActionKind, ActorRef, Incident, PlannedAction, Severity } from '../../protocol/domain';
import { actorKey } from '../shared/actor';

export interface SkippedAction {
  kind: ActionKind;
  why: string;
}

export interface Playbook {
  /** The action kinds the policy asks for at this severity, before targets are resolved. */
  kinds: ActionKind[];
  actions: PlannedAction[];
  skipped: SkippedAction[];
}

/** The target of an action for this actor, or why there is none. */
export function targetFor(kind: ActionKind, actor: ActorRef): { target: string } | { why: string } {
  switch (kind) {
    case 'block_ip':
      return actor.ip ? { target: actor.ip } : { why: 'no IP address is known for this actor' };
    case 'terminate_session':
      return actor.sessionId ? { target: actor.sessionId } : { why: 'no session id is known for this actor' };
    case 'suspend_user':
      return actor.userId ? { target: actor.userId } : { why: 'no user id is known for this actor' };
    case 'rate_limit':
      // The most stable identity the gate can match: IP first (the original system limits per IP).
      if (actor.ip) return { target: `ip:${actor.ip}` };
      if (actor.sessionId) return { target: `session:${actor.sessionId}` };
      if (actor.userId) return { target: `user:${actor.userId}` };
      return { why: 'no IP, session or user is known for this actor' };
    case 'command':
    case 'webhook': {
      const t = actor.ip ?? actor.sessionId ?? actor.userId;
      return t ? { target: t } : { why: 'no IP, session or user is known for this actor' };
    }
    case 'monitor':
    case 'notify_compliance':
      return { target: actorKey(actor) };
  }
}

function durationFor(kind: ActionKind, policy: ResponsePolicy): number | undefined {
  switch (kind) {
    case 'block_ip':
    case 'terminate_session':
    case 'suspend_user':
    case 'rate_limit':
      return baseDurationSec(policy, kind);
    default:
      return undefined;
  }
}

/** Identity of a planned action inside an incident (the Remediator's idempotency key adds the incident id). */
export function actionKey(a: Pick<PlannedAction, 'kind' | 'target'>): string {
  return `${a.kind}:${a.target}`;
}

/**
 * The policy's response to an incident at a decided severity: at the threat's default severity
 * the threat's own actions (DESIGN.md §5), otherwise the graduated ladder; monitor only when the
 * Analyst judged it a likely false positive. Each action gets its target, duration and policy mode.
 */
export function buildPlaybook(incident: Pick<Incident, 'id' | 'threat' | 'actor'>, severity: Severity, monitorOnly: boolean, policy: ResponsePolicy, why: string): Playbook {
  const threat = policy.threats[incident.threat];
  const kinds: ActionKind[] = monitorOnly ? ['monitor'] : severity === threat.severity ? threat.actions : policy.ladder[severity];
  const actions: PlannedAction[] = [];
  const skipped: SkippedAction[] = [];
  const seen = new Set<string>();
  for (const kind of kinds) {
    const t = targetFor(kind, incident.actor);
    if ('why' in t) {
      skipped.push({ kind, why: t.why });
      continue;
    }
    const action: PlannedAction = {
      kind,
      target: t.target,
      reason: `${incident.threat.replace(/_/g, ' ')} (${severity}), incident ${incident.id}: ${why}`,
      policy: policy.actions[kind],
    };
    const d = durationFor(kind, policy);
    if (d !== undefined) action.durationSec = d;
    if (seen.has(actionKey(action))) continue;
    seen.add(actionKey(action));
    actions.push(action);
  }
  return { kinds, actions, skipped };
}
