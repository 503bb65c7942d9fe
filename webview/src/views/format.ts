/** Small display helpers: every label the dashboard shows for a code comes from here. */

export function humanize(code: string): string {
  const s = code.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function clock(ts: number): string {
  return new Date(ts).toLocaleTimeString(undefined, { hour12: false });
}

export function dateTime(ts: number): string {
  const d = new Date(ts);
  return `${d.toLocaleDateString(undefined, { month: 'short', day: 'numeric' })} ${clock(ts)}`;
}

/** 3725 → "1h 2m", 59 → "59s". */
export function duration(sec: number): string {
  const s = Math.max(0, Math.round(sec));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
  return `${Math.floor(s / 86400)}d ${Math.floor((s % 86400) / 3600)}h`;
}

export function timeLeft(expiresAt: number, now = Date.now()): string {
  const left = (expiresAt - now) / 1000;
  return left <= 0 ? 'expiring' : duration(left);
}

export function percent(p: number): string {
  return `${Math.round(p * 100)}%`;
}

export function count(n: number | undefined): string {
  return (n ?? 0).toLocaleString('en-US');
}

/** Who did it, in the order a person recognises them. */
export function actorLabel(a: { ip?: string; sessionId?: string; userId?: string }): string {
  const parts = [a.ip && `ip ${a.ip}`, a.sessionId && `session ${a.sessionId}`, a.userId && `user ${a.userId}`].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'unknown actor';
}

export const ENFORCEMENT_LABELS = {
  block_ip: { title: 'Blocked IPs', undo: 'Unblock', noun: 'IP address' },
  rate_limit: { title: 'Rate-limited actors', undo: 'Lift rate limit', noun: 'actor' },
  terminate_session: { title: 'Terminated sessions', undo: 'Restore session', noun: 'session' },
  suspend_user: { title: 'Suspended users', undo: 'Restore user', noun: 'user' },
} as const;

export const ACTION_ICONS: Record<string, string> = {
  monitor: 'eye',
  rate_limit: 'dashboard',
  terminate_session: 'debug-disconnect',
  block_ip: 'circle-slash',
  suspend_user: 'person',
  notify_compliance: 'mail',
  webhook: 'globe',
  command: 'terminal',
};
