import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ENVIRONMENTS, isEnvironment, resolvePreset } from '../../../daemon/src/ingest/presets';
import { compileScanPaths, discoverFiles } from '../../../daemon/src/ingest/scan-paths';

describe('environment presets', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soc-preset-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function touch(rel: string): string {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, '');
    return p;
  }

  it('selects the rule packs of each environment', () => {
    const packs = Object.fromEntries(ENVIRONMENTS.map((e) => [e, resolvePreset(e, { baseDir: dir }).rulePacks]));
    assert.deepEqual(packs, { development: [], production: [], medical: ['hipaa'], financial: ['pci', 'sox'] });
    assert.deepEqual(resolvePreset('medical', { baseDir: dir }).policy.rulePacks, ['hipaa']);
    assert.ok(isEnvironment('financial') && !isEnvironment('staging'));
  });

  it('tightens the policy where regulated data is handled', () => {
    const dev = resolvePreset('development', { baseDir: dir }).policy;
    const med = resolvePreset('medical', { baseDir: dir, mode: 'strict' }).policy;
    const fin = resolvePreset('financial', { baseDir: dir }).policy;
    assert.equal(dev.threats.privacy_violation.severity, 'high');
    assert.equal(med.threats.privacy_violation.severity, 'critical');
    assert.equal(med.mode, 'strict');
    assert.equal(med.actions.suspend_user, 'approval');
    assert.equal(dev.actions.suspend_user, 'auto');
    assert.ok(fin.threats.data_exfiltration.actions.includes('notify_compliance'));
    assert.equal(resolvePreset('production', { baseDir: dir }).policy.actions.suspend_user, 'approval');
  });

  it('gives absolute scan globs: workspace ones under baseDir, production ones in the system log folder', () => {
    const dev = resolvePreset('development', { baseDir: dir, extraPaths: ['custom/*.txt', '/srv/agent/out.log'] });
    assert.ok(dev.scanPaths.every((p) => path.isAbsolute(p) || /^[A-Za-z]:\//.test(p)), dev.scanPaths.join());
    assert.ok(dev.scanPaths.includes(`${dir.replace(/\\/g, '/')}/logs/**/*.jsonl`));
    assert.ok(dev.scanPaths.some((p) => p.endsWith('/custom/*.txt')));
    assert.ok(dev.scanPaths.includes('/srv/agent/out.log'));
    const prod = resolvePreset('production', { baseDir: dir });
    if (process.platform !== 'win32') assert.ok(prod.scanPaths.some((p) => p.startsWith('/var/log/ai-agents/')));
  });

  it("finds a workspace's agent logs and leaves dependencies alone", async () => {
    const want = [touch('logs/app.jsonl'), touch('logs/2026/01/run.log'), touch('services/bot/agent-trace.log')];
    touch('node_modules/pkg/agent.log');
    touch('logs/notes.txt');
    touch('src/main.ts');
    const preset = resolvePreset('development', { baseDir: dir });
    const found = await discoverFiles(compileScanPaths(preset.scanPaths), { ignore: preset.ignore });
    assert.deepEqual(found, want.sort());
  });

  it('handles a base folder whose name contains glob characters', async () => {
    const base = path.join(dir, 'proj (v2) [x]');
    fs.mkdirSync(path.join(base, 'logs'), { recursive: true });
    fs.writeFileSync(path.join(base, 'logs', 'a.log'), '');
    const preset = resolvePreset('development', { baseDir: base });
    assert.deepEqual(await discoverFiles(compileScanPaths(preset.scanPaths), { ignore: preset.ignore }), [path.join(base, 'logs', 'a.log')]);
  });

  it('groups globs by their literal folder and survives folders that do not exist', async () => {
    const roots = compileScanPaths(['/nope/a/**/*.log', '/nope/a/*.jsonl', '/nope/b/x.log']);
    assert.deepEqual(roots.map((r) => [r.dir, r.patterns]), [
      [path.resolve('/nope/a'), ['**/*.log', '*.jsonl']],
      [path.resolve('/nope/b'), ['x.log']],
    ]);
    assert.deepEqual(await discoverFiles(roots), []);
  });
});
