import type { Finding, Severity } from '../engine/types';

/** What kind of file a document is, which decides the checks that run on it. */
export type DocumentKind = 'prompt' | 'agent_instructions' | 'mcp_config' | 'agent_code' | 'other';

export interface TextEdit {
  /** UTF-16 offsets into the document text. */
  start: number;
  end: number;
  newText: string;
}

export interface DocumentFix {
  title: string;
  /** `quickfix` edits the finding; `ignore` adds a `soc-ignore` comment. */
  kind: 'quickfix' | 'ignore';
  edits: TextEdit[];
  /** Marks the fix an editor should offer first. */
  preferred?: boolean;
}

/** A finding in a file: an engine finding plus what an editor and SARIF need. */
export interface DocumentFinding extends Finding {
  /** Human-readable message shown on the diagnostic. */
  message: string;
  /** Stable across unrelated edits: rule id + normalized evidence + occurrence index. */
  fingerprint: string;
  /** Other places in the file that belong to the finding (e.g. where LLM output came from). */
  related?: { start: number; end: number; message: string }[];
  fixes?: DocumentFix[];
}

export interface DocumentScanOptions {
  /** File path (absolute or workspace-relative) — decides the document kind. */
  path: string;
  /** Editor language id when known (`typescript`, `python`, `markdown`, ...). */
  languageId?: string;
  /** Per-rule severity overrides from settings; `off` drops the rule. */
  severityOverrides?: Record<string, Severity | 'off'>;
  mode?: 'default' | 'security_aware' | 'strict';
  /**
   * Milliseconds the engine may spend on a prompt or instruction file before returning. Parts not
   * scanned in time are scanned by the next call (results are cached per chunk); the result then
   * has `incomplete: true`. Hidden characters are always reported. Default: no limit.
   */
  timeBudgetMs?: number;
}

export interface DocumentScanResult {
  kind: DocumentKind;
  findings: DocumentFinding[];
  /** Findings suppressed by `soc-ignore RULE -- reason` comments. */
  suppressed: number;
  /** Set when `timeBudgetMs` ran out: scan again (soon, off the typing path) for the rest. */
  incomplete?: boolean;
}
