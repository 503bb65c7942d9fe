/**
 * Trains the Analyst's false-positive model: a logistic regression over the features of every
 * alert the engine raises on the corpus TRAIN split (label 1 = the row is benign, i.e. a false
 * positive), measured on the holdout split, written to daemon/models/fp-model.json.
 * Alerts are taken in strict mode (more look-alike benign rows) and the bias is then corrected to
 * default mode's false-positive rate, so the model only suppresses on its own when it is sure;
 * feedback, history and source move the score further at run time (fp-model.ts).
 * Rerun after the engine changes: `npx tsx scripts/train-fp.ts` (about 5 s); a unit test fails until you do
 * (the file records the fingerprint of the engine it was trained from, scripts/lib/engine-fingerprint.ts).
 *
 *   npx tsx scripts/train-fp.ts [--seed N] [--corpus DIR] [--out FILE] [--epochs N] [--train-mode strict|default] [--pos-weight W]
 *
 * Deterministic: the same corpus, engine and seed give the same file (no timestamps in it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { alertFromVerdict } from '../daemon/src/agents/builder/alert-factory';
import { FP_FEATURE_NAMES, fpFeatures } from '../daemon/src/agents/fp/features';
import type { FpModelFile } from '../daemon/src/agents/fp/fp-model';
import { auc, logit, predict, trainLogistic, type LogisticModel, type LogisticOptions } from '../daemon/src/agents/fp/logistic';
import { defaultPolicy } from '../daemon/src/enforce/policy';
import { scanMessage } from '../daemon/src/engine';
import type { SecurityEvent } from '../daemon/src/protocol/domain';
import type { SecurityMode } from '../daemon/src/engine/types';
import { corpusHash, defaultCorpusDir, loadCorpus, splitCorpus, type CorpusRow } from './lib/corpus';
import { engineFingerprint } from './lib/engine-fingerprint';

interface Example {
  row: CorpusRow;
  x: number[];
  /** 1 = benign row flagged by the engine (a false positive). */
  y: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The alert the Builder would raise for this row, as features; undefined when the engine lets it pass. */
function exampleOf(row: CorpusRow, mode: SecurityMode): Example | undefined {
  const event: SecurityEvent = { id: row.id, ts: 0, kind: 'chat', actor: {}, text: row.text, channel: 'corpus', source: 'user' };
  const verdict = scanMessage(row.text, { source: 'user', mode });
  if (!verdict.flagged || verdict.category === 'benign') return undefined;
  return { row, x: fpFeatures(alertFromVerdict(event, verdict, row.id)), y: row.label === 'benign' ? 1 : 0 };
}

function examplesOf(rows: readonly CorpusRow[], mode: SecurityMode): Example[] {
  const out: Example[] = [];
  for (const r of rows) {
    const e = exampleOf(r, mode);
    if (e) out.push(e);
  }
  return out;
}

/** What suppressing above `threshold` would do on a split: false positives removed vs attacks lost. */
function atThreshold(model: LogisticModel, ex: readonly Example[], threshold: number): Record<string, number> {
  let fpSuppressed = 0;
  let hardSuppressed = 0;
  let attacksSuppressed = 0;
  for (const e of ex) {
    if (predict(model, e.x) <= threshold) continue;
    if (e.y === 1) fpSuppressed++;
    if (e.row.category === 'benign_hard') hardSuppressed++;
    if (e.y === 0) attacksSuppressed++;
  }
  return { threshold, falsePositivesSuppressed: fpSuppressed, benignHardSuppressed: hardSuppressed, attacksWronglySuppressed: attacksSuppressed };
}

function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}

function main(): void {
  const seed = Number(arg('seed') ?? 1);
  const corpusDir = arg('corpus') ?? defaultCorpusDir();
  const out = arg('out') ?? path.resolve(__dirname, '..', 'daemon', 'models', 'fp-model.json');
  const rows = loadCorpus(corpusDir);
  const { train, holdout } = splitCorpus(rows);

  const t0 = Date.now();
  // The engine's own classifier was trained on this split and flags few of its benign rows; strict
  // mode's lower thresholds surface the look-alike benign texts that become false positives on new data.
  const trainMode = (arg('train-mode') ?? 'strict') as SecurityMode;
  const trainEx = examplesOf(train, trainMode);
  const holdEx = examplesOf(holdout, 'default');
  const positives = trainEx.filter((e) => e.y === 1).length;
  const negatives = trainEx.length - positives;
  if (positives === 0 || negatives === 0) throw new Error(`train split has ${positives} false positives and ${negatives} true detections: nothing to learn`);

  // No class re-weighting: the probabilities stay calibrated, so the policy's thresholds mean what
  // they say (re-weighting bought a few more suppressed false positives for many more lost attacks).
  const opts: LogisticOptions = {
    seed,
    epochs: Number(arg('epochs') ?? 150),
    learningRate: 0.05,
    l2: 1e-4,
    positiveWeight: Number(arg('pos-weight') ?? 1),
  };
  const model = trainLogistic(
    trainEx.map((e) => e.x),
    trainEx.map((e) => e.y),
    opts,
  );
  // Prior correction: strict mode over-samples false positives relative to what the daemon sees in
  // default mode, so the bias moves by the difference in log-odds of the FP rate between the two
  // modes on the TRAIN split. Without it the model suppressed more real attacks than false positives.
  const defaultEx = trainMode === 'default' ? trainEx : examplesOf(train, 'default');
  const rate = (ex: readonly Example[]): number => (ex.filter((e) => e.y === 1).length + 0.5) / (ex.length + 1);
  const biasShift = trainMode === 'default' ? 0 : logit(rate(defaultEx)) - logit(rate(trainEx));
  model.bias = Math.round((model.bias + biasShift) * 1e6) / 1e6;
  const suppressAt = defaultPolicy().fpSuppressAbove;
  const holdScores = holdEx.map((e) => predict(model, e.x));
  const metrics = {
    holdout: {
      flagged: holdEx.length,
      falsePositives: holdEx.filter((e) => e.y === 1).length,
      benignHardFlagged: holdEx.filter((e) => e.row.category === 'benign_hard').length,
      auc: round(auc(holdScores, holdEx.map((e) => e.y))),
      atLowerThreshold: atThreshold(model, holdEx, 0.5),
      atSuppressThreshold: atThreshold(model, holdEx, suppressAt),
    },
    train: {
      flagged: trainEx.length,
      falsePositives: positives,
      auc: round(auc(trainEx.map((e) => predict(model, e.x)), trainEx.map((e) => e.y))),
    },
  };
  const file: FpModelFile = {
    format: 'soc-fp-logistic',
    version: 1,
    features: [...FP_FEATURE_NAMES],
    weights: model.weights,
    bias: model.bias,
    seed,
    training: { corpusHash: corpusHash(corpusDir), engine: engineFingerprint(), split: 'train', mode: trainMode, rows: train.length, holdoutRows: holdout.length, ...opts, positiveWeight: round(opts.positiveWeight), biasShift: round(biasShift) },
    metrics,
  };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`fp model: ${trainEx.length} train alerts (${positives} false positives), ${holdEx.length} holdout alerts, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(JSON.stringify(metrics, null, 2));
  console.log(`written: ${path.relative(process.cwd(), out)}`);
}

main();
