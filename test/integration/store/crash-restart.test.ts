import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../../daemon/src/store';
import { MemoryLogger } from '../../../daemon/src/util/logger';
import { killHard, spawnTs, tempRoot } from './helpers';

const writer = join(__dirname, 'fixtures', 'crash-writer.ts');

describe('SqliteStore: kill -9 of the owning process', function () {
  this.timeout(20_000);
  let t: ReturnType<typeof tempRoot>;
  beforeEach(() => (t = tempRoot()));
  afterEach(() => t.cleanup());

  for (const [sync, where] of [['full', 'inline'], ['normal', 'inline'], ['normal', 'thread']] as const) {
    it(`keeps every durable write that resolved before the kill, and re-opens despite the stale lock (synchronous=${sync}, store ${where === 'thread' ? 'in its own thread' : 'on the event loop'})`, async () => {
      const { child } = await spawnTs(writer, [t.dataDir, sync, where]);
      await killHard(child);
      assert.equal(child.signalCode, 'SIGKILL');
      assert.ok(existsSync(join(t.dataDir, 'soc.db.lock')), 'the killed process left its lock behind');

      const logger = new MemoryLogger();
      const store = await openStore(t.dataDir, { logger });
      try {
        assert.ok(logger.records.some((r) => /did not close/.test(r.msg)), 'the recovery is logged');
        const live = await store.listEnforcement(2_000);
        assert.deepEqual(
          live.map((e) => [e.kind, e.target, e.expiresAt]),
          [
            ['rate_limit', 's-9', 121_000],
            ['block_ip', '203.0.113.9', 3_601_000],
          ],
        );
        assert.deepEqual(live[0].limit, { requests: 5, windowSec: 120 });
        const audit = await store.listAudit();
        assert.deepEqual(audit.map((r) => [r.action, r.target]), [['block_ip', '203.0.113.9']]);
        assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 1 });
        assert.deepEqual(await store.getLogOffset('/var/log/agent.jsonl'), { path: '/var/log/agent.jsonl', fileId: '2049:1234', offset: 4096 });
        assert.equal(await store.claimExecution('inc-9|block_ip|203.0.113.9', 2_000), false, 'the claim survived');
        assert.equal(await store.countEvents(), 1, 'the event buffered before a durable write survived with it');
      } finally {
        await store.close();
      }
    });
  }

  it('refuses to open a database another live process has open, naming the process', async () => {
    const { child } = await spawnTs(writer, [t.dataDir, 'hold']);
    try {
      await assert.rejects(openStore(t.dataDir), new RegExp(`in use by another process \\(pid ${child.pid}\\)`));
    } finally {
      await killHard(child);
    }
    const store = await openStore(t.dataDir);
    await store.close();
  });
});
