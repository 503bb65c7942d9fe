import type { ActionKind, EnforcementKind, PlannedAction } from '../protocol/domain';
import type { Store } from '../store/store';
import { systemClock, type Clock } from '../util/clock';
import type { Logger } from '../util/logger';
import { auditActuator, errorText, type Actuator, type ActuatorContext, type ActuatorResult } from './actuator-types';
import { CommandActuator } from './command-actuator';
import type { Enforcer } from './enforcer';
import { formatUntil } from './reasons';
import { EnforcementInputError } from './targets';
import { WebhookActuator } from './webhook-actuator';

export type { Actuator, ActuatorContext, ActuatorResult } from './actuator-types';
export { CommandActuator, type CommandConfig } from './command-actuator';
export { WebhookActuator, type WebhookConfig } from './webhook-actuator';

const ENFORCEMENT_KINDS: ReadonlySet<ActionKind> = new Set<EnforcementKind>(['rate_limit', 'terminate_session', 'block_ip', 'suspend_user']);
const WHAT: Record<EnforcementKind, string> = {
  block_ip: 'IP address',
  rate_limit: 'IP, session or user',
  terminate_session: 'session id',
  suspend_user: 'user id',
};

/**
 * The daemon's own actions: restrictions through the Enforcer (which audits them), `monitor`
 * (nothing to do; the Remediator's action record is the record) and `notify_compliance` (an
 * audit record and a log line for the compliance officer).
 */
export class EnforcementActuator implements Actuator {
  readonly name = 'enforcement';
  /** The Enforcer serializes changes per restriction; different targets proceed in parallel. */
  readonly concurrent = true;

  constructor(
    private readonly enforcer: Enforcer,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  prepare(action: PlannedAction): void {
    if (ENFORCEMENT_KINDS.has(action.kind) && typeof action.target === 'string' && action.target.trim() !== '') this.enforcer.prepare?.(action.kind as EnforcementKind, action.target);
  }

  async execute(action: PlannedAction, ctx: ActuatorContext): Promise<ActuatorResult> {
    if (action.kind === 'monitor') {
      this.logger.log('info', `MONITORING: ${action.target || 'actor'} - Reason: ${action.reason}`, { incidentId: ctx.incidentId });
      return { status: 'executed', detail: 'monitoring only: logged, no restriction' };
    }
    if (action.kind === 'notify_compliance') {
      await auditActuator(this.store, this.clock, ctx, { action: 'notify_compliance', target: action.target, reason: action.reason, details: {} });
      this.logger.log('warn', `COMPLIANCE NOTIFICATION: incident ${ctx.incidentId} - Reason: ${action.reason}`, { incidentId: ctx.incidentId });
      return { status: 'executed', detail: 'compliance notified (audit record and log line)' };
    }
    if (!ENFORCEMENT_KINDS.has(action.kind)) {
      return { status: 'failed', detail: `the enforcement actuator does not carry out ${action.kind}`, error: 'wrong actuator', retryable: false };
    }
    const kind = action.kind as EnforcementKind;
    if (typeof action.target !== 'string' || action.target.trim() === '') {
      return { status: 'skipped', detail: `${kind} skipped: no ${WHAT[kind]} is known for this actor` };
    }
    try {
      const entry = await this.enforcer.apply(kind, action.target, {
        reason: action.reason,
        incidentId: ctx.incidentId,
        by: ctx.by ?? 'remediator',
        ...(action.durationSec !== undefined ? { durationSec: action.durationSec } : {}),
      });
      const until = formatUntil(entry.expiresAt, this.clock.now());
      return { status: 'executed', detail: `${kind} ${entry.target} until ${until} (offense ${entry.offenses})`, entry };
    } catch (e) {
      // Bad input will not get better by retrying; a store failure might.
      return { status: 'failed', detail: `${kind} ${action.target}: ${errorText(e)}`, error: errorText(e), retryable: !(e instanceof EnforcementInputError) };
    }
  }
}

/** Stands in for an external actuator that is off: records what would have happened. */
export class UnavailableActuator implements Actuator {
  /** Only writes an audit record: nothing external to protect from parallel calls. */
  readonly concurrent = true;

  constructor(
    readonly name: string,
    private readonly status: 'dry_run' | 'skipped',
    private readonly why: string,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async execute(action: PlannedAction, ctx: ActuatorContext): Promise<ActuatorResult> {
    const detail = `${this.status === 'dry_run' ? 'dry run' : 'skipped'}: ${this.why}; ${action.kind} "${action.target}" not carried out`;
    await auditActuator(this.store, this.clock, ctx, { action: `${action.kind}.${this.status}`, target: action.target, reason: action.reason, details: { why: this.why } });
    this.logger.log('info', `${action.kind.toUpperCase()} ${this.status === 'dry_run' ? 'DRY RUN' : 'SKIPPED'}: ${this.why}`, { incidentId: ctx.incidentId });
    return { status: this.status, detail };
  }
}

/** The actuator for every action kind. */
export class ActuatorSet {
  constructor(private readonly byKind: Record<ActionKind, Actuator>) {}

  get(kind: ActionKind): Actuator {
    return this.byKind[kind];
  }

  /** Distinct actuators (one circuit breaker each in the Remediator). */
  all(): Actuator[] {
    return [...new Set(Object.values(this.byKind))];
  }
}

export interface ActuatorOptions {
  /** `--real`: external actuators (webhook, command) may act. Off by default. */
  real: boolean;
  webhookUrl?: string;
  /** E.g. an Authorization header; never logged or audited. */
  webhookHeaders?: Record<string, string>;
  /** `[file, ...args]` run with execFile (no shell); `{target}` marks where the target goes, else it is appended. */
  command?: readonly string[];
  /** Timeout of one webhook POST or command run (default 5 s webhook, 10 s command). */
  timeoutMs?: number;
  enforcer: Enforcer;
  store: Store;
  logger: Logger;
  clock?: Clock;
}

/** Builds the actuators for a daemon. Throws on a malformed webhook URL or command (a start-up error). */
export function createActuators(opts: ActuatorOptions): ActuatorSet {
  const { store, logger } = opts;
  const clock = opts.clock ?? systemClock;
  const enforcement = new EnforcementActuator(opts.enforcer, store, clock, logger);
  const off = (name: string, flag: string): Actuator =>
    opts.real
      ? new UnavailableActuator(name, 'skipped', `no ${name} is configured (${flag})`, store, clock, logger)
      : new UnavailableActuator(name, 'dry_run', `--real is off, external actuators only record what they would do`, store, clock, logger);
  const webhook =
    opts.real && opts.webhookUrl
      ? new WebhookActuator({ url: opts.webhookUrl, headers: opts.webhookHeaders, timeoutMs: opts.timeoutMs }, store, clock, logger)
      : off('webhook', '--webhook-url');
  const command =
    opts.real && opts.command && opts.command.length > 0
      ? new CommandActuator({ argv: opts.command, timeoutMs: opts.timeoutMs }, store, clock, logger)
      : off('command', '--command');
  return new ActuatorSet({
    monitor: enforcement,
    rate_limit: enforcement,
    terminate_session: enforcement,
    block_ip: enforcement,
    suspend_user: enforcement,
    notify_compliance: enforcement,
    webhook,
    command,
  });
}
