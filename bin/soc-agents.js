#!/usr/bin/env -S node --no-regexp-tier-up --heap-growing-percent=300
'use strict';
// Thin launcher: the CLI is bundled to dist/ by `npm run build` (run automatically by `npm install`).
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('soc-agents: dist/cli.js is missing; run `npm run build` in ' + path.join(__dirname, '..') + '\n');
  process.exit(1);
}
require(cli).runCli();
