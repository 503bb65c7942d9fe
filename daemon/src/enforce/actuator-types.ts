import type { AuditInput, Store } from '../store/store';
import type { EnforcementEntry, Incident, PlannedAction } from '../protocol/domain';
import type { Clock } from '../util/clock';

export interface ActuatorContext {
  incidentId: string;
  /** The incident, when the caller has it at hand (the webhook posts it; else it is read from the store). */
  incident?: Incident;
  /** Who acts, for the audit trail; `remediator` when omitted. */
  by?: string;
}

/**
 * What an actuator did. Expected failures (non-2xx, timeout, non-zero exit, invalid target) are
 * results with status 'failed', not rejections; `retryable` says whether trying again can help.
 */
export interface ActuatorResult {
  status: 'executed' | 'dry_run' | 'failed' | 'skipped';
  /** One human-readable line: what happened. */
  detail: string;
  retryable?: boolean;
  error?: string;
  /** The restriction now in force, for enforcement kinds. */
  entry?: EnforcementEntry;
}

/** Carries out one kind of planned action. The Remediator wraps each in retry and a circuit breaker. */
export interface Actuator {
  readonly name: string;
  /**
   * Safe to run several actions at once (the daemon's own enforcement, which locks per target).
   * When absent or false the Remediator hands this actuator one action at a time, in order, so an
   * external system sees no parallel calls and its circuit breaker counts failures in sequence.
   */
  readonly concurrent?: boolean;
  /** Optional: starts the reads `execute` will need for `action`, so they overlap the caller's claim check. */
  prepare?(action: PlannedAction): void;
  execute(action: PlannedAction, ctx: ActuatorContext): Promise<ActuatorResult>;
}

/** Appends an actuator's audit record; actor defaults to the context's `by`. */
export async function auditActuator(
  store: Store,
  clock: Clock,
  ctx: ActuatorContext,
  record: Omit<AuditInput, 'ts' | 'actor'>,
): Promise<void> {
  const details: Record<string, unknown> = { incidentId: ctx.incidentId };
  for (const [k, v] of Object.entries(record.details)) if (v !== undefined) details[k] = v;
  await store.appendAudit({ ts: clock.now(), actor: ctx.by ?? 'remediator', ...record, details });
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
