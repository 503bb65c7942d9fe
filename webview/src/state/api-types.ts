/** Shapes of the REST answers the dashboard reads (the daemon's own types where it exports them). */
import type { AuditRecord, Severity } from '../../../daemon/src/protocol/domain';
import type { SecurityCheck } from '../../../daemon/src/chat/security-check';
import type { ScenarioReport } from '../../../daemon/src/scenarios/scenario-runner';
import type { ChainCheck } from '../../../daemon/src/store/store';

export type { AuditRecord, ChainCheck, ScenarioReport, SecurityCheck };

export interface ScenarioInfo {
  name: string;
  title: string;
  description: string;
  expects: string;
}

export interface RuleInfo {
  id: string;
  category: string;
  severity: Severity;
  owasp: string;
  title: string;
  description: string;
  docs?: string;
}

/** POST /api/chat: 200 with an answer, or 403/429 when enforcement refused the caller. */
export interface ChatAnswer {
  response?: string;
  model?: string;
  source?: string;
  error?: { message: string; code?: string };
  security_check?: SecurityCheck;
}

/** Every error body the daemon sends: `{error: {message, code}}`. */
export function errorMessage(body: unknown, status: number): string {
  const err = (body as { error?: { message?: unknown } } | undefined)?.error;
  if (err && typeof err.message === 'string') return err.message;
  return status === 0 ? 'the daemon did not answer' : `the daemon answered ${status}`;
}
