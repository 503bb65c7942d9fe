import { maskSecret, type FindingDraft } from '../draft';
import type { DocumentFix } from '../types';
import { findSecrets, type SecretMatch } from './secret-shapes';

/** How a redaction is written: `[REDACTED]` in prompts, an environment reference in configs and code. */
export type Redaction = (s: SecretMatch) => DocumentFix | undefined;

export const redactInPlace: Redaction = (s) => ({
  title: `Redact the ${s.label}`,
  kind: 'quickfix',
  edits: [{ start: s.start, end: s.end, newText: '[REDACTED]' }],
  preferred: true,
});

export function secretDraft(text: string, s: SecretMatch, where: string, redaction: Redaction, ruleId = 'doc-secret-in-prompt'): FindingDraft {
  const fix = redaction(s);
  return {
    ruleId,
    start: s.start,
    end: s.end,
    message: `Hard-coded ${s.label} in ${where}: move it to a secret store or environment variable and rotate it`,
    confidence: s.label === 'password or secret' ? 0.7 : 0.95,
    evidence: maskSecret(text.slice(s.start, s.end)),
    ...(fix ? { fixes: [fix] } : {}),
  };
}

/** Credentials in a prompt or instruction file. */
export function promptSecretFindings(text: string): FindingDraft[] {
  return findSecrets(text).map((s) => secretDraft(text, s, 'a prompt', redactInPlace));
}
