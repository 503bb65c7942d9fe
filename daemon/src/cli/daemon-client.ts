import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDataDir } from '../store/data-dir';

/** The admin token for talking to a running daemon: --token, $SOC_AGENTS_TOKEN, then DATA_DIR/token. */
export function resolveToken(flag: string | undefined, dataDirFlag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return flag;
  if (env.SOC_AGENTS_TOKEN) return env.SOC_AGENTS_TOKEN;
  const file = join(resolveDataDir(dataDirFlag, env), 'token');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    throw new Error(`no admin token: pass --token, set SOC_AGENTS_TOKEN, or start the daemon once so it writes ${file}`);
  }
}

/** A JSON call to the daemon's API with the admin token; errors carry the daemon's message. */
export async function callDaemon<T>(baseUrl: string, token: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: T }> {
  let res: Response;
  try {
    res = await fetch(new URL(path, baseUrl), {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (e) {
    throw new Error(`cannot reach the daemon at ${baseUrl} (${(e as Error).message}); is it running? Start it with: soc-agents daemon`, { cause: e });
  }
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new Error(`the daemon answered ${res.status} with something that is not JSON`, { cause: e });
  }
  return { status: res.status, body: parsed as T };
}
