import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, scanDocument, type DocumentFinding, type DocumentScanOptions, type DocumentScanResult } from '../../../daemon/src/documents';

export const WORKSPACE = join(__dirname, '..', '..', 'fixtures', 'workspace');

export function fixture(rel: string): string {
  return readFileSync(join(WORKSPACE, rel), 'utf8');
}

export function scan(text: string, path: string, opts: Omit<DocumentScanOptions, 'path'> = {}): Promise<DocumentScanResult> {
  return scanDocument(text, { ...opts, path });
}

export function ids(r: DocumentScanResult): string[] {
  return r.findings.map((f) => f.ruleId);
}

/** The characters a finding points at. */
export function at(text: string, f: DocumentFinding): string {
  return text.slice(f.start, f.end);
}

export function only(r: DocumentScanResult, ruleId: string): DocumentFinding[] {
  return r.findings.filter((f) => f.ruleId === ruleId);
}

export function applyFix(text: string, f: DocumentFinding, kind: 'quickfix' | 'ignore' = 'quickfix'): string {
  const fix = f.fixes?.find((x) => x.kind === kind);
  if (!fix) throw new Error(`${f.ruleId} has no ${kind} fix`);
  return applyEdits(text, fix.edits);
}

/** U+E0000 + ASCII: text hidden in Unicode tag characters. */
export function tags(s: string): string {
  return [...s].map((c) => String.fromCodePoint(0xe0000 + (c.codePointAt(0) ?? 0))).join('');
}
