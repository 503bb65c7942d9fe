import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { glob } from 'tinyglobby';
import type { ScanWorkspaceResult, SocSettings } from '../protocol/lsp';
import { disabledRules } from './diagnostics';
import { languageIdForPath, type DocumentScanner } from './document-scanner';
import { locate, type FileFindings } from './findings-store';
import { pathToUri } from './uri';

export interface ScanProgress {
  report(percentage: number, message: string): void;
  readonly cancelled: boolean;
}

export interface WorkspaceScanDeps {
  scanner: DocumentScanner;
  /** Files open in the editor are already scanned live, from the text the user sees. */
  isOpen(uri: string): boolean;
  /** Stores the file's findings and publishes its diagnostics. */
  publish(entry: FileFindings): void;
  now?: () => number;
  /** Larger files are skipped (generated bundles, data dumps). */
  maxFileBytes?: number;
}

/** Yield to the event loop between files so edits, hovers and code actions are answered in between. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function listFiles(folders: readonly string[], settings: SocSettings): Promise<string[]> {
  const seen = new Set<string>();
  for (const cwd of folders) {
    const files = await glob(settings.scan.include, { cwd, ignore: settings.scan.exclude, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: false });
    for (const f of files) seen.add(f);
  }
  return [...seen].sort();
}

/**
 * Scans the workspace folders in slices: one file per event-loop turn, within the time budget,
 * reporting percentage and the current file. Results are published as they come.
 */
export async function scanWorkspace(folders: readonly string[], settings: SocSettings, deps: WorkspaceScanDeps, progress: ScanProgress): Promise<ScanWorkspaceResult> {
  const now = deps.now ?? Date.now;
  const t0 = now();
  const budgetMs = settings.scan.timeBudgetSeconds * 1000;
  const maxBytes = deps.maxFileBytes ?? 5 * 1024 * 1024;
  const result: ScanWorkspaceResult = { files: 0, skipped: 0, findings: 0, filesWithFindings: 0, timedOut: false, cancelled: false, durationMs: 0 };
  progress.report(0, 'Listing files…');
  const files = await listFiles(folders, settings);
  const off = disabledRules(settings);
  let lastReport = 0;
  for (let i = 0; i < files.length; i++) {
    await nextTurn();
    if (progress.cancelled) {
      result.cancelled = true;
      break;
    }
    if (now() - t0 > budgetMs) {
      result.timedOut = true;
      break;
    }
    const path = files[i];
    const folder = folders.find((f) => !relative(f, path).startsWith('..')) ?? folders[0] ?? '';
    if (now() - lastReport > 100 || i === 0) {
      lastReport = now();
      progress.report(Math.floor((i / files.length) * 100), relative(folder, path) || path);
    }
    const uri = pathToUri(path);
    const languageId = languageIdForPath(path);
    const kind = deps.scanner.classify(path, languageId);
    if (kind === 'other' || deps.isOpen(uri)) {
      if (kind === 'other') result.skipped++;
      continue;
    }
    try {
      if ((await stat(path)).size > maxBytes) {
        result.skipped++;
        continue;
      }
      const text = await readFile(path, 'utf8');
      const scanned = await deps.scanner.scan(text, { path, languageId, severityOverrides: off, mode: settings.securityMode });
      const doc = TextDocument.create(uri, languageId, 0, text);
      const entry: FileFindings = { uri, version: null, kind: scanned.kind, findings: locate(doc, scanned.findings), suppressed: scanned.suppressed, ...(scanned.findings.length > 0 ? { text } : {}) };
      result.files++;
      result.findings += entry.findings.length;
      if (entry.findings.length > 0) result.filesWithFindings++;
      deps.publish(entry);
    } catch {
      // Unreadable, vanished or binary-looking files are skipped, never fatal to the scan.
      result.skipped++;
    }
  }
  result.durationMs = now() - t0;
  progress.report(100, `${result.files} files scanned`);
  return result;
}
