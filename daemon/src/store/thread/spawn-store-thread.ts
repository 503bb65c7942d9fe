import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ThreadData } from './messages';

/**
 * Starts the store thread. From the bundle (dist/) it is `store-thread.js` beside the bundle
 * (scripts/build.mjs builds it); from source (tests, benchmarks under tsx) the TypeScript entry is
 * loaded through tsx's require hook, which a worker does not inherit from its parent.
 */
export function spawnStoreThread(data: ThreadData): Worker {
  if (!__filename.endsWith('.ts')) {
    const bundled = join(__dirname, 'store-thread.js');
    if (!existsSync(bundled)) throw new Error(`the store thread's bundle is missing: ${bundled} (run npm run build)`);
    return new Worker(bundled, { workerData: data });
  }
  const entry = join(__dirname, 'store-thread-main.ts');
  const tsx = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry)});`, { eval: true, workerData: data });
}
