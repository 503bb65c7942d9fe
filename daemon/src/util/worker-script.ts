import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread's bundle beside this bundle: scripts/build.mjs writes every worker entry next to
 * cli.js and index.js (dist/). Null when running from sources, where no such file is there.
 */
export function bundledWorker(file: string): string | null {
  const script = join(__dirname, file);
  return existsSync(script) ? script : null;
}

/**
 * Starts a worker from a bundled `.js`, or from a TypeScript entry (tests, benchmarks under tsx)
 * through tsx's require hook, which a worker does not inherit from its parent.
 */
export function startWorker(script: string, options: WorkerOptions = {}): Worker {
  if (!script.endsWith('.ts')) return new Worker(script, options);
  const tsx = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(script)});`, { ...options, eval: true });
}
