import { randomUUID } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix time in ms, then 74 random bits. Ids made one after
 * another sort one after another, so the store's unique indexes on them (events, alerts,
 * incidents, actions, approvals, executions) grow at their right edge: a commit rewrites a couple
 * of index pages instead of one random page per new row (the WAL and checkpoint volume of the
 * pipeline was dominated by those random pages).
 */
export function timeOrderedUuid(now: number = Date.now()): string {
  const r = randomUUID(); // xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx, 122 random bits (pooled entropy)
  const t = Math.max(0, Math.floor(now)).toString(16).padStart(12, '0').slice(-12);
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${r.slice(15)}`;
}

/** `prefix_` + 24 hex digits: 12 of time (ms) and 12 random ones, sorting by creation time. */
export function timeOrderedId(prefix: string, now: number = Date.now()): string {
  const u = timeOrderedUuid(now);
  return `${prefix}_${u.slice(0, 8)}${u.slice(9, 13)}${u.slice(24, 36)}`;
}
