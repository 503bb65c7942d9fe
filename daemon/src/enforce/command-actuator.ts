import { execFile } from 'node:child_process';
import { basename } from 'node:path';
import type { PlannedAction } from '../protocol/domain';
import type { Store } from '../store/store';
import type { Clock } from '../util/clock';
import type { Logger } from '../util/logger';
import { redactSecrets } from '../util/logger';
import { auditActuator, errorText, type Actuator, type ActuatorContext, type ActuatorResult } from './actuator-types';
import { isSafeCommandArg } from './targets';

export interface CommandConfig {
  /** `[file, ...args]`. An argument `{target}` is replaced by the target; without one the target is appended. */
  argv: readonly string[];
  timeoutMs?: number;
}

interface RunOutcome {
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  spawnError?: string;
}

const MAX_OUTPUT = 64 * 1024;

/**
 * Runs a configured command (a firewall hook, say) for an action, with execFile — never a shell —
 * and the target as its own argument, after checking it is an IP literal or a safe id (no leading
 * `-`, no shell or path characters). Only with --real. Non-zero exit or a timeout is a failure.
 */
export class CommandActuator implements Actuator {
  readonly name = 'command';
  private readonly file: string;
  private readonly args: readonly string[];
  private readonly timeoutMs: number;

  constructor(
    config: CommandConfig,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    const [file, ...args] = config.argv;
    if (file === undefined || file.trim() === '') throw new Error('command: no command configured');
    this.file = file;
    this.args = args;
    this.timeoutMs = config.timeoutMs ?? 10_000;
  }

  async execute(action: PlannedAction, ctx: ActuatorContext): Promise<ActuatorResult> {
    const target = typeof action.target === 'string' ? action.target.trim() : '';
    const shown = basename(this.file);
    if (!isSafeCommandArg(target)) {
      const error = 'target rejected: not an IP address or a safe id ([A-Za-z0-9_.:@-], no leading "-")';
      this.logger.log('warn', `COMMAND REJECTED: ${shown} - ${error}`, { incidentId: ctx.incidentId });
      await auditActuator(this.store, this.clock, ctx, {
        action: 'command.rejected',
        target: shown,
        reason: action.reason,
        details: { error, actionKind: action.kind, targetLength: target.length },
      });
      return { status: 'failed', detail: `command ${shown} not run: ${error}`, error, retryable: false };
    }
    let placed = false;
    const args = this.args.map((a) => (a === '{target}' ? ((placed = true), target) : a));
    if (!placed) args.push(target);

    const started = performance.now();
    const out = await this.run(args, target, ctx, action);
    const durationMs = Math.round(performance.now() - started);
    let result: ActuatorResult;
    if (out.spawnError !== undefined) {
      result = { status: 'failed', detail: `command ${shown} failed: ${out.spawnError}`, error: out.spawnError, retryable: false };
    } else if (out.timedOut) {
      result = { status: 'failed', detail: `command ${shown} timed out after ${this.timeoutMs}ms`, error: 'timeout', retryable: true };
    } else if (out.code !== 0) {
      const error = out.code === null ? `killed by ${out.signal ?? 'a signal'}` : `exit code ${out.code}`;
      result = { status: 'failed', detail: `command ${shown} ${target} failed: ${error}`, error, retryable: true };
    } else {
      result = { status: 'executed', detail: `command ${shown} ${target} exited 0` };
    }
    this.logger.log(result.status === 'executed' ? 'info' : 'warn', `COMMAND ${result.status === 'executed' ? 'EXECUTED' : 'FAILED'}: ${shown} ${target} - ${result.detail}`, {
      incidentId: ctx.incidentId,
      durationMs,
    });
    try {
      await auditActuator(this.store, this.clock, ctx, {
        action: `command.${result.status}`,
        target: `${shown} ${target}`,
        reason: action.reason,
        details: {
          exitCode: out.code,
          signal: out.signal,
          durationMs,
          error: result.error,
          stdout: clip(out.stdout),
          stderr: clip(out.stderr),
          actionKind: action.kind,
        },
      });
    } catch (e) {
      // The command ran: reporting failure here would make the Remediator run it again.
      this.logger.log('error', 'command: could not write the audit record', { incidentId: ctx.incidentId, error: errorText(e) });
    }
    return result;
  }

  private run(args: string[], target: string, ctx: ActuatorContext, action: PlannedAction): Promise<RunOutcome> {
    const env: NodeJS.ProcessEnv = { ...process.env, SOC_ACTION: action.kind, SOC_TARGET: target };
    if (isSafeCommandArg(ctx.incidentId)) env.SOC_INCIDENT_ID = ctx.incidentId;
    return new Promise((resolve) => {
      execFile(
        this.file,
        args,
        { shell: false, timeout: this.timeoutMs, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT, windowsHide: true, env },
        (err, stdout, stderr) => {
          if (err === null) return resolve({ code: 0, signal: null, timedOut: false, stdout, stderr });
          const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: NodeJS.Signals | null; code?: number | string };
          if (typeof e.code === 'string') {
            const why = e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER' ? 'output exceeded 64 KiB' : e.code;
            return resolve({ code: null, signal: null, timedOut: false, stdout, stderr, spawnError: why });
          }
          const timedOut = e.killed === true && e.signal === 'SIGKILL';
          resolve({ code: typeof e.code === 'number' ? e.code : null, signal: e.signal ?? null, timedOut, stdout, stderr });
        },
      );
    });
  }
}

function clip(s: string): string {
  const t = redactSecrets(s.trim());
  return t.length > 500 ? `${t.slice(0, 500)}…` : t;
}
