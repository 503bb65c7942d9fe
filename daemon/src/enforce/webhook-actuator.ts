import type { PlannedAction } from '../protocol/domain';
import type { Store } from '../store/store';
import type { Clock } from '../util/clock';
import type { Logger } from '../util/logger';
import { auditActuator, errorText, type Actuator, type ActuatorContext, type ActuatorResult } from './actuator-types';

export interface WebhookConfig {
  url: string;
  /** Sent with every POST (e.g. an Authorization header). Never logged or audited. */
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/** The URL as logs may show it: origin and path, without credentials, query or fragment (tokens live there). */
export function safeUrl(u: URL): string {
  return `${u.protocol}//${u.host}${u.pathname}`;
}

/**
 * POSTs `{incident, action}` as JSON to a configured URL (a SOAR, a chat channel, a ticketing
 * system). Only with --real. A non-2xx answer or a timeout is a failure; redirects are not
 * followed (they would carry the secret headers elsewhere).
 */
export class WebhookActuator implements Actuator {
  readonly name = 'webhook';
  private readonly url: URL;
  private readonly shownUrl: string;
  private readonly timeoutMs: number;
  private readonly headers: Record<string, string>;

  constructor(
    config: WebhookConfig,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    let url: URL;
    try {
      url = new URL(config.url);
    } catch {
      throw new Error('webhook: the configured URL is not a valid URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('webhook: the URL must be http(s)');
    this.url = url;
    this.shownUrl = safeUrl(url);
    this.headers = { ...(config.headers ?? {}), 'content-type': 'application/json' };
    this.timeoutMs = config.timeoutMs ?? 5000;
  }

  async execute(action: PlannedAction, ctx: ActuatorContext): Promise<ActuatorResult> {
    const incident = ctx.incident ?? (await this.store.getIncident(ctx.incidentId)) ?? { id: ctx.incidentId };
    const body = JSON.stringify({ incident, action });
    const started = performance.now();
    let result: ActuatorResult;
    let httpStatus: number | undefined;
    try {
      const res = await fetch(this.url, {
        method: 'POST',
        headers: this.headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      httpStatus = res.status;
      // Free the connection; the answer's body is of no interest.
      await res.body?.cancel().catch(() => undefined);
      result = res.ok
        ? { status: 'executed', detail: `webhook ${this.shownUrl} answered ${res.status}` }
        : {
            status: 'failed',
            detail: `webhook ${this.shownUrl} answered ${res.status}`,
            error: `HTTP ${res.status}`,
            retryable: res.status >= 500 || res.status === 408 || res.status === 429,
          };
    } catch (e) {
      const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
      const error = timedOut ? `timed out after ${this.timeoutMs}ms` : `request failed: ${errorText(e)}`;
      result = { status: 'failed', detail: `webhook ${this.shownUrl} ${error}`, error, retryable: true };
    }
    const durationMs = Math.round(performance.now() - started);
    this.logger.log(result.status === 'executed' ? 'info' : 'warn', `WEBHOOK ${result.status === 'executed' ? 'SENT' : 'FAILED'}: ${this.shownUrl} - ${result.detail}`, {
      incidentId: ctx.incidentId,
      durationMs,
    });
    try {
      await auditActuator(this.store, this.clock, ctx, {
        action: `webhook.${result.status}`,
        target: this.shownUrl,
        reason: action.reason,
        details: { httpStatus, durationMs, error: result.error, actionKind: action.kind, actionTarget: action.target },
      });
    } catch (e) {
      // The POST happened: reporting failure here would make the Remediator send it again.
      this.logger.log('error', 'webhook: could not write the audit record', { incidentId: ctx.incidentId, error: errorText(e) });
    }
    return result;
  }
}
