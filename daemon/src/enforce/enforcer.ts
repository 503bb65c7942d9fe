import type { ActorRef, EnforcementEntry, EnforcementKind, GateDecision } from '../protocol/domain';

export interface ApplyOptions {
  reason: string;
  /** Base duration before escalation; the policy's default for the kind when omitted. */
  durationSec?: number;
  incidentId?: string;
  /** Actor doing it: `remediator` or `admin:<who>`; goes to the audit trail. */
  by: string;
}

/**
 * Live enforcement state: what the chat endpoint and the proxy consult before serving a request.
 * `check` is synchronous and in-memory (hot path); changes are written through to the Store
 * before the returned promise resolves, so they survive a crash and come back with their TTL.
 */
export interface Enforcer {
  /** Loads persisted state (call once at start-up). */
  load(): Promise<void>;
  /**
   * May this actor be served now? Counts the request against any rate limit on the actor
   * (IP, session or user), so the (N+1)-th request inside the window gets 429 + Retry-After.
   */
  check(actor: ActorRef): GateDecision;
  /**
   * Is this actor blocked, suspended or its session terminated? Counts against no rate limit: for
   * refusing a request before its body is read (a `check` follows once the body names the user).
   */
  restricted(actor: ActorRef): GateDecision;
  /** Optional: starts the reads a coming `apply` will need, so they overlap the caller's (changes nothing). */
  prepare?(kind: EnforcementKind, target: string): void;
  /** Adds or extends a restriction; repeat offenders get escalated durations. */
  apply(kind: EnforcementKind, target: string, opts: ApplyOptions): Promise<EnforcementEntry>;
  /** Lifts a restriction by hand; resolves false when there was none. */
  lift(kind: EnforcementKind, target: string, by: string, reason?: string): Promise<boolean>;
  /** Active restrictions (expired ones are dropped). */
  list(): EnforcementEntry[];
  /** Removes expired entries, announcing each; returns them. */
  sweep(): Promise<EnforcementEntry[]>;
}
