import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseFpModel } from '../../../daemon/src/agents/fp/fp-model';
import { engineFingerprint, FP_MODEL_INPUTS, REPO_ROOT } from '../../../scripts/lib/engine-fingerprint';

describe('the committed false-positive model', () => {
  it('was trained from the engine in this checkout (else: npx tsx scripts/train-fp.ts)', () => {
    const model = parseFpModel(fs.readFileSync(path.join(REPO_ROOT, 'daemon', 'models', 'fp-model.json'), 'utf8'));
    assert.equal(model.training?.engine, engineFingerprint(), 'the rules or the classifier changed since fp-model.json was trained: run `npx tsx scripts/train-fp.ts` and commit the result');
  });

  it('the fingerprint changes with a rule file and ignores CRLF checkouts', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'soc-fingerprint-'));
    try {
      for (const rel of FP_MODEL_INPUTS) fs.cpSync(path.join(REPO_ROOT, rel), path.join(root, rel), { recursive: true });
      const before = engineFingerprint(root);
      assert.equal(before, engineFingerprint(), 'a copy of the inputs has the same fingerprint');
      const rule = path.join(root, 'daemon', 'src', 'engine', 'rules', 'prompt-injection-task.ts');
      const text = fs.readFileSync(rule, 'utf8');
      fs.writeFileSync(rule, text.replace(/\n/g, '\r\n'));
      assert.equal(engineFingerprint(root), before);
      fs.writeFileSync(rule, text.replace("'compose'", "'compose', 'sing'"));
      assert.notEqual(engineFingerprint(root), before);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
