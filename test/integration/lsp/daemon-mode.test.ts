import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DaemonConnectionRequest, DashboardLoginRequest, SetOpenAiKeyNotification, type DaemonConnection } from '../../../daemon/src/protocol/lsp';
import { CLI, LspClient } from './lsp-client';

function holdPort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve({ server, port: typeof a === 'object' && a ? a.port : 0 });
    });
  });
}

/** `soc-agents lsp --stdio --http-port N`: the language server and the HTTP daemon in one process. */
describe('soc-agents lsp with the daemon in the same process', function () {
  this.timeout(60_000);
  let client: LspClient;
  let dataDir: string;
  let busy: { server: Server; port: number };
  let conn: DaemonConnection;
  const settings: Record<string, unknown> = {};

  const api = async (method: string, path: string, body?: unknown): Promise<Record<string, unknown>> => {
    const res = await fetch(conn.url + path, {
      method,
      headers: { authorization: `Bearer ${conn.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    assert.equal(res.status, 200, `${method} ${path}`);
    return (await res.json()) as Record<string, unknown>;
  };

  before(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    dataDir = mkdtempSync(join(tmpdir(), 'soc-lsp-daemon-'));
    busy = await holdPort();
    client = await LspClient.start({ args: ['--http-port', String(busy.port), '--data-dir', dataDir], settings: () => settings, env: { SOC_AGENTS_TOKEN: '', OPENAI_API_KEY: '', SOC_AGENTS_OPENAI_API_KEY: '' } });
  });

  after(async () => {
    const code = await client?.stop();
    busy?.server.close();
    rmSync(dataDir, { recursive: true, force: true });
    assert.equal(code, 0, 'the daemon drained and the server exited cleanly');
  });

  it('starts the daemon on a free port when the asked one is taken, and tells the client', async () => {
    const ready = await client.status.next((s) => s.state === 'ready', 'status ready', 30_000);
    assert.notEqual(ready.port, busy.port);
    assert.match(ready.message ?? '', new RegExp(`port ${busy.port} was taken; the daemon listens on ${ready.port}`));
    assert.ok(client.status.seen.findIndex((s) => s.state === 'starting') < client.status.seen.indexOf(ready), 'starting came first');
    const c = await client.connection.sendRequest(DaemonConnectionRequest);
    assert.ok(c);
    conn = c;
    assert.equal(conn.url, ready.url);
    const status = await api('GET', '/api/soc/status');
    assert.equal(status.security_mode, 'default');
    // Daemon logs went to stderr; stdout carried only the protocol (or the client would have failed).
    assert.match(client.stderr.join(''), /"msg":"daemon started"/);
  });

  it('applies a settings change to the running daemon', async () => {
    settings.securityMode = 'strict';
    settings.environment = 'financial';
    settings.rateLimit = { requests: 7, windowSeconds: 60 };
    await client.configurationChanged();
    await client.status.next((s) => s.securityMode === 'strict' && s.environment === 'financial', 'strict/financial in the status');
    const status = await api('GET', '/api/soc/status');
    assert.equal(status.security_mode, 'strict');
    assert.equal(status.environment, 'financial');
  });

  it('gives a one-time dashboard login URL', async () => {
    const login = await client.connection.sendRequest(DashboardLoginRequest);
    assert.ok(login);
    assert.ok(login.url.startsWith(`${conn.url}/login?token=`));
    const first = await fetch(login.url, { redirect: 'manual' });
    assert.ok(first.status >= 300 && first.status < 400, `redirect after login (${first.status})`);
    assert.match(first.headers.get('set-cookie') ?? '', /soc_session=/);
    const again = await fetch(login.url, { redirect: 'manual' });
    assert.ok(again.status >= 400, 'the login URL works once');
  });

  it('takes the OpenAI key over the LSP channel and never logs it', async () => {
    const before = (await api('GET', '/api/soc/status')).llm as { configured: boolean };
    assert.equal(before.configured, false);
    const key = 'sk-test-0123456789abcdefghijklmnop';
    await client.connection.sendNotification(SetOpenAiKeyNotification, { apiKey: key });
    // A request after the notification: JSON-RPC handles them in order, so the key is applied by now.
    await client.connection.sendRequest(DaemonConnectionRequest);
    const after = (await api('GET', '/api/soc/status')).llm as { configured: boolean };
    assert.equal(after.configured, true);
    assert.ok(!client.stderr.join('').includes(key), 'the key is not in the logs');
    await client.connection.sendNotification(SetOpenAiKeyNotification, { apiKey: null });
    await client.connection.sendRequest(DaemonConnectionRequest);
    assert.equal(((await api('GET', '/api/soc/status')).llm as { configured: boolean }).configured, false);
  });

  it('reports monitoring off and on, and the open incident count', async () => {
    await api('POST', '/api/soc/toggle', { enabled: false });
    await client.status.next((s) => s.state === 'monitoring_off', 'monitoring_off');
    await api('POST', '/api/soc/toggle', { enabled: true });
    const mark = client.status.seen.length;
    await client.status.next((s) => s.state === 'ready', 'ready again', 10_000, mark);
    await api('POST', '/api/test/scenario/prompt_injection');
    const withAlerts = await client.status.next((s) => s.openAlerts > 0, 'an open incident in the status', 20_000, mark);
    assert.equal(withAlerts.state, 'ready');
  });
});
