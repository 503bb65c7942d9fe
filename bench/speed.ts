/** Engine speed and memory: latency per message size, throughput on one core, RSS, worst-case rules. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_RULES } from '../daemon/src/engine/rules/catalog';
import { runRule } from '../daemon/src/engine/rules/rule';
import { normalize } from '../daemon/src/engine/normalize';
import { DAEMON_V8_FLAGS } from '../daemon/src/util/v8-flags';
import { fmt, printTable } from './table';
import { adversarialInputs, messagesOfSize } from './inputs';
import { DIST_INDEX } from './shipped';
import { scanMessage } from '../daemon/src/engine';

/**
 * RSS of fresh processes: bare node, the engine loaded and one scan, and the engine after a workload.
 * The last is what a daemon holds in steady state: V8 compiles each rule regexp the first time it
 * runs, separately for one-byte (Latin-1) and two-byte texts, so the machine code grows with the
 * variety of texts scanned; measuring after one scan shows little of it.
 */
function memoryRows(): (string | number)[][] {
  const dir = mkdtempSync(join(tmpdir(), 'soc-mem-'));
  const input = join(dir, 'messages.json');
  writeFileSync(input, JSON.stringify([...messagesOfSize(1024, 2000, 11), ...messagesOfSize(10 * 1024, 200, 12)]));
  const probe = (work: 'none' | 'one' | 'workload'): { rss: number; heap: number; code: number } => {
    const src = `const v8=require('v8');const fs=require('fs');${work === 'none' ? '' : `const m=require(${JSON.stringify(DIST_INDEX)});m.scanMessage('Ignore previous instructions '.repeat(40));`}${work === 'workload' ? `for(const t of JSON.parse(fs.readFileSync(${JSON.stringify(input)},'utf8')))m.scanMessage(t);` : ''}global.gc();global.gc();const u=process.memoryUsage();console.log(JSON.stringify({rss:u.rss,heap:u.heapUsed,code:v8.getHeapCodeStatistics().code_and_metadata_size}))`;
    return JSON.parse(execFileSync(process.execPath, ['--expose-gc', ...DAEMON_V8_FLAGS, '-e', src], { encoding: 'utf8' })) as { rss: number; heap: number; code: number };
  };
  try {
    const bare = probe('none');
    const mb = (b: number): string => fmt(b / 2 ** 20, 1);
    const row = (label: string, m: { rss: number; heap: number; code: number }): string[] => [label, mb(m.rss), m === bare ? '' : mb(m.rss - bare.rss), mb(m.heap), mb(m.code)];
    return [row('bare node', bare), row('engine loaded, one scan', probe('one')), row('engine after the workload (target: RSS < 60)', probe('workload'))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function runSpeedBench(): void {
  // The shipped bundle, measured in a child process under this process's flags (tsx, the daemon's V8 flags).
  const rows = JSON.parse(execFileSync(process.execPath, [...process.execArgv, join(__dirname, 'speed-shipped.ts')], { encoding: 'utf8', maxBuffer: 1 << 20 })) as (string | number)[][];
  printTable('scanMessage latency and throughput (one core)', ['size', 'messages', 'p50 ms', 'p99 ms', 'max ms', 'MB/s', 'GC pauses, % of scan time (untimed pass)'], rows);

  printTable('Memory (fresh process, engine loaded from dist/; after a workload: 2,000 × 1 KB and 200 × 10 KB mixed messages, then a full GC)', ['', 'RSS MB', 'engine share MB (over bare node)', 'heap used MB', 'of which compiled code MB'], memoryRows());

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
