import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SocClientApi } from '../../../../client/src/api';
import type { DaemonStatus } from '../../../../daemon/src/protocol/lsp';

export const EXTENSION_ID = 'soc-ai-agents.soc-ai-agents';
export const SOURCE = 'SOC AI Agents';

/** Resolves on the first event that matches (or at once when `now` already does); never a fixed sleep. */
export function waitFor<T>(event: vscode.Event<T>, match: (v: T) => boolean, what: string, timeoutMs = 60_000, now?: () => T | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const current = now?.();
    if (current !== undefined && match(current)) return resolve(current);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event((v) => {
      if (!match(v)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
  });
}

export async function activeApi(): Promise<SocClientApi> {
  const ext = vscode.extensions.getExtension<SocClientApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext.activate();
}

export function waitForStatus(api: SocClientApi, match: (s: DaemonStatus) => boolean, what: string, timeoutMs = 60_000): Promise<DaemonStatus> {
  return waitFor(api.onStatus, match, what, timeoutMs, () => api.status);
}

/** SOC diagnostics of a document once `match` holds for them. */
export function waitForDiagnostics(uri: vscode.Uri, match: (d: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 60_000): Promise<vscode.Diagnostic[]> {
  const ours = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    (e) => e.uris.some((u) => u.toString() === uri.toString()) && match(ours()),
    what,
    timeoutMs,
    (): vscode.DiagnosticChangeEvent | undefined => (match(ours()) ? { uris: [uri] } : undefined),
  ).then(() => ours());
}

/** The daemon's HTTP API with the token the extension holds (it never reaches settings). */
export async function daemonApi<T>(api: SocClientApi, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const conn = api.connection();
  assert.ok(conn, 'the daemon is reachable');
  const res = await fetch(conn.url + path, {
    method,
    headers: { authorization: `Bearer ${conn.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  assert.ok(res.ok, `${method} ${path} → ${res.status}`);
  return (await res.json()) as T;
}

export function codeOf(d: vscode.Diagnostic): { value: string; target: vscode.Uri } {
  const code = d.code;
  assert.ok(typeof code === 'object' && code !== null && 'target' in code, 'the diagnostic code links its documentation');
  return { value: String(code.value), target: code.target };
}
