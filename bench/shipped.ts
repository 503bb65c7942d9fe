/**
 * Where the bundles that ship live, so the benches time what users run and not the sources
 * through tsx, whose transform (closure names kept at run time, its loader thread) costs the
 * daemon 10–20 % more CPU. `npm run bench` builds them first (scripts/build.mjs --bench), also
 * the benches' own daemon processes, bundled beside the daemon's threads, models and WASM.
 * No side effects: bench bundles include this file.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(__dirname, '..', 'dist');

/** The package's main entry (the engine). */
export const DIST_INDEX = join(DIST, 'index.js');
const SCAN_THREAD = join(DIST, 'scan-thread.js');
/** The bundled scan thread, as the daemon runs it; null before `npm run build`. */
export const DIST_SCAN_THREAD: string | null = existsSync(SCAN_THREAD) ? SCAN_THREAD : null;

/** A bench process bundled by `scripts/build.mjs --bench` (dist/bench-NAME.js). */
export function benchBundle(name: 'pipeline' | 'proxy-server'): string {
  const file = join(DIST, `bench-${name}.js`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run node scripts/build.mjs --bench first (npm run bench does)`);
  return file;
}
