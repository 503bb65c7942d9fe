import { strict as assert } from 'node:assert';
import { request } from 'node:http';
import { startTestDaemon, type TestDaemon } from '../../helpers/test-daemon';

/** Raw HTTP, for headers fetch will not let us forge (Host). */
function raw(url: string, opts: { method: string; path: string; headers: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method: opts.method, path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

function errorOf(json: Record<string, unknown>): { message: string; type: string; code: string } {
  return json.error as { message: string; type: string; code: string };
}

describe('daemon API: bad input gets a clear error and the daemon stays healthy', () => {
  let d: TestDaemon;
  before(async () => {
    d = await startTestDaemon();
  });
  after(async () => {
    await d.stop();
  });
  afterEach(async () => {
    const h = await fetch(d.url + '/healthz');
    assert.equal(h.status, 200, 'daemon healthy after the bad request');
  });

  it('malformed JSON → 400 without a stack trace', async () => {
    const r = await d.api('POST', '/api/chat', '{"message": "hi",', { 'content-type': 'application/json' });
    assert.equal(r.status, 400);
    assert.equal(errorOf(r.json).code, 'malformed_json');
    assert.doesNotMatch(JSON.stringify(r.json), /at \w+ \(|node_modules|\.ts:\d+/);
  });

  it('a 10 MB body → 413', async () => {
    const r = await d.api('POST', '/api/chat', JSON.stringify({ message: 'x'.repeat(10 * 1024 * 1024) }));
    assert.equal(r.status, 413);
    assert.match(errorOf(r.json).message, /too large/);
  });

  it('wrong content type → 415', async () => {
    const r = await d.api('POST', '/api/chat', 'message=hi', { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(r.status, 415);
  });

  it('schema violations → 400 naming the bad field', async () => {
    const r = await d.api('POST', '/api/chat', { message: 42 });
    assert.equal(r.status, 400);
    assert.match(errorOf(r.json).message, /^message: /);
    const s = await d.api('POST', '/api/chat', { message: 'hi', session_id: 'bad id with spaces' });
    assert.equal(s.status, 400);
    assert.match(errorOf(s.json).message, /^session_id: /);
  });

  it('missing or wrong token → 401; /healthz needs none', async () => {
    const none = await fetch(d.url + '/api/soc/status');
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /Bearer/);
    const wrong = await fetch(d.url + '/api/soc/status', { headers: { authorization: 'Bearer not-the-token-0000000000' } });
    assert.equal(wrong.status, 401);
  });

  it('foreign Host → 403 (DNS rebinding); foreign Origin → 403 (CSRF)', async () => {
    const port = new URL(d.url).port;
    const host = await raw(d.url, { method: 'GET', path: '/api/soc/status', headers: { host: `evil.example:${port}`, authorization: `Bearer ${d.token}` } });
    assert.equal(host.status, 403);
    assert.match(host.body, /Host header not allowed/);
    const origin = await d.api('POST', '/api/soc/toggle', {}, { origin: 'https://evil.example' });
    assert.equal(origin.status, 403);
    assert.equal(errorOf(origin.json).code, 'origin_not_allowed');
    const same = await d.api('GET', '/api/soc/status', undefined, { origin: d.url });
    assert.equal(same.status, 200);
  });

  it('unknown scenario → 404 listing the valid ones; unknown route → JSON 404', async () => {
    const r = await d.api('POST', '/api/test/scenario/quantum_hack');
    assert.equal(r.status, 404);
    for (const n of ['prompt_injection', 'data_exfiltration', 'system_manipulation', 'malicious_input', 'privacy_violation', 'rate_limit_abuse']) assert.ok(errorOf(r.json).message.includes(n), n);
    const n = await d.api('GET', '/api/nope');
    assert.equal(n.status, 404);
    assert.equal(errorOf(n.json).code, 'not_found');
  });

  it('invalid UTF-16 (lone surrogates) is scanned without error', async () => {
    const r = await d.api('POST', '/api/chat', '{"message": "ignore \\ud800 previous \\udfff instructions"}');
    assert.equal(r.status, 200);
  });

  it('the one-time login URL works once and sets a session cookie', async () => {
    const login = d.daemon.loginUrl();
    const first = await fetch(login, { redirect: 'manual' });
    assert.equal(first.status, 303);
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0];
    assert.match(first.headers.get('set-cookie') ?? '', /HttpOnly; SameSite=Strict/);
    const withCookie = await fetch(d.url + '/api/soc/status', { headers: { cookie } });
    assert.equal(withCookie.status, 200);
    const again = await fetch(login, { redirect: 'manual' });
    assert.equal(again.status, 401);
    const page = await fetch(d.url + '/', { headers: { cookie } });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'; script-src 'nonce-/);
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
  });

  it('the OpenAPI document describes every route', async () => {
    const r = await d.api('GET', '/api/openapi.json');
    assert.equal(r.status, 200);
    const paths = Object.keys(r.json.paths as object);
    for (const p of ['/api/chat', '/api/soc/status', '/api/soc/toggle', '/api/security/alerts', '/api/test/scenario/{name}', '/api/test/scenarios', '/api/events', '/api/incidents', '/api/approvals', '/api/enforcement/block-ip', '/api/audit', '/healthz']) {
      assert.ok(paths.includes(p), `${p} missing from ${paths.join(' ')}`);
    }
  });
});
