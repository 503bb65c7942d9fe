import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { LogTailer } from '../../../daemon/src/ingest/log-tailer';
import { logEventId } from '../../../daemon/src/ingest/log-event';
import { openStore } from '../../../daemon/src/store';
import { MemoryLogger } from '../../../daemon/src/util/logger';
import { Collector, lines, tempDir } from './tail-helpers';

interface ChildMsg {
  ack?: string;
  offset?: number;
  id?: string;
  stalled?: number;
  started?: boolean;
}

const CHILD = path.join(__dirname, 'fixtures', 'tail-child.ts');

/** Starts the child tailer; `until(pred)` resolves on the next message matching pred. */
function startChild(args: string[]): { proc: ChildProcess; acks: ChildMsg[]; until: (pred: (m: ChildMsg) => boolean) => Promise<void> } {
  const proc = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acks: ChildMsg[] = [];
  let waiters: { pred: (m: ChildMsg) => boolean; resolve: () => void; reject: (e: Error) => void }[] = [];
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  proc.once('exit', (code, signal) => {
    for (const w of waiters) w.reject(new Error(`child exited (${code ?? signal}): ${stderr}`));
    waiters = [];
  });
  readline.createInterface({ input: proc.stdout }).on('line', (l) => {
    const m = JSON.parse(l) as ChildMsg;
    if (m.ack !== undefined) acks.push(m);
    waiters = waiters.filter((w) => (w.pred(m) ? (w.resolve(), false) : true));
  });
  const until = (pred: (m: ChildMsg) => boolean): Promise<void> => new Promise((resolve, reject) => waiters.push({ pred, resolve, reject }));
  return { proc, acks, until };
}

function kill9(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });
}

describe('LogTailer restart after kill -9 (child process, real SQLite store)', function () {
  this.timeout(15_000);
  let dir: string;
  let file: string;
  let glob: string;

  beforeEach(() => {
    dir = tempDir('soc-tail-kill-');
    fs.mkdirSync(path.join(dir, 'logs'));
    file = path.join(dir, 'logs', 'agent.log');
    glob = `${dir.replace(/\\/g, '/')}/logs/*.log`;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Line index of each line start offset in `content`. */
  function indexByOffset(content: string): Map<number, number> {
    const map = new Map<number, number>();
    let off = 0;
    content.split('\n').slice(0, -1).forEach((l, i) => {
      map.set(off, i);
      off += Buffer.byteLength(l) + 1;
    });
    map.set(off, content.split('\n').length - 1);
    return map;
  }

  async function resume(): Promise<{ c: Collector; savedOffset: number }> {
    const store = await openStore(path.join(dir, 'data'));
    const savedOffset = (await store.getLogOffset(file))?.offset ?? 0;
    const c = new Collector();
    const t = new LogTailer({ store, logger: new MemoryLogger() }, c.sink, { scanPaths: [glob], watch: false });
    try {
      await t.pollNow();
    } finally {
      await t.stop();
      await store.close();
    }
    return { c, savedOffset };
  }

  it('resumes at the last saved offset: lines delivered but not yet saved come again, with the same ids; none is skipped', async () => {
    const before = lines('line', 0, 100);
    fs.writeFileSync(file, before);
    const child = startChild([path.join(dir, 'data'), glob, '256', '60']);
    await child.until((m) => m.stalled !== undefined);
    await kill9(child.proc);
    fs.appendFileSync(file, lines('line', 100, 120)); // written while the daemon was down

    const { c, savedOffset } = await resume();
    const idx = indexByOffset(before);
    const k = idx.get(savedOffset);
    assert.ok(k !== undefined, `saved offset ${savedOffset} is a line boundary`);
    assert.ok(k > 0 && k < 60, `progress was saved in chunks before the stall (resumed at line ${k})`);
    const expected = lines('line', k, 120).trim().split('\n');
    assert.deepEqual(c.texts, expected, 'continues exactly after the saved offset, nothing skipped, nothing doubled');
    // At-least-once: lines the child handed over after its last save are delivered again, same ids.
    const redelivered = child.acks.filter((a) => (a.offset ?? 0) >= savedOffset);
    assert.equal(redelivered.length, 59 - k);
    for (const a of redelivered) assert.ok(c.lines.some((l) => logEventId(l) === a.id && l.text === a.ack));
    assert.ok(child.acks.every((a) => (a.offset ?? 0) < savedOffset || redelivered.includes(a)));
  });

  it('killed while tailing a growing file: the restart covers every line, repeating only unsaved ones', async () => {
    fs.writeFileSync(file, '');
    const child = startChild([path.join(dir, 'data'), glob, '512']);
    await child.until((m) => m.started === true);
    // Keep writing while the child tails; kill it once it has acknowledged 150 lines.
    let written = 0;
    while (child.acks.length < 150) {
      const acked = child.until((m) => m.ack !== undefined);
      fs.appendFileSync(file, lines('w', written, written + 10));
      written += 10;
      await acked;
    }
    await kill9(child.proc);
    fs.appendFileSync(file, lines('w', written, written + 10));
    written += 10;

    const { c, savedOffset } = await resume();
    const all = lines('w', 0, written).trim().split('\n');
    const acked = child.acks.map((a) => a.ack);
    assert.deepEqual(acked, all.slice(0, acked.length), 'the child delivered in order');
    const first = all.indexOf(c.texts[0]);
    assert.ok(first <= acked.length, `no gap: resumed at line ${first}, child had acknowledged ${acked.length}`);
    assert.deepEqual(c.texts, all.slice(first), 'everything after the resume point, once, in order');
    assert.equal(c.lines[0].offset, savedOffset, 'resumed exactly at the saved offset');
    assert.ok(first > 0, 'the child saved progress before it was killed');
  });
});
