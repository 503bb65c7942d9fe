/**
 * A small logistic regression: seeded mini-batch-free SGD with L2, deterministic for a given seed.
 * Used by scripts/train-fp.ts; the scorer only needs `sigmoid` and the weights.
 */

import { seededRandom } from '../../util/seeded-random';

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function logit(p: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
}

export interface LogisticOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weight of positive examples relative to negatives (class imbalance). */
  positiveWeight: number;
}

export interface LogisticModel {
  weights: number[];
  bias: number;
}

export function predict(m: LogisticModel, x: readonly number[]): number {
  let z = m.bias;
  for (let j = 0; j < m.weights.length; j++) z += m.weights[j] * (x[j] ?? 0);
  return sigmoid(z);
}

export function trainLogistic(xs: readonly (readonly number[])[], ys: readonly number[], opts: LogisticOptions): LogisticModel {
  const d = xs[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const rand = seededRandom(opts.seed);
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    // Fisher-Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = opts.learningRate / (1 + epoch * 0.05);
    for (const i of order) {
      const x = xs[i];
      const y = ys[i];
      const p = predict({ weights: w, bias: b }, x);
      const g = (p - y) * (y === 1 ? opts.positiveWeight : 1);
      for (let j = 0; j < d; j++) w[j] -= lr * (g * x[j] + opts.l2 * w[j]);
      b -= lr * g;
    }
  }
  return { weights: w.map((v) => Math.round(v * 1e6) / 1e6), bias: Math.round(b * 1e6) / 1e6 };
}

/** Area under the ROC curve (probability a random positive scores above a random negative; ties count half). */
export function auc(scores: readonly number[], labels: readonly number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSumPos = 0;
  let nPos = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[idx[k]] === 1) {
        rankSumPos += avgRank;
        nPos++;
      }
    }
    i = j + 1;
  }
  const nNeg = labels.length - nPos;
  if (nPos === 0 || nNeg === 0) return NaN;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}
