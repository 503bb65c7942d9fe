import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/**
 * Runs every `*.test.js` bundled beside the caller inside the VS Code extension host. Test files
 * use mocha's globals, installed with `pre-require` before each file is required (no loader tricks).
 */
export function runMochaIn(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 120_000, reporter: 'spec' });
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) {
    const full = join(dir, file);
    mocha.suite.emit('pre-require', globalThis, full, mocha);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(full);
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension test(s) failed`)) : resolve()));
  });
}
