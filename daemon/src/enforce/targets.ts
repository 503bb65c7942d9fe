import { isIP } from 'node:net';
import type { EnforcementKind } from '../protocol/domain';

/** What a rate limit applies to: an IP, a session, a user, or a bare id that matches a session or a user. */
export type RateScope = 'ip' | 'session' | 'user' | 'any';

export interface ParsedTarget {
  /** Only meaningful for rate limits; the other kinds imply their scope. */
  scope: RateScope;
  /** The IP or id the gate compares with the request's actor. */
  id: string;
  /** The form stored and shown: `1.2.3.4` for blocks, `ip:1.2.3.4` / `session:s1` / `user:u1` / `s1` for rate limits. */
  canonical: string;
}

/** Bad input to enforcement (a malformed target or duration): permanent, so not worth retrying. */
export class EnforcementInputError extends Error {
  override readonly name = 'EnforcementInputError';
}

const MAX_ID_LENGTH = 256;
/** Ids may be anything printable: they come from clients (session headers) and are only compared. */
const PRINTABLE = /^[^\u0000-\u001f\u007f]+$/;
/** Ids handed to an external command: a conservative charset, never a leading `-` (option injection). */
const SAFE_ID = /^[A-Za-z0-9_][A-Za-z0-9_.:@-]{0,127}$/;

/** Hot-path key for an IP as a request reports it: IPv4-mapped IPv6 (`::ffff:1.2.3.4`) becomes `1.2.3.4`. */
export function ipKey(ip: string): string {
  if (ip.length > 7 && ip.charCodeAt(0) === 58 && ip.startsWith('::ffff:') && ip.includes('.')) return ip.slice(7);
  return ip;
}

/** A valid IPv4/IPv6 literal in canonical form (lower case, unmapped, no brackets); undefined otherwise. */
export function canonicalIp(raw: string): string | undefined {
  let s = raw.trim().toLowerCase();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  if (isIP(s) === 0) return undefined;
  return ipKey(s);
}

export function isPrintableId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_ID_LENGTH && PRINTABLE.test(id);
}

/** True when `id` is safe to pass to an external command as one argument. */
export function isSafeCommandArg(target: string): boolean {
  return isIP(target) !== 0 || SAFE_ID.test(target);
}

const PREFIXES: readonly (readonly [string, RateScope])[] = [
  ['ip:', 'ip'],
  ['session:', 'session'],
  ['user:', 'user'],
];

/**
 * Validates and canonicalizes a restriction target for its kind. Throws an Error that says what is
 * wrong (the Remediator records it as a failed action; it is not retried).
 */
export function parseTarget(kind: EnforcementKind, raw: string): ParsedTarget {
  const target = typeof raw === 'string' ? raw.trim() : '';
  if (target === '') throw new EnforcementInputError(`${kind}: empty target`);
  switch (kind) {
    case 'block_ip': {
      const ip = canonicalIp(target);
      if (ip === undefined) throw new EnforcementInputError(`block_ip: "${clip(target)}" is not an IPv4/IPv6 address`);
      return { scope: 'ip', id: ip, canonical: ip };
    }
    case 'terminate_session':
    case 'suspend_user':
      if (!isPrintableId(target)) throw new EnforcementInputError(`${kind}: invalid id "${clip(target)}"`);
      return { scope: kind === 'suspend_user' ? 'user' : 'session', id: target, canonical: target };
    case 'rate_limit':
      return parseRateTarget(target);
  }
}

function parseRateTarget(target: string): ParsedTarget {
  for (const [prefix, scope] of PREFIXES) {
    if (!target.startsWith(prefix)) continue;
    const rest = target.slice(prefix.length);
    if (scope === 'ip') {
      const ip = canonicalIp(rest);
      if (ip === undefined) throw new EnforcementInputError(`rate_limit: "${clip(rest)}" is not an IPv4/IPv6 address`);
      return { scope, id: ip, canonical: `ip:${ip}` };
    }
    if (!isPrintableId(rest)) throw new EnforcementInputError(`rate_limit: invalid ${scope} id "${clip(rest)}"`);
    return { scope, id: rest, canonical: `${scope}:${rest}` };
  }
  const ip = canonicalIp(target);
  if (ip !== undefined) return { scope: 'ip', id: ip, canonical: `ip:${ip}` };
  if (!isPrintableId(target)) throw new EnforcementInputError(`rate_limit: invalid id "${clip(target)}"`);
  return { scope: 'any', id: target, canonical: target };
}

/** `ip 127.0.0.1`, `session s1`, `user u1`, `session/user x` — as log lines and reasons say it. */
export function describeRateTarget(p: ParsedTarget): string {
  return `${p.scope === 'any' ? 'session/user' : p.scope} ${p.id}`;
}

function clip(s: string): string {
  const printable = s.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > 60 ? `${printable.slice(0, 60)}…` : printable;
}
