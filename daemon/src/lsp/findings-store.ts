import type { Range } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentFinding, DocumentKind } from '../documents/types';

/** A finding with its offsets turned into LSP positions (UTF-16, as TextDocument.positionAt counts). */
export interface LocatedFinding {
  finding: DocumentFinding;
  range: Range;
  related: { range: Range; message: string }[];
}

/** The last scan of one file: what diagnostics, code actions and SARIF are built from. */
export interface FileFindings {
  uri: string;
  /** The document version scanned; null for files read from disk by the workspace scan. */
  version: number | null;
  kind: DocumentKind;
  findings: LocatedFinding[];
  suppressed: number;
  /** The text scanned, kept for files with findings (SARIF regions, fix previews). */
  text?: string;
}

/** Offsets index the exact text scanned, so the positions are the characters the user sees. */
export function locate(doc: TextDocument, findings: readonly DocumentFinding[]): LocatedFinding[] {
  const len = doc.getText().length;
  const clamp = (n: number): number => Math.max(0, Math.min(len, Number.isFinite(n) ? Math.floor(n) : 0));
  const rangeOf = (start: number, end: number): Range => {
    const s = clamp(start);
    return { start: doc.positionAt(s), end: doc.positionAt(Math.max(s, clamp(end))) };
  };
  return findings.map((finding) => ({
    finding,
    range: rangeOf(finding.start, finding.end),
    related: (finding.related ?? []).map((r) => ({ range: rangeOf(r.start, r.end), message: r.message })),
  }));
}

/**
 * Findings per URI: open documents (kept current by the editor) take precedence over the
 * workspace scan's copy of the same file on disk.
 */
export class FindingsStore {
  private readonly open = new Map<string, FileFindings>();
  private readonly scanned = new Map<string, FileFindings>();

  setOpen(entry: FileFindings): void {
    this.open.set(entry.uri, entry);
  }

  setScanned(entry: FileFindings): void {
    if (entry.findings.length === 0) this.scanned.delete(entry.uri);
    else this.scanned.set(entry.uri, entry);
  }

  /** The document closed: its last on-disk scan (if any) stands again. */
  closeOpen(uri: string): void {
    this.open.delete(uri);
  }

  get(uri: string): FileFindings | undefined {
    return this.open.get(uri) ?? this.scanned.get(uri);
  }

  getOpen(uri: string): FileFindings | undefined {
    return this.open.get(uri);
  }

  all(): FileFindings[] {
    const out = new Map(this.scanned);
    for (const [uri, e] of this.open) out.set(uri, e);
    return [...out.values()].filter((e) => e.findings.length > 0).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  scannedUris(): Set<string> {
    return new Set(this.scanned.keys());
  }

  clearScanned(): void {
    this.scanned.clear();
  }
}
