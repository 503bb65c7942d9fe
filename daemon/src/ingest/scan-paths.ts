import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** One glob split into the literal folder it starts in and the dynamic rest. */
export interface ScanRoot {
  /** Literal absolute folder (a real path, not a pattern). */
  dir: string;
  /** Patterns relative to `dir`. */
  patterns: string[];
}

/** Undoes the backslash escapes `convertPathToPattern` puts before glob characters of a literal path. */
function unescapeSegment(seg: string): string {
  return seg.replace(/\\([()[\]{}*?!@+|])/g, '$1');
}

/**
 * Groups absolute patterns by their literal leading folder. Globbing from that folder keeps
 * the crawl inside it (a pattern outside the cwd makes the glob library recompute relative
 * paths), and the folders are what `fs.watch` watches for new files.
 */
export function compileScanPaths(patterns: readonly string[]): ScanRoot[] {
  const roots = new Map<string, string[]>();
  for (const raw of patterns) {
    const pattern = raw.replace(/\\(?![()[\]{}*?!@+|])/g, '/');
    const segs = pattern.split('/');
    let i = 0;
    while (i < segs.length - 1 && !isDynamicPattern(segs[i])) i++;
    // A fully literal pattern names one file: its folder is the root.
    const dirSegs = segs.slice(0, i);
    const dir = path.resolve(dirSegs.map(unescapeSegment).join('/') || '/');
    const rest = segs.slice(i).join('/');
    if (!rest) continue;
    const list = roots.get(dir) ?? [];
    if (!list.includes(rest)) list.push(rest);
    roots.set(dir, list);
  }
  return [...roots].map(([dir, pats]) => ({ dir, patterns: pats }));
}

export interface DiscoverOptions {
  ignore?: readonly string[];
  signal?: AbortSignal;
}

/** Absolute paths of the files matching the roots, sorted (stable order keeps delivery deterministic). */
export async function discoverFiles(roots: readonly ScanRoot[], opts: DiscoverOptions = {}): Promise<string[]> {
  const found = new Set<string>();
  for (const root of roots) {
    try {
      const files = await glob(root.patterns, {
        cwd: root.dir,
        absolute: true,
        ignore: opts.ignore ?? [],
        expandDirectories: false,
        onlyFiles: true,
        dot: false,
        signal: opts.signal,
      });
      for (const f of files) found.add(path.resolve(f));
    } catch {
      // A root that does not exist or cannot be read yields nothing; the next pass looks again.
    }
  }
  return [...found].sort();
}
