/**
 * Training of the softmax classifier: seeded-shuffle SGD with AdaGrad step sizes and L2 on the
 * weights each example touches. Pure and deterministic: the same examples, options and seed give
 * bit-identical weights. Used by scripts/train.ts and the tests; not used at scan time.
 */
import { seededRandom } from '../../util/seeded-random';
import { distinctSorted, Featurizer, type FeatureConfig } from './features';

export interface TrainExample {
  /** The folded view text, as the engine gives it to classify(). */
  text: string;
  /** Index into the class list. */
  cls: number;
  /** Sample weight (class balancing). */
  weight: number;
}

export interface TrainOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  classes: number;
  features: FeatureConfig;
}

/** L2-normalized sparse feature vectors, one row per example (CSR). */
export interface SparseRows {
  rowPtr: Int32Array;
  idx: Int32Array;
  val: Float32Array;
}

export interface TrainedWeights {
  /** [bucket][class], length buckets * classes. */
  weights: Float64Array;
  bias: Float64Array;
}

export function vectorize(texts: readonly string[], cfg: FeatureConfig): SparseRows {
  const f = new Featurizer(cfg);
  const rowPtr = new Int32Array(texts.length + 1);
  const idx: number[] = [];
  const val: number[] = [];
  texts.forEach((text, r) => {
    // Binary features, L2-normalized, exactly as the classifier scores them.
    // extract() may replace `ids` with a larger buffer: read it only after the call.
    const m = f.extract(text);
    const row = distinctSorted(f.ids, m);
    const v = row.length > 0 ? 1 / Math.sqrt(row.length) : 0;
    for (const j of row) {
      idx.push(j);
      val.push(v);
    }
    rowPtr[r + 1] = idx.length;
  });
  return { rowPtr, idx: Int32Array.from(idx), val: Float32Array.from(val) };
}

/** Softmax probabilities of row r into `out`. */
export function predictRow(rows: SparseRows, r: number, m: TrainedWeights, out: Float64Array): void {
  const k = m.bias.length;
  for (let c = 0; c < k; c++) out[c] = m.bias[c];
  for (let p = rows.rowPtr[r]; p < rows.rowPtr[r + 1]; p++) {
    const base = rows.idx[p] * k;
    const v = rows.val[p];
    for (let c = 0; c < k; c++) out[c] += v * m.weights[base + c];
  }
  softmaxInPlace(out);
}

function softmaxInPlace(z: Float64Array): void {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let s = 0;
  for (let c = 0; c < z.length; c++) s += z[c] = Math.exp(z[c] - max);
  for (let c = 0; c < z.length; c++) z[c] /= s;
}

export function trainSoftmax(rows: SparseRows, labels: readonly number[], sampleWeights: readonly number[], opts: TrainOptions): TrainedWeights {
  const k = opts.classes;
  const n = labels.length;
  const model: TrainedWeights = { weights: new Float64Array(opts.features.buckets * k), bias: new Float64Array(k) };
  const gw = new Float64Array(model.weights.length);
  const gb = new Float64Array(k);
  const p = new Float64Array(k);
  const rand = seededRandom(opts.seed);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const lr = opts.learningRate;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (const r of order) {
      predictRow(rows, r, model, p);
      const sw = sampleWeights[r];
      for (let c = 0; c < k; c++) p[c] = (p[c] - (c === labels[r] ? 1 : 0)) * sw;
      for (let c = 0; c < k; c++) {
        gb[c] += p[c] * p[c];
        model.bias[c] -= (lr * p[c]) / (Math.sqrt(gb[c]) + 1e-8);
      }
      for (let q = rows.rowPtr[r]; q < rows.rowPtr[r + 1]; q++) {
        const base = rows.idx[q] * k;
        const v = rows.val[q];
        for (let c = 0; c < k; c++) {
          const at = base + c;
          const g = p[c] * v + opts.l2 * model.weights[at];
          gw[at] += g * g;
          model.weights[at] -= (lr * g) / (Math.sqrt(gw[at]) + 1e-8);
        }
      }
    }
  }
  return model;
}
