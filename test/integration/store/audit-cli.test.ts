import { strict as assert } from 'node:assert';
import { Readable } from 'node:stream';
import { runAudit } from '../../../daemon/src/cli/audit';
import { openStore } from '../../../daemon/src/store';
import { rawConnection, tempRoot } from './helpers';

async function audit(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string }> {
  let out = '';
  const saved = process.env.SOC_AGENTS_DATA_DIR;
  if (env.SOC_AGENTS_DATA_DIR !== undefined) process.env.SOC_AGENTS_DATA_DIR = env.SOC_AGENTS_DATA_DIR;
  try {
    const code = await runAudit(args, { stdin: Readable.from([]), write: (s) => (out += s) });
    return { code, out };
  } finally {
    if (saved === undefined) delete process.env.SOC_AGENTS_DATA_DIR;
    else process.env.SOC_AGENTS_DATA_DIR = saved;
  }
}

describe('soc-agents audit', () => {
  let t: ReturnType<typeof tempRoot>;
  let dbPath: string;
  beforeEach(async () => {
    t = tempRoot();
    const store = await openStore(t.dataDir);
    await store.appendAudit({ ts: Date.UTC(2026, 0, 1), actor: 'remediator', action: 'block_ip', target: '203.0.113.9', reason: 'data exfiltration', details: {} });
    await store.appendAudit({ ts: Date.UTC(2026, 0, 2), actor: 'admin:ana', action: 'lift', target: '203.0.113.9', reason: 'false positive\nconfirmed by phone', details: {} });
    await store.appendAudit({ ts: Date.UTC(2026, 0, 3), actor: 'remediator', action: 'rate_limit', target: 's-1', reason: 'prompt injection', details: {} });
    dbPath = store.dbPath;
    await store.close();
  });
  afterEach(() => t.cleanup());

  it('verify: exit 0 and the count when intact', async () => {
    const { code, out } = await audit(['verify', '--data-dir', t.dataDir]);
    assert.equal(code, 0);
    assert.match(out, /audit chain intact: 3 record\(s\) verified/);
  });

  it('verify: exit 1 naming the first broken record after tampering; --json carries the same', async () => {
    const db = rawConnection(dbPath);
    db.exec("DROP TRIGGER audit_no_update; UPDATE audit SET target = '198.51.100.1' WHERE seq = 2");
    db.close();
    const text = await audit(['verify', '--data-dir', t.dataDir]);
    assert.equal(text.code, 1);
    assert.match(text.out, /BROKEN at record 2: record 2 was modified/);
    const json = await audit(['verify', '--data-dir', t.dataDir, '--json']);
    assert.equal(json.code, 1);
    assert.deepEqual({ ...JSON.parse(json.out), db: undefined }, { ok: false, checked: 1, brokenAt: 2, reason: 'record 2 was modified (its content does not match its hash)', db: undefined });
  });

  it('list: newest first as a table (one line per record), with --limit and --search; the env var picks the folder', async () => {
    const all = await audit(['list'], { SOC_AGENTS_DATA_DIR: t.dataDir });
    assert.equal(all.code, 0);
    const lines = all.out.trimEnd().split('\n');
    assert.match(lines[0], /^SEQ\s+TIME\s+ACTOR\s+ACTION\s+TARGET\s+REASON$/);
    assert.deepEqual(lines.slice(1).map((l) => l.split(/\s+/)[0]), ['3', '2', '1']);
    assert.match(lines[2], /false positive confirmed by phone$/);
    const some = await audit(['list', '--data-dir', t.dataDir, '--search', '203.0.113.9', '--limit', '1', '--json']);
    assert.deepEqual((JSON.parse(some.out) as { seq: number }[]).map((r) => r.seq), [2]);
  });

  it('usage mistakes and a missing database are explained', async () => {
    await assert.rejects(audit(['frobnicate']), /expected "verify" or "list"/);
    await assert.rejects(audit(['list', '--data-dir', t.dataDir, '--limit', '0']), /--limit must be a positive integer/);
    await assert.rejects(audit(['verify', '--data-dir', t.root]), /there is no SOC database at/);
  });
});
