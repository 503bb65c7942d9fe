import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The tree-sitter runtime and the grammars the scanner loads (from `@vscode/tree-sitter-wasm`). */
export const TREE_SITTER_WASM_FILES = [
  'tree-sitter.wasm',
  'tree-sitter-typescript.wasm',
  'tree-sitter-tsx.wasm',
  'tree-sitter-javascript.wasm',
  'tree-sitter-python.wasm',
] as const;

/** Folder name beside an esbuild bundle (`dist/tree-sitter/`) that scripts/build.mjs copies the files into. */
export const BUNDLED_WASM_DIR = 'tree-sitter';

function packageWasmDir(): string | undefined {
  try {
    return join(dirname(require.resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm');
  } catch {
    return undefined; // bundled and installed without node_modules
  }
}

/**
 * Where the .wasm files are: `SOC_TREE_SITTER_DIR`, beside the bundle (dist/tree-sitter), or
 * the npm package when running from source. Throws with the places it looked.
 */
export function resolveWasmDir(): string {
  const candidates = [
    process.env.SOC_TREE_SITTER_DIR,
    join(__dirname, BUNDLED_WASM_DIR),
    join(__dirname, '..', BUNDLED_WASM_DIR),
    packageWasmDir(),
    join(__dirname, '..', '..', '..', '..', 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm'),
  ].filter((d): d is string => typeof d === 'string' && d.length > 0);
  const found = candidates.find((d) => existsSync(join(d, 'tree-sitter.wasm')));
  if (!found) throw new Error(`tree-sitter .wasm files not found (looked in: ${candidates.join(', ')})`);
  return found;
}
