import { strict as assert } from 'node:assert';
import { request } from 'node:http';
import { FakeUpstream } from '../../fixtures/upstream/fake-upstream';
import { dryRunPolicy } from '../../fixtures/upstream/policies';
import { startTestDaemon, type TestDaemon } from '../../helpers/test-daemon';

const ASK = { model: 'fake-model-1', messages: [{ role: 'user', content: 'What is the capital of Portugal?' }] };

/** Raw HTTP, for a Host header fetch will not let us forge. */
function raw(url: string, path: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method: 'POST', path, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The proxy is mounted ahead of the dashboard's routes in the daemon; these check that an agent's
 * calls still meet every guard of the daemon's server on the way, in the same error shape.
 */
describe('OpenAI-compatible proxy inside the daemon: guards, auth and errors on the way', () => {
  let upstream: FakeUpstream;
  let d: TestDaemon;
  before(async () => {
    upstream = await FakeUpstream.start({ mode: 'reply', text: 'Lisbon.' });
    d = await startTestDaemon({ upstream: upstream.baseURL }, { SOC_AGENTS_OPENAI_API_KEY: 'upstream-key-0123456789' });
    d.daemon.soc.setPolicy(dryRunPolicy());
  });
  after(async () => {
    await d.stop();
    await upstream.stop();
  });

  it('answers a benign call with the daemon security headers and the upstream reply', async () => {
    const r = await d.api('POST', '/v1/chat/completions', ASK);
    assert.equal(r.status, 200);
    assert.equal((r.json.choices as { message: { content: string } }[])[0].message.content, 'Lisbon.');
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(r.headers.get('x-soc-redactions'), '0');
    assert.equal(upstream.requests.at(-1)?.authorization, 'Bearer upstream-key-0123456789');
  });

  it('refuses a call without the token (401 + WWW-Authenticate) and never reaches the upstream', async () => {
    const before = upstream.received;
    const r = await d.api('POST', '/v1/chat/completions', ASK, { authorization: 'Bearer wrong-token-0123456789' });
    assert.equal(r.status, 401);
    assert.equal((r.json.error as { code: string }).code, 'unauthorized');
    assert.match(r.headers.get('www-authenticate') ?? '', /Bearer/);
    assert.equal(upstream.received, before);
  });

  it('refuses a foreign Host (DNS rebinding) before authentication', async () => {
    const port = new URL(d.url).port;
    const r = await raw(d.url, '/v1/chat/completions', { host: `evil.example:${port}`, authorization: `Bearer ${d.token}`, 'content-type': 'application/json' }, JSON.stringify(ASK));
    assert.equal(r.status, 403);
    assert.match(r.body, /host_not_allowed/);
  });

  it('answers 415 for a non-JSON body, 400 for malformed JSON and for a bad field, without a stack trace', async () => {
    const text = await d.api('POST', '/v1/chat/completions', 'hello', { 'content-type': 'text/plain' });
    assert.equal(text.status, 415);
    const broken = await d.api('POST', '/v1/chat/completions', '{"model": "x",');
    assert.equal(broken.status, 400);
    assert.equal((broken.json.error as { code: string }).code, 'malformed_json');
    const bad = await d.api('POST', '/v1/chat/completions', { model: 'x', messages: [] });
    assert.equal(bad.status, 400);
    assert.match((bad.json.error as { message: string }).message, /^messages:/);
    assert.doesNotMatch(JSON.stringify([broken.json, bad.json]), /at \w+ \(|node_modules|\.ts:\d+/);
  });

  it('answers an unknown /v1 route with the JSON 404, after authentication', async () => {
    const r = await d.api('POST', '/v1/embeddings', { model: 'x', input: 'hi' });
    assert.equal(r.status, 404);
    assert.equal((r.json.error as { code: string }).code, 'not_found');
    const anonymous = await d.api('POST', '/v1/embeddings', { model: 'x', input: 'hi' }, { authorization: '' });
    assert.equal(anonymous.status, 401);
  });

  it('refuses a blocked IP with 403 soc_blocked, before its body is read: malformed or oversized, it gets the block, not a parse error', async () => {
    await d.daemon.soc.enforcer.apply('block_ip', '127.0.0.1', { reason: 'test', by: 'admin:test' });
    try {
      const before = upstream.received;
      const r = await d.api('POST', '/v1/chat/completions', ASK);
      assert.equal(r.status, 403);
      assert.equal((r.json.error as { type: string }).type, 'soc_blocked');
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      const broken = await d.api('POST', '/v1/chat/completions', '{"model": "x",');
      assert.equal(broken.status, 403);
      assert.equal((broken.json.error as { type: string }).type, 'soc_blocked');
      const huge = await d.api('POST', '/v1/chat/completions', { ...ASK, padding: 'x'.repeat(3 * 1024 * 1024) });
      assert.equal(huge.status, 403);
      assert.equal(upstream.received, before);
      // The administrative API is never locked out by enforcement on chat traffic.
      assert.equal((await d.api('GET', '/api/soc/status')).status, 200);
    } finally {
      await d.daemon.soc.enforcer.lift('block_ip', '127.0.0.1', 'admin:test');
    }
    assert.equal((await d.api('POST', '/v1/chat/completions', ASK)).status, 200);
  });

  it('a rate limit is counted once per request, however many gates it passes', async () => {
    await d.daemon.soc.enforcer.apply('rate_limit', 'ip:127.0.0.1', { reason: 'test', by: 'admin:test' });
    try {
      const limit = d.daemon.soc.policy().rateLimit.requests;
      const statuses: number[] = [];
      for (let i = 0; i <= limit; i++) statuses.push((await d.api('POST', '/v1/chat/completions', ASK)).status);
      assert.deepEqual(statuses, [...Array<number>(limit).fill(200), 429]);
    } finally {
      await d.daemon.soc.enforcer.lift('rate_limit', 'ip:127.0.0.1', 'admin:test');
    }
  });
});
