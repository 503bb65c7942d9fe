/**
 * The fingerprint of everything the Analyst's false-positive model is trained from, apart from the
 * corpus: the engine's sources (its rules decide which rows raise alerts), the classifier weights,
 * the alert and feature code, the policy. scripts/train-fp.ts records it in fp-model.json and a unit
 * test compares it with the checkout, so a rule change cannot land with a model trained on the old
 * rules (retraining takes seconds: `npx tsx scripts/train-fp.ts`).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Paths relative to the repository root; folders are read recursively. */
export const FP_MODEL_INPUTS = [
  'daemon/src/engine',
  'daemon/models/classifier.bin',
  'daemon/src/agents/fp',
  'daemon/src/agents/builder/alert-factory.ts',
  'daemon/src/enforce/policy.ts',
  'scripts/train-fp.ts',
] as const;

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

function filesUnder(root: string, rel: string): string[] {
  const abs = path.join(root, rel);
  if (!fs.statSync(abs).isDirectory()) return [rel];
  return fs
    .readdirSync(abs)
    .sort()
    .flatMap((name) => filesUnder(root, path.posix.join(rel, name)));
}

/** SHA-256 (hex, 16 digits) over the inputs' paths and contents; text files with LF line ends whatever the checkout did. */
export function engineFingerprint(root = REPO_ROOT): string {
  const h = createHash('sha256');
  for (const rel of FP_MODEL_INPUTS.flatMap((p) => filesUnder(root, p)).sort()) {
    const bytes = fs.readFileSync(path.join(root, rel));
    h.update(`${rel}\u0000`);
    h.update(rel.endsWith('.ts') ? bytes.toString('utf8').replace(/\r\n/g, '\n') : bytes);
    h.update('\u0000');
  }
  return h.digest('hex').slice(0, 16);
}
