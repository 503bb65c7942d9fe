import type { Severity, ViewKind } from '../engine/types';
import type { DocumentFix } from './types';

/**
 * What a detector reports before the scanner adds catalog metadata, suppression, severity
 * overrides, fingerprints and the generic fixes.
 */
export interface FindingDraft {
  ruleId: string;
  /** UTF-16 offsets into the document text (end exclusive). */
  start: number;
  end: number;
  message: string;
  confidence?: number;
  /** Default: the rule's catalog severity. */
  severity?: Severity;
  /** Default: the original characters. Secret detectors pass a masked form. */
  evidence?: string;
  decodedFrom?: ViewKind;
  related?: { start: number; end: number; message: string }[];
  /** Detector-specific quick fixes (redact, wrap, https…). */
  fixes?: DocumentFix[];
  /**
   * Offset whose line a `soc-ignore` comment must sit on (or above). Default: `start`. Findings
   * inside multi-line strings use the line where the string starts, so the comment is code.
   */
  ignoreAt?: number;
}

/** Masks a secret for display: enough to recognise it, never enough to use it. */
export function maskSecret(secret: string): string {
  const s = secret.trim();
  if (s.length <= 8) return '*'.repeat(s.length);
  return `${s.slice(0, 4)}…${'*'.repeat(4)} (${s.length} chars)`;
}

/** "an OpenAI API key", "a GitHub token". */
export function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}
