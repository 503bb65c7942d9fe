import { strict as assert } from 'node:assert';
import type { Socket } from 'node:net';
import type WebSocket from 'ws';
import type { Incident } from '../../../daemon/src/protocol/domain';
import { SkewClock, startRig, type StreamRig } from './live-stream-rig';

const HIGH_WATER = 16 * 1024;
const CAP = 50;
const SUMMARY = 'x'.repeat(4 * 1024);

function rawSocket(ws: WebSocket): Socket {
  return (ws as unknown as { _socket: Socket })._socket;
}

let n = 0;
function incident(): Incident {
  n++;
  return {
    id: `inc-bp-${n}`,
    key: `k|${n}`,
    status: 'open',
    threat: 'prompt_injection',
    severity: 'high',
    actor: { ip: '198.51.100.1' },
    firstSeen: n,
    lastSeen: n,
    alertCount: 1,
    alertIds: [],
    fpProbability: 0,
    summary: SUMMARY,
    summarySource: 'template',
    playbook: [],
  };
}

/** Ten incidents, then one turn of the event loop so sockets that are read can drain. */
async function publishBatch(rig: StreamRig): Promise<number> {
  for (let i = 0; i < 10; i++) rig.soc.bus.publish('incident.updated', incident());
  await rig.soc.bus.drain();
  await new Promise<void>((resolve) => setImmediate(resolve));
  return 10;
}

/** Publishes until the stream reports drops (the paused client's kernel buffers are full), then some more; returns how many. */
async function publishUntilDropped(rig: StreamRig, limit = 20_000): Promise<number> {
  let published = 0;
  while (rig.stream.stats().dropped === 0) {
    assert.ok(published < limit, `no drops after ${published} messages`);
    published += await publishBatch(rig);
  }
  // More, so the backlog is full and old entries are being pushed out.
  while (published % (2 * CAP) !== 0 || rig.stream.stats().dropped < CAP) published += await publishBatch(rig);
  return published;
}

describe('live stream /ws: a slow client gets bounded buffering', function () {
  this.timeout(15_000);
  let rig: StreamRig;
  const clock = new SkewClock();
  beforeEach(async () => {
    clock.skew = 0;
    rig = await startRig({ highWaterBytes: HIGH_WATER, maxBufferedMessages: CAP, stuckTimeoutMs: 60_000 }, clock);
  });
  afterEach(() => rig.cleanup());

  it('keeps the backlog within the cap, drops the oldest, and tells the client after it catches up', async () => {
    const slow = await rig.connect();
    const fast = await rig.connect();
    await slow.waitFor('hello');
    await fast.waitFor('hello');
    rawSocket(slow.ws).pause();

    const published = await publishUntilDropped(rig);
    const s = rig.stream.stats();
    assert.equal(s.maxQueued, CAP, 'the slow client\'s backlog is full, and no larger than the cap');
    assert.ok(s.dropped > 0);
    const frame = 6 * 1024;
    assert.ok(s.bufferedBytes <= HIGH_WATER + frame, `socket buffer ${s.bufferedBytes} bytes stays near the high-water mark`);

    // The fast client is not held back by the slow one.
    await fast.sync();
    assert.equal(fast.of('incident').length, published);
    assert.deepEqual(fast.of('dropped'), []);

    rawSocket(slow.ws).resume();
    const notice = await slow.waitFor('dropped');
    const got = slow.of('incident');
    assert.equal(notice.count, s.dropped);
    assert.equal(got.length + notice.count, published, 'every incident either arrived or was counted as dropped');
    assert.equal(got[got.length - 1].incident.id, `inc-bp-${n}`, 'the newest message is kept; the oldest were dropped');
    assert.ok(notice.firstSeq <= notice.lastSeq && notice.lastSeq < got[got.length - 1].seq);
    const seqs = slow.messages.map((m) => m.seq);
    assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b), 'seq keeps increasing, the notice included');
    await slow.sync();
    assert.equal(rig.stream.stats().queued, 0);
  });

  it('terminates a client that stays stuck past the limit', async () => {
    const stuck = await rig.connect();
    const fine = await rig.connect();
    await stuck.waitFor('hello');
    rawSocket(stuck.ws).pause();
    await publishUntilDropped(rig);
    assert.equal(rig.stream.stats().clients, 2);
    await fine.sync();

    clock.skew += 60_001;
    rig.soc.bus.publish('incident.updated', incident());
    await rig.soc.bus.drain();
    assert.equal(rig.stream.stats().terminated, 1);
    assert.equal(rig.stream.stats().queued, 0, 'its backlog is released');

    rawSocket(stuck.ws).resume();
    assert.equal((await stuck.closed).code, 1006);
    await fine.sync();
    assert.equal(rig.stream.stats().clients, 1);
  });
});
