import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { classifyDocument } from '../classify';
import { scanDocument } from '../scan-document';
import type { DocumentKind, DocumentScanOptions, DocumentScanResult } from '../types';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Folders never worth scanning (dependencies, VCS data, build output). */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**', '**/dist/**'];

export interface ScanFilesOptions {
  /** Files or folders; relative ones start at `cwd`. */
  paths: readonly string[];
  cwd: string;
  include?: readonly string[];
  exclude?: readonly string[];
  maxBytes?: number;
  scan?: Omit<DocumentScanOptions, 'path' | 'languageId'>;
}

export interface ScannedFile {
  /** Relative to `cwd`, with forward slashes (absolute when outside `cwd`). */
  path: string;
  kind: DocumentKind;
  text: string;
  result: DocumentScanResult;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface ScanFilesResult {
  files: ScannedFile[];
  skipped: SkippedFile[];
}

/** A pattern without a slash matches the base name anywhere (like .gitignore); others match the relative path. */
function matcher(patterns: readonly string[] | undefined): ((rel: string) => boolean) | undefined {
  if (!patterns || patterns.length === 0) return undefined;
  const tests = patterns.map((p) => {
    const m = picomatch(p.replace(/^\.\//, ''), { dot: true });
    return p.includes('/') ? m : (rel: string) => m(rel) || m(rel.slice(rel.lastIndexOf('/') + 1));
  });
  return (rel) => tests.some((t) => t(rel));
}

function display(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return (rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel).split('\\').join('/');
}

/** A NUL byte in the first 8 KB: a binary file that only looks like text by its name. */
function isBinary(abs: string): boolean {
  const fd = openSync(abs, 'r');
  try {
    const buf = Buffer.alloc(8192);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).includes(0);
  } finally {
    closeSync(fd);
  }
}

/** Throws ENOENT for a path that does not exist (a usage error for the CLI). */
function candidates(opts: ScanFilesOptions): { abs: string; explicit: boolean }[] {
  const out: { abs: string; explicit: boolean }[] = [];
  for (const p of opts.paths) {
    const abs = resolve(opts.cwd, p);
    const st = statSync(abs);
    if (st.isFile()) out.push({ abs, explicit: true });
    else if (st.isDirectory()) {
      for (const f of globSync(['**/*'], { cwd: abs, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: ALWAYS_SKIPPED })) out.push({ abs: join(abs, f), explicit: false });
    }
  }
  return out;
}

/**
 * Finds the prompt, instruction, MCP config and agent-code files under the given paths and scans
 * each. Large (> 5 MB), binary and unreadable files are reported as skipped; nothing throws
 * except a path that does not exist.
 */
export async function scanFiles(opts: ScanFilesOptions): Promise<ScanFilesResult> {
  const include = matcher(opts.include);
  const exclude = matcher(opts.exclude);
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  const files: ScannedFile[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  for (const { abs, explicit } of candidates(opts)) {
    if (seen.has(abs)) continue;
    seen.add(abs);
    const path = display(opts.cwd, abs);
    if (exclude?.(path) || (include && !include(path))) continue;
    const kind = classifyDocument(path);
    if (kind === 'other') {
      if (explicit) skipped.push({ path, reason: 'not a prompt, agent-instruction, MCP config or agent code file' });
      continue;
    }
    try {
      const size = statSync(abs).size;
      if (size > maxBytes) {
        skipped.push({ path, reason: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB (${(size / 1024 / 1024).toFixed(1)} MB)` });
        continue;
      }
      if (isBinary(abs)) {
        skipped.push({ path, reason: 'binary file' });
        continue;
      }
      // The editor never shows a byte-order mark; strip it so offsets match what it reports.
      const text = readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
      files.push({ path, kind, text, result: await scanDocument(text, { ...opts.scan, path }) });
    } catch (e) {
      skipped.push({ path, reason: `could not be scanned: ${(e as Error).message}` });
    }
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  skipped.sort((a, b) => a.path.localeCompare(b.path));
  return { files, skipped };
}
