/**
 * `npx tsx scripts/corpus-cv.ts [--folds 0,1,…] [--models DIR] [--keep DIR]`: the whole engine
 * (rules + a model that never saw the fold) on a K-fold cross-validation of the corpus's TRAIN split.
 * The held-out split measures the shipped model once; this measures the engine on four times as many
 * texts the model did not learn, and, unlike the held-out split, its misses and false positives may
 * be read (they are training rows): the rules are improved from them, never from the held-out split.
 *
 * Each fold trains a model on the train split minus the fold plus the written data (as `npm run train`
 * does), then scans the fold in a child process (the engine loads its model once). About a minute per
 * fold. `--keep DIR` keeps the models there, and `--models DIR` reuses them: after a rule change only
 * the scans run (seconds). Prints recall and FPRs overall and per corpus file; with `--verdicts FILE`
 * also writes every fold row's verdict (JSONL: id, label, category, flagged, rules, text) for reading.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { printTable } from '../bench/table';
import { scanMessage } from '../daemon/src/engine';
import { MODEL_DIR_ENV, MODEL_FILE } from '../daemon/src/engine/model/weights-loader';
import { writtenTrainingData } from './data';
import { corpusHash, defaultCorpusDir, DEFAULT_SPLIT_SEED, loadCorpus, splitCorpus, type CorpusRow } from './lib/corpus';
import { DEFAULT_TRAIN_CONFIG, trainModel } from './train';

const K = 5;
/** Fold of a train row: a hash of its id, so a row stays in its fold whatever else changes. */
const foldOf = (r: CorpusRow): number => createHash('sha1').update(`corpus-cv:${r.id}`).digest()[0] % K;

interface Verdict {
  id: string;
  label: string;
  category: string;
  flagged: boolean;
  rules: string[];
  text: string;
}

function trainRows(): CorpusRow[] {
  return splitCorpus(loadCorpus(defaultCorpusDir()), DEFAULT_SPLIT_SEED).train;
}

/** Child mode: scan fold `k` with the model in SOC_MODEL_DIR; one JSON verdict per line on stdout. */
function scanFold(k: number): void {
  for (const r of trainRows().filter((x) => foldOf(x) === k)) {
    const v = scanMessage(r.text);
    const rules = [...new Set(v.findings.map((f) => f.ruleId))];
    process.stdout.write(`${JSON.stringify({ id: r.id, label: r.label, category: r.category, flagged: v.flagged, rules, text: r.text } satisfies Verdict)}\n`);
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Counts {
  attacks: number;
  caught: number;
  benign: number;
  benignFlagged: number;
  hard: number;
  hardFlagged: number;
}

function count(c: Counts, v: Verdict): void {
  if (v.label === 'attack') {
    c.attacks++;
    if (v.flagged) c.caught++;
  } else if (v.category === 'benign_hard') {
    c.hard++;
    if (v.flagged) c.hardFlagged++;
  } else {
    c.benign++;
    if (v.flagged) c.benignFlagged++;
  }
}

const zero = (): Counts => ({ attacks: 0, caught: 0, benign: 0, benignFlagged: 0, hard: 0, hardFlagged: 0 });
const rate = (n: number, of: number): string => (of === 0 ? '—' : `${n}/${of} (${((100 * n) / of).toFixed(1)} %)`);

function main(): void {
  const folds = (arg('folds') ?? [...Array(K).keys()].join(',')).split(',').map(Number);
  const reuse = arg('models');
  const keep = arg('keep');
  const modelRoot = reuse ?? keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'soc-corpus-cv-'));
  const dir = defaultCorpusDir();
  const { train, holdout } = splitCorpus(loadCorpus(dir), DEFAULT_SPLIT_SEED);
  const { everyday, technical, written } = writtenTrainingData();
  const verdicts: Verdict[] = [];
  try {
    for (const k of folds) {
      const modelDir = path.join(modelRoot, `fold${k}`);
      if (!reuse) {
        fs.mkdirSync(modelDir, { recursive: true });
        const rows = [...train.filter((r) => foldOf(r) !== k), ...everyday, ...technical, ...written];
        const model = trainModel(rows, { ...DEFAULT_TRAIN_CONFIG, folds: 0 }, { corpusHash: corpusHash(dir), holdoutRows: holdout.length });
        fs.writeFileSync(path.join(modelDir, MODEL_FILE), model.file);
      }
      const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--scan-fold', String(k)], { env: { ...process.env, [MODEL_DIR_ENV]: modelDir }, encoding: 'utf8', maxBuffer: 1 << 28 });
      if (r.status !== 0) throw new Error(`fold ${k}: ${r.stderr}`);
      for (const line of r.stdout.split('\n')) if (line) verdicts.push(JSON.parse(line) as Verdict);
      console.error(`fold ${k}: ${verdicts.length} rows scanned so far`);
    }
  } finally {
    if (!reuse && !keep) fs.rmSync(modelRoot, { recursive: true, force: true });
  }
  const out = arg('verdicts');
  if (out) fs.writeFileSync(out, verdicts.map((v) => JSON.stringify(v)).join('\n') + '\n');
  const all = zero();
  const byFile = new Map<string, Counts>();
  for (const v of verdicts) {
    count(all, v);
    const file = v.id.split(':')[0];
    let c = byFile.get(file);
    if (!c) byFile.set(file, (c = zero()));
    count(c, v);
  }
  const row = (name: string, c: Counts): string[] => [name, rate(c.caught, c.attacks), rate(c.benignFlagged, c.benign), rate(c.hardFlagged, c.hard)];
  printTable(`Cross-validation of the train split (folds ${folds.join(', ')} of ${K}; each scanned by a model trained without it)`, ['corpus file', 'attacks caught', 'benign flagged', 'benign_hard flagged'], [
    ...[...byFile.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([f, c]) => row(f, c)),
    row('all', all),
  ]);
}

if (require.main === module) {
  const i = process.argv.indexOf('--scan-fold');
  if (i >= 0) scanFold(Number(process.argv[i + 1]));
  else main();
}
