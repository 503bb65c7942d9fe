import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dbPathIn, openStore } from '../../../daemon/src/store';
import { MemoryLogger } from '../../../daemon/src/util/logger';
import { event, tempRoot } from './helpers';

/** The error a user sees: a StoreError naming the file, no WebAssembly frames in the message. */
function clearError(pattern: RegExp, path: string) {
  return (e: Error): boolean => {
    assert.equal(e.name, 'StoreError');
    assert.match(e.message, pattern);
    assert.ok(e.message.includes(path), `names ${path}: ${e.message}`);
    assert.doesNotMatch(e.message, /wasm|RuntimeError|\n\s+at /);
    return true;
  };
}

describe('SqliteStore: errors are clear and never crash', () => {
  let t: ReturnType<typeof tempRoot>;
  beforeEach(() => {
    t = tempRoot();
    mkdirSync(t.dataDir);
  });
  afterEach(() => t.cleanup());

  it('a file that is not a database is refused with its path, and can be opened after it is moved aside', async () => {
    writeFileSync(dbPathIn(t.dataDir), 'this is not sqlite '.repeat(300));
    await assert.rejects(openStore(t.dataDir), clearError(/cannot open .*not a database.*move it aside/, dbPathIn(t.dataDir)));
    // The failed open released everything it took.
    writeFileSync(dbPathIn(t.dataDir), '');
    const store = await openStore(t.dataDir);
    await store.close();
  });

  it('a damaged database (valid header, garbage pages) is refused with its path', async () => {
    const store = await openStore(t.dataDir);
    for (let i = 0; i < 50; i++) await store.insertEvent(event(i));
    await store.close();
    const bytes = Buffer.alloc(8192, 0xab);
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(dbPathIn(t.dataDir), 'r+');
    writeSync(fd, bytes, 0, bytes.length, 100); // keep the 100-byte header, wreck the schema page
    closeSync(fd);
    await assert.rejects(openStore(t.dataDir), clearError(/cannot open|malformed/, dbPathIn(t.dataDir)));
  });

  it('a folder where the database file should be is refused with its path', async () => {
    mkdirSync(dbPathIn(t.dataDir));
    await assert.rejects(openStore(t.dataDir), clearError(/not a file/, dbPathIn(t.dataDir)));
  });

  it('mustExist does not create a database', async () => {
    await assert.rejects(openStore(t.dataDir, { mustExist: true }), clearError(/there is no SOC database/, dbPathIn(t.dataDir)));
  });

  it('the same folder cannot be opened twice in one process', async () => {
    const store = await openStore(t.dataDir);
    await assert.rejects(openStore(t.dataDir), clearError(/already open in this process/, dbPathIn(t.dataDir)));
    await store.close();
  });

  it('a pid file naming a live process with another start time (a reused pid) does not block opening', async () => {
    // process.ppid is alive; '1' is not its start time, so the owner that wrote this file is gone.
    writeFileSync(`${dbPathIn(t.dataDir)}.pid`, `${process.ppid} 1\n`);
    const logger = new MemoryLogger();
    const store = await openStore(t.dataDir, { logger });
    assert.ok(logger.records.some((r) => /did not close/.test(r.msg)));
    await store.close();
    if (process.platform === 'linux') {
      const start = readFileSync(`/proc/${process.ppid}/stat`, 'utf8').split(') ')[1].split(' ')[19];
      writeFileSync(`${dbPathIn(t.dataDir)}.pid`, `${process.ppid} ${start}\n`);
      await assert.rejects(openStore(t.dataDir), clearError(new RegExp(`in use by another process \\(pid ${process.ppid}\\)`), dbPathIn(t.dataDir)));
    }
  });

  it('close() is idempotent and later calls reject with a clear error', async () => {
    const store = await openStore(t.dataDir);
    await store.insertEvent(event(1));
    await Promise.all([store.close(), store.close()]);
    await store.close();
    await assert.rejects(store.countEvents(), clearError(/countEvents after close/, dbPathIn(t.dataDir)));
    await assert.rejects(store.insertEvent(event(2)), /after close/);
    const again = await openStore(t.dataDir);
    assert.equal(await again.countEvents(), 1, 'close wrote the buffered event');
    await again.close();
  });
});
