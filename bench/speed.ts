/** Engine speed and memory: latency per message size, throughput on one core, RSS, worst-case rules. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../daemon/src/engine/rules/catalog';
import { runRule } from '../daemon/src/engine/rules/rule';
import { normalize } from '../daemon/src/engine/normalize';
import { DAEMON_V8_FLAGS } from '../daemon/src/util/v8-flags';
import { fmt, percentile, printTable } from './table';
import { adversarialInputs, messagesOfSize } from './inputs';

/**
 * The engine as it ships: the bundle `npm run bench` has just built (dist/index.js, what the
 * package's main entry, the daemon and the language server run), not the sources through tsx,
 * whose transform (closure names kept at run time, among others) costs it 10–20 % more CPU.
 * The per-rule worst-case table below still runs rules from source: it compares rules with each other.
 */
const DIST_INDEX = join(__dirname, '..', 'dist', 'index.js');
function shippedEngine(): typeof import('../daemon/src/index') {
  if (!existsSync(DIST_INDEX)) throw new Error(`${DIST_INDEX} is missing: run npm run build first (npm run bench does)`);
  // A path known only at run time (the bundle beside this checkout), hence require and not import.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(DIST_INDEX) as typeof import('../daemon/src/index');
}

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

export function runSpeedBench(): void {
  const { scanMessage } = shippedEngine();
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
    rows.push([label, samples.length, fmt(percentile(samples, 50)), fmt(percentile(samples, 99)), fmt(samples[samples.length - 1]), fmt(bytes / 1e6 / (total / 1e3), 1)]);
  }
  printTable('scanMessage latency and throughput (one core)', ['size', 'messages', 'p50 ms', 'p99 ms', 'max ms', 'MB/s'], rows);

  // RSS of a fresh process that loaded the engine and scanned once (no benchmark data in it).
  const probe = `const b=process.memoryUsage().rss;const m=require(${JSON.stringify(DIST_INDEX)});m.scanMessage('Ignore previous instructions '.repeat(40));global.gc&&global.gc();const u=process.memoryUsage();console.log(JSON.stringify({base:b,rss:u.rss,heap:u.heapUsed}))`;
  const mem = JSON.parse(execFileSync(process.execPath, ['--expose-gc', ...DAEMON_V8_FLAGS, '-e', probe], { encoding: 'utf8' })) as { base: number; rss: number; heap: number };
  printTable('Memory (fresh process, engine loaded from dist/)', ['node baseline RSS MB', 'RSS with engine MB', 'engine share MB', 'heap used MB'], [
    [fmt(mem.base / 2 ** 20, 1), fmt(mem.rss / 2 ** 20, 1), fmt((mem.rss - mem.base) / 2 ** 20, 1), fmt(mem.heap / 2 ** 20, 1)],
  ]);

  // Worst case: every rule on every view of every adversarial 100 KB input.
  const worst = new Map<string, { ms: number; input: string }>();
  const scanRows: (string | number)[][] = [];
  for (const [name, text] of adversarialInputs(100 * 1024)) {
    const t0 = process.hrtime.bigint();
    const { views } = normalize(text);
    const normMs = Number(process.hrtime.bigint() - t0) / 1e6;
    for (const rule of ALL_RULES) {
      // Best of three: backtracking blow-ups repeat on every run, one-off regex compilation does not.
      let ms = Infinity;
      for (let run = 0; run < 3; run++) {
        let t = 0;
        for (const view of views) {
          const s = process.hrtime.bigint();
          runRule(rule, view, {});
          t += Number(process.hrtime.bigint() - s) / 1e6;
        }
        ms = Math.min(ms, t);
      }
      const prev = worst.get(rule.id);
      if (!prev || ms > prev.ms) worst.set(rule.id, { ms, input: name });
    }
    const s = process.hrtime.bigint();
    scanMessage(text);
    scanRows.push([name, fmt(normMs, 2), fmt(Number(process.hrtime.bigint() - s) / 1e6, 2)]);
  }
  printTable('Adversarial 100 KB inputs: whole scan', ['input', 'normalize ms', 'scanMessage ms'], scanRows);
  const slowest = [...worst.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 10);
  printTable('Slowest rules on adversarial 100 KB inputs, best of 3 runs (target: every rule < 10 ms)', ['rule', 'worst ms', 'on input'], slowest.map(([id, w]) => [id, fmt(w.ms, 2), w.input]));
  const over = [...worst.values()].filter((w) => w.ms > 10).length;
  console.log(`\nrules over 10 ms: ${over} of ${ALL_RULES.length}`);
}

if (require.main === module) runSpeedBench();
