import { strict as assert } from 'node:assert';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookActuator } from '../../../daemon/src/enforce/webhook-actuator';
import type { PlannedAction } from '../../../daemon/src/protocol/domain';
import { audits, closeRig, logLines, openRig, type Rig } from '../../unit/enforce/rig';

interface Received {
  path: string;
  auth: string | undefined;
  body: { incident: { id: string }; action: PlannedAction };
}

const SECRET = 'Bearer s3cr3t-webhook-token-0123456789';
const action: PlannedAction = { kind: 'webhook', target: 'soar', reason: 'critical data exfiltration', policy: 'auto' };

describe('WebhookActuator (real local HTTP server)', () => {
  let r: Rig;
  let server: Server;
  let base: string;
  let reply: (req: IncomingMessage, res: ServerResponse) => void;
  const received: Received[] = [];

  before(async () => {
    server = createServer((req, res) => {
      let data = '';
      req.on('data', (c: Buffer) => (data += c.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(data) });
        reply(req, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(async () => {
    received.length = 0;
    r = await openRig();
  });
  afterEach(async () => {
    await closeRig(r);
  });

  const make = (path: string, timeoutMs = 2000): WebhookActuator =>
    new WebhookActuator({ url: `${base}${path}?token=query-secret`, headers: { authorization: SECRET }, timeoutMs }, r.store, r.clock, r.logger);

  it('POSTs {incident, action} as JSON with the configured headers; 2xx is success; secrets stay out of logs and audit', async () => {
    reply = (_req, res) => res.writeHead(204).end();
    const incident = { id: 'inc_9', severity: 'critical' };
    const res = await make('/hook').execute(action, { incidentId: 'inc_9', incident: incident as never });
    assert.equal(res.status, 'executed', res.detail);
    assert.equal(received.length, 1);
    assert.equal(received[0].auth, SECRET);
    assert.deepEqual(received[0].body, { incident, action });
    const [rec] = await audits(r, 'webhook.executed');
    assert.equal(rec.target, `${base}/hook`);
    assert.equal(rec.details.httpStatus, 204);
    const everything = JSON.stringify(r.logger.records) + JSON.stringify(await r.sqlite.listAudit({ limit: 100 }));
    assert.ok(!everything.includes('s3cr3t') && !everything.includes('query-secret'), 'no secret logged or audited');
  });

  it('reads the incident from the store when the caller does not pass it', async () => {
    reply = (_req, res) => res.writeHead(200).end('ok');
    const res = await make('/hook').execute(action, { incidentId: 'inc_unknown' });
    assert.equal(res.status, 'executed');
    assert.deepEqual(received[0].body.incident, { id: 'inc_unknown' });
  });

  it('a 500 is a retryable failure, a 400 is not, a redirect is not followed', async () => {
    reply = (_req, res) => res.writeHead(500).end('boom');
    const five = await make('/hook').execute(action, { incidentId: 'inc_1' });
    assert.deepEqual([five.status, five.error, five.retryable], ['failed', 'HTTP 500', true]);
    reply = (_req, res) => res.writeHead(400).end();
    const four = await make('/hook').execute(action, { incidentId: 'inc_1' });
    assert.deepEqual([four.status, four.retryable], ['failed', false]);
    reply = (_req, res) => res.writeHead(302, { location: `${base}/elsewhere` }).end();
    const moved = await make('/hook').execute(action, { incidentId: 'inc_1' });
    assert.equal(moved.status, 'failed');
    assert.deepEqual(
      received.map((x) => x.path.split('?')[0]),
      ['/hook', '/hook', '/hook'],
      'the secret headers never went to the redirect target',
    );
    assert.equal((await audits(r, 'webhook.failed')).length, 3);
    assert.ok(logLines(r).some((l) => l.startsWith('WEBHOOK FAILED:')));
  });

  it('a server that never answers times out (retryable) instead of hanging the Remediator', async () => {
    reply = () => undefined; // never responds
    const t0 = performance.now();
    const res = await make('/hang', 300).execute(action, { incidentId: 'inc_1' });
    const took = performance.now() - t0;
    assert.deepEqual([res.status, res.error, res.retryable], ['failed', 'timed out after 300ms', true]);
    assert.ok(took < 2000, `gave up after ${Math.round(took)} ms`);
    server.closeAllConnections();
  });

  it('a refused connection is a retryable failure', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const a = new WebhookActuator({ url: `http://127.0.0.1:${port}/x` }, r.store, r.clock, r.logger);
    const res = await a.execute(action, { incidentId: 'inc_1' });
    assert.deepEqual([res.status, res.retryable], ['failed', true]);
    assert.match(res.error ?? '', /request failed/);
  });
});
