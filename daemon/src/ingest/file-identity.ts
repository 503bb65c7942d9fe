import { promises as fsp, type BigIntStats } from 'node:fs';
import * as path from 'node:path';

export interface FileInfo {
  /** `dev:ino`: survives renames, changes when a new file takes the name (rotation). */
  id: string;
  size: number;
}

export function identityOf(st: BigIntStats): FileInfo {
  // Filesystems without inode numbers (FAT) report 0: fall back to the creation time.
  const ino = st.ino === 0n ? `b${st.birthtimeNs}` : String(st.ino);
  return { id: `${st.dev}:${ino}`, size: Number(st.size) };
}

/** Identity and size of the file at `p`, or undefined when there is no regular file there. */
export async function statFile(p: string): Promise<FileInfo | undefined> {
  try {
    const st = await fsp.stat(p, { bigint: true });
    return st.isFile() ? identityOf(st) : undefined;
  } catch {
    return undefined;
  }
}

const MAX_SIBLINGS = 2000;

/**
 * Where a file with this identity now lives in `dir`, if anywhere. Used after a restart to find a
 * log that was rotated (renamed to `app.log.1`, say) while the daemon was down.
 */
export async function findByIdentity(dir: string, id: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return undefined;
  }
  for (const name of names.slice(0, MAX_SIBLINGS)) {
    const p = path.join(dir, name);
    if ((await statFile(p))?.id === id) return p;
  }
  return undefined;
}
