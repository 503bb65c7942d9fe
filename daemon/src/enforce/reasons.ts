import type { EnforcementEntry, EnforcementKind } from '../protocol/domain';
import { describeRateTarget, type ParsedTarget } from './targets';

const DAY_MS = 24 * 3600 * 1000;

/**
 * `s` in one piece. A string built by concatenation is a tree of its parts in V8, and a live
 * restriction keeps its refusal text for its whole TTL: as a tree, a dozen objects and ≈ 80 bytes
 * more per blocked IP or session for the collector to mark. JSON's round trip copies any string
 * exactly, lone surrogates included.
 */
export function flatString(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/** Text from the Analyst or an admin, made safe to show in a response or a log line. */
export function cleanReason(reason: string | undefined): string {
  const s = (typeof reason === 'string' ? reason : '').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (s === '') return 'security policy';
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}

/** `14:03:00Z` when within a day, else `2026-01-09 14:03:00Z`. */
export function formatUntil(expiresAt: number, now: number): string {
  const iso = new Date(expiresAt).toISOString();
  const time = `${iso.slice(11, 19)}Z`;
  return expiresAt - now < DAY_MS ? time : `${iso.slice(0, 10)} ${time}`;
}

function incidentSuffix(e: EnforcementEntry): string {
  return e.incidentId ? ` (incident ${e.incidentId})` : '';
}

/**
 * What a refused client is told: who is restricted, until when, why. For rate limits this is the
 * prefix; the gate appends the retry delay.
 */
export function refusalReason(e: EnforcementEntry, p: ParsedTarget, now: number): string {
  const until = formatUntil(e.expiresAt, now);
  const why = `${e.reason}${incidentSuffix(e)}`;
  switch (e.kind) {
    case 'block_ip':
      return `IP ${p.id} blocked until ${until}: ${why}`;
    case 'terminate_session':
      return `Session ${p.id} terminated until ${until}: ${why}`;
    case 'suspend_user':
      return `User ${p.id} suspended until ${until}: ${why}`;
    case 'rate_limit': {
      const l = e.limit ?? { requests: 0, windowSec: 0 };
      return `Rate limit for ${describeRateTarget(p)}: ${l.requests} requests per ${l.windowSec}s exceeded: ${why}`;
    }
  }
}

/** The log lines of the original system: `BLOCKED IP: 127.0.0.1 3600s - Reason: ...`. */
export function appliedLogLine(e: EnforcementEntry, p: ParsedTarget, durationSec: number): string {
  const secs = Math.round(durationSec);
  switch (e.kind) {
    case 'block_ip':
      return `BLOCKED IP: ${p.id} ${secs}s - Reason: ${e.reason}`;
    case 'terminate_session':
      return `TERMINATED SESSION: ${p.id} - Reason: ${e.reason}`;
    case 'suspend_user':
      return `SUSPENDED USER: ${p.id} ${secs}s - Reason: ${e.reason}`;
    case 'rate_limit': {
      const l = e.limit ?? { requests: 0, windowSec: 0 };
      return `RATE LIMIT APPLIED: ${describeRateTarget(p)} - ${l.requests} requests per ${l.windowSec.toFixed(1)}s`;
    }
  }
}

const LIFTED: Record<EnforcementKind, string> = {
  block_ip: 'UNBLOCKED IP',
  rate_limit: 'UNBLOCKED RATE LIMIT',
  terminate_session: 'UNBLOCKED SESSION',
  suspend_user: 'UNBLOCKED USER',
};

/** `UNBLOCKED IP: 127.0.0.1 - Reason: expired`. */
export function liftedLogLine(kind: EnforcementKind, p: ParsedTarget, reason: string): string {
  const who = kind === 'rate_limit' ? describeRateTarget(p) : p.id;
  return `${LIFTED[kind]}: ${who} - Reason: ${reason}`;
}
