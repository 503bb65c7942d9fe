import { strict as assert } from 'node:assert';
import { InProcessBus } from '../../../daemon/src/bus/in-process-bus';
import type { SecurityEvent } from '../../../daemon/src/protocol/domain';
import { MemoryLogger } from '../../../daemon/src/util/logger';

function event(id: string): SecurityEvent {
  return { id, ts: 0, kind: 'chat', actor: { ip: '10.0.0.1' }, text: `message ${id}`, channel: 'api/chat' };
}

describe('InProcessBus', () => {
  it('delivers asynchronously, never inside publish', async () => {
    const bus = new InProcessBus(new MemoryLogger());
    const seen: string[] = [];
    bus.subscribe('event.ingested', (e) => {
      seen.push(e.id);
    });
    bus.publish('event.ingested', event('a'));
    assert.deepEqual(seen, [], 'handler ran inside publish');
    await bus.drain();
    assert.deepEqual(seen, ['a']);
  });

  it('keeps per-topic FIFO order even when handlers are slow and async', async () => {
    const bus = new InProcessBus(new MemoryLogger(), { yieldEvery: 7 });
    const seen: string[] = [];
    bus.subscribe('event.ingested', async (e) => {
      // Earlier messages take longer: without per-topic serialization they would finish last.
      const n = 50 - Number(e.id);
      for (let i = 0; i < n; i++) await Promise.resolve();
      seen.push(e.id);
    });
    for (let i = 0; i < 50; i++) bus.publish('event.ingested', event(String(i)));
    await bus.drain();
    assert.deepEqual(
      seen,
      Array.from({ length: 50 }, (_, i) => String(i)),
    );
  });

  it('drain waits for messages published by handlers while draining', async () => {
    const bus = new InProcessBus(new MemoryLogger());
    const chain: string[] = [];
    bus.subscribe('event.ingested', async (e) => {
      await Promise.resolve();
      chain.push(`event:${e.id}`);
      bus.publish('alert.raised', {
        id: `al-${e.id}`,
        ts: 0,
        eventId: e.id,
        actor: e.actor,
        threat: 'prompt_injection',
        severity: 'high',
        score: 0.9,
        ruleIds: [],
        findings: [],
        excerpt: e.text,
        channel: e.channel,
      });
    });
    bus.subscribe('alert.raised', async (a) => {
      await Promise.resolve();
      chain.push(`alert:${a.id}`);
      bus.publish('action.executed', { id: 'x', incidentId: 'i', kind: 'monitor', target: 't', status: 'executed', attempts: 1, ts: 0, reason: a.id });
    });
    bus.subscribe('action.executed', (r) => {
      chain.push(`action:${r.reason}`);
    });
    bus.publish('event.ingested', event('1'));
    bus.publish('event.ingested', event('2'));
    await bus.drain();
    assert.deepEqual(chain.sort(), ['action:al-1', 'action:al-2', 'alert:al-1', 'alert:al-2', 'event:1', 'event:2']);
    assert.deepEqual(bus.depth(), {});
    assert.equal(bus.pendingCount(), 0);
  });

  it('reports depth per topic before delivery', () => {
    const bus = new InProcessBus(new MemoryLogger());
    bus.publish('event.ingested', event('1'));
    bus.publish('event.ingested', event('2'));
    bus.publish('incident.updated', {
      id: 'i',
      key: 'k',
      status: 'open',
      threat: 'prompt_injection',
      severity: 'high',
      actor: {},
      firstSeen: 0,
      lastSeen: 0,
      alertCount: 1,
      alertIds: [],
      fpProbability: 0,
      summary: '',
      summarySource: 'template',
      playbook: [],
    });
    assert.deepEqual(bus.depth(), { 'event.ingested': 2, 'incident.updated': 1 });
  });

  it('a throwing or rejecting handler is logged and does not stop other handlers or later messages', async () => {
    const logger = new MemoryLogger();
    const bus = new InProcessBus(logger);
    const good: string[] = [];
    bus.subscribe('event.ingested', (e) => {
      if (e.id === '1') throw new Error('sync boom');
    });
    bus.subscribe('event.ingested', async (e) => {
      await Promise.resolve();
      if (e.id === '2') throw new Error('async boom');
    });
    bus.subscribe('event.ingested', (e) => {
      good.push(e.id);
    });
    for (const id of ['1', '2', '3']) bus.publish('event.ingested', event(id));
    await bus.drain();
    assert.deepEqual(good, ['1', '2', '3']);
    const errors = logger.records.filter((r) => r.level === 'error').map((r) => r.fields.error);
    assert.deepEqual(errors, ['sync boom', 'async boom']);
    assert.equal(bus.stats().handlerErrors, 2);
  });

  it('unsubscribe stops delivery; drain resolves at once when idle', async () => {
    const bus = new InProcessBus(new MemoryLogger());
    const seen: string[] = [];
    const off = bus.subscribe('event.ingested', (e) => {
      seen.push(e.id);
    });
    bus.publish('event.ingested', event('1'));
    await bus.drain();
    off();
    bus.publish('event.ingested', event('2'));
    await bus.drain();
    await bus.drain();
    assert.deepEqual(seen, ['1']);
  });

  it('rejects wrong payload types at compile time', () => {
    const bus = new InProcessBus(new MemoryLogger());
    // @ts-expect-error an Alert is not a SecurityEvent
    bus.publish('event.ingested', { id: 'a', threat: 'prompt_injection' });
    // @ts-expect-error unknown topic
    bus.subscribe('no.such.topic', () => undefined);
    bus.subscribe('alert.raised', (a) => {
      // @ts-expect-error alerts have no `text`
      void a.text;
    });
    assert.ok(true);
  });
});
