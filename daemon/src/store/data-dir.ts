import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const DATA_DIR_ENV = 'SOC_AGENTS_DATA_DIR';
export const DB_FILE_NAME = 'soc.db';

function expandHome(p: string, home: string): string {
  if (p === '~') return home;
  if (p.startsWith('~/') || p.startsWith('~\\')) return join(home, p.slice(2));
  return p;
}

/**
 * The data folder: `--data-dir` wins, then $SOC_AGENTS_DATA_DIR, then `~/.soc-agents`.
 * A leading `~` is expanded (shells do not expand it inside `--data-dir=~/x` or in env files).
 */
export function resolveDataDir(flag?: string, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const chosen = flag !== undefined && flag !== '' ? flag : env[DATA_DIR_ENV];
  if (chosen !== undefined && chosen !== '') return resolve(expandHome(chosen, home));
  return join(home, '.soc-agents');
}

export function dbPathIn(dataDir: string): string {
  return join(dataDir, DB_FILE_NAME);
}
