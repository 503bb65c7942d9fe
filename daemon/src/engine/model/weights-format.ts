/**
 * The committed weights file: `SOCM`, a little-endian u32 header length, a JSON header, zero
 * padding to 4 bytes, then int16 weights laid out [bucket][class] (one bucket's class weights
 * are adjacent, so scoring a feature touches one cache line). Each class has its own scale.
 */
import type { FeatureConfig } from './features';
import type { ClassName } from './types';

/** v2: binary features over configurable char n-gram orders (v1 was sublinear tf over orders 2..5). */
export const MODEL_FORMAT = 'soc-linear-v2';
const MAGIC = 'SOCM';

export interface ModelHeader {
  format: typeof MODEL_FORMAT;
  classes: ClassName[];
  features: FeatureConfig;
  /**
   * Texts longer than `maxSingle` are scored window by window and the most suspicious window
   * wins; at most `maxScored` characters of windows are scored per message.
   */
  longText: { maxSingle: number; window: number; stride: number; maxScored: number };
  /** Dequantization: weight = int16 * scales[class]. */
  scales: number[];
  bias: number[];
  training: {
    seed: number;
    splitSeed: number;
    corpusHash: string;
    trainRows: number;
    holdoutRows: number;
    epochs: number;
    learningRate: number;
    l2: number;
    /** Models averaged (seeds seed … seed + ensemble − 1); absent in files written before averaging. */
    ensemble?: number;
  };
  /** P(attack) thresholds chosen out-of-fold on the training split (see scripts/train.ts). */
  thresholds: { recommended: number; note: string };
}

export interface DecodedModel {
  header: ModelHeader;
  /** Quantized weights, length buckets * classes. */
  weights: Int16Array;
}

/** Quantizes float weights per class to int16 and packs them with the header. Deterministic bytes. */
export function encodeModel(header: Omit<ModelHeader, 'scales'>, weights: Float32Array | Float64Array): Buffer {
  const k = header.classes.length;
  const scales: number[] = [];
  for (let c = 0; c < k; c++) {
    let max = 0;
    for (let i = c; i < weights.length; i += k) max = Math.max(max, Math.abs(weights[i]));
    scales.push(max > 0 ? Math.fround(max / 32767) : 1);
  }
  const full: ModelHeader = { ...header, scales };
  const json = Buffer.from(JSON.stringify(full), 'utf8');
  const headLen = 8 + json.length;
  const pad = (4 - (headLen % 4)) % 4;
  const out = Buffer.alloc(headLen + pad + weights.length * 2);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  let off = headLen + pad;
  for (let i = 0; i < weights.length; i++, off += 2) {
    const q = Math.round(weights[i] / scales[i % k]);
    out.writeInt16LE(Math.max(-32767, Math.min(32767, q)), off);
  }
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

export function decodeModel(buf: Buffer): DecodedModel {
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a SOC model file (bad magic)');
  const jsonLen = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + jsonLen)) as ModelHeader;
  if (header.format !== MODEL_FORMAT) throw new Error(`unsupported model format ${String(header.format)}`);
  const headLen = 8 + jsonLen;
  const start = headLen + ((4 - (headLen % 4)) % 4);
  const n = header.features.buckets * header.classes.length;
  if (buf.length !== start + n * 2) throw new Error(`model file is ${buf.length} bytes, expected ${start + n * 2}`);
  let weights: Int16Array;
  if (LITTLE_ENDIAN) {
    // One copy into an aligned buffer instead of 400k readInt16LE calls (~10 ms at startup).
    const bytes = new Uint8Array(n * 2);
    bytes.set(buf.subarray(start, start + n * 2));
    weights = new Int16Array(bytes.buffer);
  } else {
    weights = new Int16Array(n);
    for (let i = 0, off = start; i < n; i++, off += 2) weights[i] = buf.readInt16LE(off);
  }
  return { header, weights };
}
