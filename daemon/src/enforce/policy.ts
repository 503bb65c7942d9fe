import type { ActionKind, ActionPolicyMode, EnforcementKind, Environment, Severity, ThreatType } from '../protocol/domain';
import type { RulePack, SecurityMode } from '../engine/types';

/** The response policy: which actions answer which threat at which severity, and how. */
export interface ResponsePolicy {
  mode: SecurityMode;
  environment: Environment;
  /** Graduated response by incident severity. */
  ladder: Record<Severity, ActionKind[]>;
  /** Per-threat default severity and actions (DESIGN.md §5), used at the threat's default severity. */
  threats: Record<ThreatType, { severity: Severity; actions: ActionKind[] }>;
  rateLimit: { requests: number; windowSec: number };
  blockDurationSec: number;
  sessionTerminationSec: number;
  suspensionSec: number;
  /** Repeat offenders: duration × factor^(offenses-1), capped (fail2ban's bantime.increment). */
  escalation: { factor: number; maxSec: number };
  /** Per action kind: carried out at once, queued for approval, or only recorded. */
  actions: Record<ActionKind, ActionPolicyMode>;
  approvalTtlSec: number;
  /** Incidents correlate alerts of the same actor and technique within this window. */
  correlationWindowSec: number;
  /** Above this false-positive probability the Analyst downgrades to monitoring only. */
  fpSuppressAbove: number;
  rulePacks: RulePack[];
}

export const DEFAULT_LADDER: Record<Severity, ActionKind[]> = {
  low: ['monitor'],
  medium: ['rate_limit'],
  high: ['rate_limit', 'terminate_session'],
  critical: ['block_ip', 'terminate_session', 'suspend_user'],
};

export const DEFAULT_THREATS: ResponsePolicy['threats'] = {
  prompt_injection: { severity: 'high', actions: ['rate_limit', 'monitor'] },
  data_exfiltration: { severity: 'critical', actions: ['block_ip', 'terminate_session'] },
  system_manipulation: { severity: 'high', actions: ['terminate_session'] },
  privacy_violation: { severity: 'high', actions: ['block_ip', 'notify_compliance'] },
  rate_limit_abuse: { severity: 'medium', actions: ['rate_limit'] },
  malicious_input: { severity: 'high', actions: ['block_ip'] },
  hidden_unicode: { severity: 'medium', actions: ['monitor'] },
};

const PACKS: Record<Environment, RulePack[]> = {
  development: [],
  production: [],
  medical: ['hipaa'],
  financial: ['pci', 'sox'],
};

/** The embedded defaults, adjusted for the security mode and environment preset. */
export function defaultPolicy(mode: SecurityMode = 'default', environment: Environment = 'development'): ResponsePolicy {
  const actions: Record<ActionKind, ActionPolicyMode> = {
    monitor: 'auto',
    rate_limit: 'auto',
    terminate_session: 'auto',
    block_ip: 'auto',
    suspend_user: 'auto',
    notify_compliance: 'auto',
    // External actuators act outside the daemon: only with --real, and then after approval by default.
    webhook: 'dry_run',
    command: 'dry_run',
  };
  if (environment === 'production') actions.suspend_user = 'approval';
  return {
    mode,
    environment,
    ladder: structuredClone(DEFAULT_LADDER),
    threats: structuredClone(DEFAULT_THREATS),
    rateLimit: { requests: 5, windowSec: 120 },
    blockDurationSec: 3600,
    sessionTerminationSec: 3600,
    suspensionSec: 24 * 3600,
    escalation: { factor: 2, maxSec: 7 * 24 * 3600 },
    actions,
    approvalTtlSec: 15 * 60,
    correlationWindowSec: 600,
    // security_aware and strict accept more false positives in exchange for acting sooner.
    fpSuppressAbove: mode === 'strict' ? 0.9 : mode === 'security_aware' ? 0.8 : 0.7,
    rulePacks: PACKS[environment],
  };
}

/**
 * A rate limit lasts this many of its windows before it expires (before escalation): long enough
 * that the limit is felt (10 × 120 s = 20 min by default), short enough that it is not a block.
 */
export const RATE_LIMIT_WINDOWS = 10;

/** The policy's duration for a restriction of this kind, before escalation. */
export function baseDurationSec(policy: ResponsePolicy, kind: EnforcementKind): number {
  switch (kind) {
    case 'block_ip':
      return policy.blockDurationSec;
    case 'terminate_session':
      return policy.sessionTerminationSec;
    case 'suspend_user':
      return policy.suspensionSec;
    case 'rate_limit':
      return policy.rateLimit.windowSec * RATE_LIMIT_WINDOWS;
  }
}

/** Repeat offenders: base × factor^(offenses−1), capped at escalation.maxSec. */
export function escalatedDurationSec(policy: ResponsePolicy, baseSec: number, offenses: number): number {
  const { factor, maxSec } = policy.escalation;
  const n = Math.max(1, Math.floor(offenses));
  const f = Number.isFinite(factor) && factor >= 1 ? factor : 1;
  // Bound the exponent so huge offense counts cannot overflow to Infinity before the cap applies.
  const scaled = baseSec * Math.pow(f, Math.min(n - 1, 64));
  return Math.min(scaled, maxSec > 0 ? maxSec : scaled);
}
