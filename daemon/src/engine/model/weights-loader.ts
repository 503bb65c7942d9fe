/**
 * Finds and loads the committed weights once, synchronously, on first use.
 * From source the file is daemon/models/; in the bundle (dist/*.js) the build copies it to dist/models/.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LinearClassifier } from './classifier';
import { decodeModel } from './weights-format';

export const MODEL_FILE = 'classifier.bin';
/** Overrides the model folder (tests, alternative models). */
export const MODEL_DIR_ENV = 'SOC_MODEL_DIR';

/** Candidate folders in the order they are tried. */
export function modelDirCandidates(): string[] {
  const dirs: string[] = [];
  const env = process.env[MODEL_DIR_ENV];
  if (env) dirs.push(env);
  // __dirname is undefined in an ES module bundle; then only the env var and cwd-based paths apply.
  if (typeof __dirname === 'string') {
    dirs.push(path.join(__dirname, 'models')); // dist/index.js → dist/models
    dirs.push(path.resolve(__dirname, '..', '..', '..', 'models')); // daemon/src/engine/model → daemon/models
    dirs.push(path.resolve(__dirname, '..', 'models')); // dist/<sub>/x.js → dist/models
  }
  dirs.push(path.resolve('dist', 'models'), path.resolve('daemon', 'models'));
  return dirs;
}

export function loadClassifierFrom(file: string): LinearClassifier {
  const { header, weights } = decodeModel(fs.readFileSync(file));
  return new LinearClassifier(header, weights);
}

let cached: LinearClassifier | undefined;

/** The committed classifier, loaded on first call. */
export function getClassifier(): LinearClassifier {
  if (cached) return cached;
  const tried = modelDirCandidates().map((d) => path.join(d, MODEL_FILE));
  const file = tried.find((f) => fs.existsSync(f));
  if (!file) throw new Error(`model weights ${MODEL_FILE} not found; tried:\n  ${tried.join('\n  ')}\n(run \`npm run train\` or set ${MODEL_DIR_ENV})`);
  cached = loadClassifierFrom(file);
  return cached;
}
