/**
 * `npx tsx scripts/battery-cv.ts`: does training on the helper batteries (scripts/data/helper-batteries.json)
 * help on batteries the model has not seen? The batteries are cut into groups of about ten;
 * for each group a model is trained on the usual rows plus the other groups, and the whole
 * engine (rules + that model) is run on the held-out group, next to a model trained on no battery.
 * Prints a table; takes ~7 minutes (ten trainings). The held-out corpus split is never read.
 *
 * The rules were written with these batteries at hand, so only the classifier's part of each
 * figure is a fair test; the difference between the two models is all the classifier's.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { printTable } from '../bench/table';
import { scanMessage } from '../daemon/src/engine';
import type { MessageSource } from '../daemon/src/engine/types';
import { MODEL_DIR_ENV, MODEL_FILE } from '../daemon/src/engine/model/weights-loader';
import { writtenTrainingData } from './data';
import { batteryRows } from './data/helper-written';
import { corpusHash, defaultCorpusDir, DEFAULT_SPLIT_SEED, loadCorpus, splitCorpus, type CorpusRow } from './lib/corpus';
import { countVerdict, emptyTally, type Tally } from './lib/probe';
import { DEFAULT_TRAIN_CONFIG, trainModel } from './train';

const GROUPS = [
  [12, 21],
  [22, 30],
  [31, 40],
  [41, 50],
  [51, 60],
  [61, 66],
  [67, 74],
  [75, 80],
  [81, 88],
] as const;

/** Battery number of a row (`battery:h42:attack:7` → 42). */
const batteryOf = (r: CorpusRow): number => Number(/^battery:h(\d+):/.exec(r.id)?.[1] ?? NaN);
const inGroup = (r: CorpusRow, [lo, hi]: readonly [number, number]): boolean => batteryOf(r) >= lo && batteryOf(r) <= hi;
/** The engine source the battery row was written for (the last part of its `source`). */
const sourceOf = (r: CorpusRow): MessageSource => r.source.split(':').pop() as MessageSource;

/** Child mode: the engine with the model in SOC_MODEL_DIR on one group; prints its counts as JSON. */
function evaluate(lo: number, hi: number): void {
  const c = emptyTally();
  for (const r of batteryRows().filter((row) => inGroup(row, [lo, hi]))) countVerdict(c, r.label, scanMessage(r.text, { source: sourceOf(r) }).flagged);
  process.stdout.write(JSON.stringify(c));
}

function evaluateWith(modelDir: string, group: readonly [number, number]): Tally {
  // A child process: the engine loads its model once per process.
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--eval', String(group[0]), String(group[1])], { env: { ...process.env, [MODEL_DIR_ENV]: modelDir }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`evaluation failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Tally;
}

function main(): void {
  const corpusDir = defaultCorpusDir();
  const { train, holdout } = splitCorpus(loadCorpus(corpusDir), DEFAULT_SPLIT_SEED);
  const { everyday, technical, written } = writtenTrainingData();
  const usual = [...train, ...everyday, ...technical, ...written.filter((r) => r.file !== 'helper-batteries')];
  const batteries = batteryRows();
  const provenance = { corpusHash: corpusHash(corpusDir), holdoutRows: holdout.length };
  const cfg = { ...DEFAULT_TRAIN_CONFIG, folds: 0 };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'soc-battery-cv-'));
  const trainInto = (name: string, rows: readonly CorpusRow[]): string => {
    const dir = path.join(tmp, name);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, MODEL_FILE), trainModel(rows, cfg, provenance).file);
    return dir;
  };
  try {
    const without = trainInto('none', usual);
    const rows: (string | number)[][] = [];
    const pct = (n: number, of: number): string => `${n}/${of} (${((100 * n) / of).toFixed(1)} %)`;
    for (const group of GROUPS) {
      const withOthers = trainInto(`h${group[0]}`, [...usual, ...batteries.filter((r) => !inGroup(r, group))]);
      const a = evaluateWith(without, group);
      const b = evaluateWith(withOthers, group);
      rows.push([`h${group[0]}–h${group[1]}`, pct(a.caught, a.attacks), pct(b.caught, b.attacks), pct(a.flagged, a.lookalikes), pct(b.flagged, b.lookalikes)]);
    }
    printTable('Batteries held out by group: the engine with a model trained on no battery, and on the other groups', ['held-out group', 'attacks caught: no battery', 'other groups', 'look-alikes flagged: no battery', 'other groups'], rows);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const i = process.argv.indexOf('--eval');
  if (i >= 0) evaluate(Number(process.argv[i + 1]), Number(process.argv[i + 2]));
  else main();
}
