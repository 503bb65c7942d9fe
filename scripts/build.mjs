// One build for every bundle: the public engine API, the CLI/daemon, the VS Code client and the webview.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// npm run bench: also the benches' own daemon processes, bundled like the daemon so they time what ships.
const bench = process.argv.includes('--bench');

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Native or optional modules never belong in the bundle; vscode is provided by the editor; tsx is
  // only resolved when running from sources (store/thread/spawn-store-thread.ts), never from dist/.
  external: ['vscode', 'tsx'],
  // ESM-only dependencies (fdir via tinyglobby) read import.meta.url; give them the bundle's own URL.
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl', PACKAGE_VERSION: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version) },
};

const builds = [
  { ...node, entryPoints: { index: join(root, 'daemon/src/index.ts') }, outdir: dist },
  { ...node, entryPoints: { cli: join(root, 'daemon/src/cli/main.ts') }, outdir: dist },
  // Worker threads of the file scanner (daemon/src/documents/text/chunk-pool.ts), found beside cli.js.
  { ...node, entryPoints: { 'chunk-worker': join(root, 'daemon/src/documents/text/chunk-worker.ts') }, outdir: dist },
  // The Builder's scan thread (scan-thread/scan-thread.ts looks for it beside the bundle).
  { ...node, entryPoints: { 'scan-thread': join(root, 'daemon/src/scan-thread/scan-thread-main.ts') }, outdir: dist },
  // The SOC store's worker thread (store/thread/spawn-store-thread.ts looks for it beside the bundle).
  { ...node, entryPoints: { 'store-thread': join(root, 'daemon/src/store/thread/store-thread-main.ts') }, outdir: dist },
  { ...node, entryPoints: { extension: join(root, 'client/src/extension.ts') }, outdir: dist },
  {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    entryPoints: { main: join(root, 'webview/src/main.ts') },
    outdir: join(dist, 'webview'),
  },
];
if (bench) {
  // Beside the daemon's bundles, where its threads, models and WASM are found; not in the .vsix (.vscodeignore allow-lists).
  builds.push({ ...node, entryPoints: { 'bench-pipeline': join(root, 'bench/pipeline.ts'), 'bench-proxy-server': join(root, 'bench/proxy-server.ts') }, outdir: dist });
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
if (existsSync(join(root, 'daemon/models'))) cpSync(join(root, 'daemon/models'), join(dist, 'models'), { recursive: true });
// Dashboard (webview owner): the codicon font and its stylesheet beside dist/webview/main.js, so both
// the VS Code webview (localResourceRoots = dist/webview) and the daemon's /webview/:file route serve them.
mkdirSync(join(dist, 'webview'), { recursive: true });
for (const f of ['codicon.css', 'codicon.ttf']) cpSync(join(root, 'node_modules/@vscode/codicons/dist', f), join(dist, 'webview', f));
// The bundled SQLite (WASM) looks for its .wasm beside the bundle.
cpSync(join(root, 'node_modules/node-sqlite3-wasm/dist/node-sqlite3-wasm.wasm'), join(dist, 'node-sqlite3-wasm.wasm'));
// Code parsers for agent-code scanning (WASM tree-sitter and its grammars), found beside the bundle at run time.
mkdirSync(join(dist, 'tree-sitter'), { recursive: true });
for (const f of ['tree-sitter.wasm', 'tree-sitter-typescript.wasm', 'tree-sitter-tsx.wasm', 'tree-sitter-javascript.wasm', 'tree-sitter-python.wasm']) {
  cpSync(join(root, 'node_modules/@vscode/tree-sitter-wasm/wasm', f), join(dist, 'tree-sitter', f));
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  // ESM entry: re-export the CommonJS bundle's names explicitly so `import { scanMessage }` works everywhere.
  const names = Object.keys(createRequire(import.meta.url)(join(dist, 'index.js'))).filter((n) => n !== 'default');
  writeFileSync(
    join(dist, 'index.mjs'),
    `import api from './index.js';\nexport const { ${names.join(', ')} } = api;\nexport default api;\n`,
  );
  // Trigger plans of every rule pattern, derived once here instead of at every start (regex-facts-cache.ts).
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/gen-regex-facts.ts'), join(dist, 'models', 'regex-facts.json')], { stdio: 'inherit' });
  // Type declarations for embedders.
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.types.json')], { stdio: 'inherit' });
  writeFileSync(join(dist, 'index.d.ts'), "export * from './types/index';\n");
}
