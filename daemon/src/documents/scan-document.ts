import { classifyDocument, codeLanguageOf, commentStyleOf } from './classify';
import { analyzeCode } from './code/analyze-code';
import type { FindingDraft } from './draft';
import { finalize } from './finalize';
import { mcpConfigFindings } from './mcp/mcp-config';
import type { ChunkPool } from './text/chunk-pool';
import { promptDocumentFindings, promptDocumentFindingsParallel } from './text/engine-text';
import { hiddenLineFindings } from './text/hidden-lines';
import { LineIndex } from './text/lines';
import { placeholderFindings } from './text/placeholders';
import type { DocumentKind, DocumentScanOptions, DocumentScanResult } from './types';

function basename(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop()?.toLowerCase() ?? '';
}

interface Drafts {
  drafts: FindingDraft[];
  /** False when the time budget ran out before every chunk was scanned. */
  complete: boolean;
}

function deadlineOf(opts: DocumentScanOptions): number {
  return opts.timeBudgetMs !== undefined ? performance.now() + opts.timeBudgetMs : Infinity;
}

/**
 * A prompt file's whole-text work (line index, placeholder findings), kept for the next call on the same
 * text: a 1 MB file is scanned in two or three slices and each one publishes, the last on the critical path.
 */
let lastWhole: { text: string; lines: LineIndex; placeholders: FindingDraft[] } | null = null;

function wholeTextWork(text: string): { lines: LineIndex; placeholders: FindingDraft[] } {
  if (lastWhole !== null && lastWhole.text === text) return lastWhole;
  const lines = new LineIndex(text);
  lastWhole = { text, lines, placeholders: placeholderFindings(text, lines, true) };
  return lastWhole;
}

/** A prompt file's chunked engine drafts plus its placeholder findings. */
function withPlaceholders(chunked: Drafts, text: string): Drafts {
  return { drafts: [...chunked.drafts, ...wholeTextWork(text).placeholders], complete: chunked.complete };
}

/** The result of a file without a parser: finalized drafts, marked incomplete when the budget ran out. */
function textResult(text: string, lines: LineIndex, kind: DocumentKind, opts: DocumentScanOptions, { drafts, complete }: Drafts): DocumentScanResult {
  const result = finalize(text, lines, kind, drafts, opts, commentStyleOf(opts.path, kind, opts.languageId));
  return complete ? result : { ...result, incomplete: true };
}

/** Drafts for the kinds that need no parser. */
function textDrafts(text: string, lines: LineIndex, kind: DocumentKind, opts: DocumentScanOptions): Drafts {
  switch (kind) {
    case 'prompt':
    case 'agent_instructions':
      return withPlaceholders(promptDocumentFindings(text, opts.mode ?? 'default', deadlineOf(opts)), text);
    case 'mcp_config':
      // VS Code and Cursor resolve ${env:…} in mcp.json; Claude Desktop's config has no variables.
      return { drafts: [...mcpConfigFindings(text, basename(opts.path) === 'mcp.json'), ...hiddenLineFindings(text, lines)], complete: true };
    default:
      return { drafts: [], complete: true };
  }
}

/**
 * Scans a prompt, instruction or MCP config file synchronously (no parser needed). Agent code and
 * `other` files return no findings here: use `scanDocument`.
 */
export function scanTextDocument(text: string, opts: DocumentScanOptions): DocumentScanResult {
  const kind = classifyDocument(opts.path, opts.languageId);
  const clean = typeof text === 'string' ? text : '';
  const lines = kind === 'prompt' || kind === 'agent_instructions' ? wholeTextWork(clean).lines : new LineIndex(clean);
  return textResult(clean, lines, kind, opts, textDrafts(clean, lines, kind, opts));
}

/** Helpers a long-running scanner keeps between files. */
export interface ScanServices {
  /** Worker threads that scan chunks of large prompt files alongside the caller. */
  pool?: ChunkPool | null;
}

/** A prompt or instruction file with the pool: its chunks are scanned on several cores. */
async function scanPromptInParallel(text: string, kind: DocumentKind, opts: DocumentScanOptions, pool: ChunkPool): Promise<DocumentScanResult> {
  const clean = typeof text === 'string' ? text : '';
  const chunked = await promptDocumentFindingsParallel(clean, opts.mode ?? 'default', deadlineOf(opts), pool);
  return textResult(clean, wholeTextWork(clean).lines, kind, opts, withPlaceholders(chunked, clean));
}

/**
 * Scans one file's text: the kind comes from its path (and language id). Findings index the text
 * (UTF-16 offsets), carry a message, a stable fingerprint and fixes; `soc-ignore` comments and
 * severity overrides are applied. Agent code is parsed with tree-sitter (WASM, loaded once).
 */
export async function scanDocument(text: string, opts: DocumentScanOptions, services: ScanServices = {}): Promise<DocumentScanResult> {
  const kind = classifyDocument(opts.path, opts.languageId);
  if (services.pool && (kind === 'prompt' || kind === 'agent_instructions')) return scanPromptInParallel(text, kind, opts, services.pool);
  if (kind !== 'agent_code') return scanTextDocument(text, opts);
  const clean = typeof text === 'string' ? text : '';
  const lines = new LineIndex(clean);
  const lang = codeLanguageOf(opts.path, opts.languageId);
  const drafts = lang ? await analyzeCode(clean, lang, opts.mode ?? 'default') : [];
  drafts.push(...hiddenLineFindings(clean, lines));
  return finalize(clean, lines, kind, drafts, opts, commentStyleOf(opts.path, kind, opts.languageId));
}
