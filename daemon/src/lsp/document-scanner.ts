import { extname } from 'node:path';
import type { DocumentKind, DocumentScanOptions, DocumentScanResult } from '../documents/types';

/** The file scanner as the server sees it (daemon/src/documents implements it); injectable for tests. */
export interface DocumentScanner {
  classify(path: string, languageId?: string): DocumentKind;
  scan(text: string, opts: DocumentScanOptions): Promise<DocumentScanResult>;
  /** Loads parsers ahead of the first agent-code file, so that one is not slow. */
  warmUp?(): Promise<void>;
  /** Stops helpers it started (worker threads). */
  close?(): Promise<void>;
}

const LANGUAGE_BY_EXT: Record<string, string> = {
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'typescriptreact',
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascriptreact',
  '.py': 'python',
  '.md': 'markdown',
  '.mdc': 'markdown',
  '.json': 'json',
  '.jsonc': 'jsonc',
};

/** The editor's language id for a file read from disk (the workspace scan has no editor to ask). */
export function languageIdForPath(path: string): string {
  return LANGUAGE_BY_EXT[extname(path).toLowerCase()] ?? 'plaintext';
}
