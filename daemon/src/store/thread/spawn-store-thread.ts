import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { bundledWorker, startWorker } from '../../util/worker-script';
import type { ThreadData } from './messages';

/**
 * Starts the store thread. From the bundle (dist/) it is `store-thread.js` beside the bundle
 * (scripts/build.mjs builds it); from source (tests, benchmarks under tsx) the TypeScript entry.
 */
export function spawnStoreThread(data: ThreadData): Worker {
  if (!__filename.endsWith('.ts')) {
    const bundled = bundledWorker('store-thread.js');
    if (bundled === null) throw new Error(`the store thread's bundle is missing: ${join(__dirname, 'store-thread.js')} (run npm run build)`);
    return startWorker(bundled, { workerData: data });
  }
  return startWorker(join(__dirname, 'store-thread-main.ts'), { workerData: data });
}
