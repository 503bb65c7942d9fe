import type { GateDecision } from '../../protocol/domain';
import { errorBody, HttpError } from '../http-error';

const GATE_CODES = { block_ip: 'ip_blocked', terminate_session: 'session_terminated', suspend_user: 'user_suspended', rate_limit: 'rate_limited' } as const;

/** 403 (blocked IP, terminated session, suspended user) or 429 with Retry-After (rate limited). */
export function gateRefusal(decision: Extract<GateDecision, { allowed: false }>): HttpError {
  const headers: Record<string, string> = decision.retryAfterSec ? { 'Retry-After': String(decision.retryAfterSec) } : {};
  return new HttpError(decision.status, `Request blocked by SOC AI Agents: ${decision.reason}`, GATE_CODES[decision.kind], 'soc_blocked', headers);
}

/** A threat in the request: refused before the upstream is called. */
export function threatRefusal(message: string): HttpError {
  return new HttpError(403, message, 'threat_detected', 'soc_blocked');
}

/** A leaking response under the block policy. */
export function responseRefusal(message: string): HttpError {
  return new HttpError(403, message, 'response_blocked', 'soc_blocked');
}

export type UpstreamFailure = 'upstream_unreachable' | 'upstream_timeout' | 'upstream_status' | 'upstream_bad_response' | 'upstream_auth';

/** Why the upstream could not answer, as a status, a code and a message safe to show. */
export class UpstreamError extends Error {
  constructor(
    readonly code: UpstreamFailure,
    message: string,
    /** The upstream's own status when it answered; passed through for 4xx the client caused. */
    readonly upstreamStatus?: number,
  ) {
    super(message);
  }

  toHttp(): HttpError {
    const status = this.code === 'upstream_timeout' ? 504 : 502;
    return new HttpError(status, this.message, this.code, 'upstream_error');
  }
}

/** The SSE event that ends a stream with an error; OpenAI clients throw it as an APIError. */
export function sseError(message: string, type: string, code: string): string {
  return `data: ${JSON.stringify(errorBody(message, type, code))}\n\n`;
}
