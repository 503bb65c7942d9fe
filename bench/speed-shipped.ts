/**
 * Child process of bench/speed.ts: latency and throughput of the engine as it ships (dist/index.js,
 * what the package's main entry, the daemon and the language server run), not the sources through
 * tsx, whose transform (closure names kept at run time, among others) costs it 10–20 % more CPU.
 * Its own process, so the parent's later sections do not carry a second engine's compiled
 * regexps in their heap. Prints the table rows as JSON.
 */
import { existsSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { fmt, percentile } from './table';
import { messagesOfSize } from './inputs';
import { DIST_INDEX } from './shipped';

type Scan = (text: string) => unknown;

function timeScan(scanMessage: Scan, texts: readonly string[], rounds: number): number[] {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      scanMessage(t);
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  return samples.sort((a, b) => a - b);
}

/**
 * Share of scan time spent in GC pauses, from a second, untimed pass that yields to the event loop
 * every 50 scans so the GC entries reach their observer (the timed pass stays one synchronous loop,
 * comparable with earlier sessions). Per-scan data that outlives its scan shows here first: session 7
 * found 6 % at 1 KB, with 4 ms scavenges in the p99, from caches kept in a module-level WeakMap.
 */
async function gcShare(scanMessage: Scan, texts: readonly string[]): Promise<number> {
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  gc.observe({ entryTypes: ['gc'] });
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i++) {
    scanMessage(texts[i]);
    if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
  }
  await new Promise((resolve) => setImmediate(resolve));
  const total = performance.now() - t0;
  gc.disconnect();
  return (100 * gcMs) / total;
}

async function latencyRows(): Promise<(string | number)[][]> {
  if (!existsSync(DIST_INDEX)) throw new Error(`${DIST_INDEX} is missing: run npm run build first (npm run bench does)`);
  // A path known only at run time (the bundle beside this checkout), hence require and not import.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { scanMessage } = require(DIST_INDEX) as typeof import('../daemon/src/index');
  // Warm up the model and JIT so the table shows steady state.
  for (const t of messagesOfSize(1024, 200)) scanMessage(t);
  const sizes: [string, number, number, number][] = [
    ['100 B', 100, 2000, 3],
    ['1 KB', 1024, 1000, 3],
    ['10 KB', 10 * 1024, 200, 3],
    ['100 KB', 100 * 1024, 30, 3],
  ];
  const rows: (string | number)[][] = [];
  for (const [label, size, count, rounds] of sizes) {
    const texts = messagesOfSize(size, count);
    const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) * rounds;
    const samples = timeScan(scanMessage, texts, rounds);
    const total = samples.reduce((s, x) => s + x, 0);
    const gcPct = await gcShare(scanMessage, texts);
    rows.push([label, samples.length, fmt(percentile(samples, 50)), fmt(percentile(samples, 99)), fmt(samples[samples.length - 1]), fmt(bytes / 1e6 / (total / 1e3), 1), fmt(gcPct, 1)]);
  }
  return rows;
}

if (require.main === module) {
  latencyRows().then(
    (rows) => process.stdout.write(JSON.stringify(rows)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
