import type { ActorRef } from '../../protocol/domain';

/** Stable identity of an actor for correlation: every known field, in a fixed order. */
export function actorKey(actor: ActorRef): string {
  const parts: string[] = [];
  if (actor.ip) parts.push(`ip:${actor.ip}`);
  if (actor.sessionId) parts.push(`session:${actor.sessionId}`);
  if (actor.userId) parts.push(`user:${actor.userId}`);
  return parts.length > 0 ? parts.join('|') : 'anonymous';
}

/** The actor's separate dimensions, for per-IP / per-session / per-user counters. */
export function actorDimensions(actor: ActorRef): string[] {
  const dims: string[] = [];
  if (actor.ip) dims.push(`ip:${actor.ip}`);
  if (actor.sessionId) dims.push(`session:${actor.sessionId}`);
  if (actor.userId) dims.push(`user:${actor.userId}`);
  return dims;
}

/** A copy with only string fields of sane length (events come from clients). */
export function sanitizeActor(raw: unknown): ActorRef {
  const out: ActorRef = {};
  if (typeof raw !== 'object' || raw === null) return out;
  const r = raw as Record<string, unknown>;
  const pick = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 && v.length <= 256 ? v : undefined);
  const ip = pick(r.ip);
  const sessionId = pick(r.sessionId);
  const userId = pick(r.userId);
  if (ip) out.ip = ip;
  if (sessionId) out.sessionId = sessionId;
  if (userId) out.userId = userId;
  return out;
}
