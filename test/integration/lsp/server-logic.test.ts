import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from '../../../daemon/src/protocol/lsp';
import { RuleDocs } from '../../../daemon/src/lsp/rule-docs';
import { SocLanguageServer } from '../../../daemon/src/lsp/server';
import { pathToUri } from '../../../daemon/src/lsp/uri';
import { MemoryLogger } from '../../../daemon/src/util/logger';
import { EventLog } from './lsp-client';
import { StubScanner } from './stub-scanner';

interface Published {
  uri: string;
  diagnostics: Diagnostic[];
  version?: number;
}

/** The server's logic in process, with a stub scanner and a map of open documents. */
function rig(opts: { settings?: () => unknown; root?: string; debounceMs?: number; now?: () => number } = {}) {
  const docs = new Map<string, TextDocument>();
  const published = new EventLog<Published>();
  const scanner = new StubScanner();
  const server = new SocLanguageServer({
    scanner,
    documents: { get: (uri) => docs.get(uri), all: () => [...docs.values()] },
    publishDiagnostics: (uri, diagnostics, version) => published.push({ uri, diagnostics, ...(version !== undefined ? { version } : {}) }),
    fetchSettings: () => Promise.resolve(opts.settings?.() ?? {}),
    logger: new MemoryLogger(),
    ruleDocs: new RuleDocs(),
    debounceMs: opts.debounceMs ?? 50,
    ...(opts.now ? { now: opts.now } : {}),
  });
  const root = opts.root;
  server.initialize({
    processId: null,
    rootUri: root ? pathToUri(root) : null,
    workspaceFolders: root ? [{ uri: pathToUri(root), name: 'ws' }] : null,
    capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true } } },
  });
  const open = (uri: string, text: string): TextDocument => {
    const doc = TextDocument.create(uri, 'plaintext', 1, text);
    docs.set(uri, doc);
    server.didOpen(doc);
    server.didChangeContent(doc);
    return doc;
  };
  const type = (doc: TextDocument, text: string): void => {
    TextDocument.update(doc, [{ text }], doc.version + 1);
    server.didChangeContent(doc);
  };
  return { server, scanner, docs, published, open, type };
}

describe('language server logic (stub scanner)', () => {
  it('scans on open at once, then once per typing pause, and publishes the last version only', async () => {
    const r = rig();
    const doc = r.open('file:///w/a.prompt', 'hello INJECT');
    const first = await r.published.next((p) => p.version === 1, 'open diagnostics');
    assert.equal(first.diagnostics.length, 1);
    assert.equal(r.scanner.scans, 1);
    for (let i = 0; i < 5; i++) r.type(doc, `hello INJECT ${'x'.repeat(i)} INJECT`);
    const last = await r.published.next((p) => p.version === 6, 'diagnostics after typing');
    assert.equal(last.diagnostics.length, 2);
    assert.equal(r.scanner.scans, 2, 'five quick edits are one scan');
    assert.ok(!r.published.seen.some((p) => p.version !== undefined && p.version > 1 && p.version < 6), 'no intermediate version published');
  });

  it('scans the first edit after a quiet spell at once, and debounces the burst that follows', async () => {
    let clock = 0;
    // A debounce no test could wait out: only the leading edge can publish version 2.
    const r = rig({ debounceMs: 60_000, now: () => clock });
    const doc = r.open('file:///w/lead.prompt', 'hello');
    await r.published.next((p) => p.version === 1, 'open diagnostics');
    clock += 61_000;
    r.type(doc, 'hello INJECT');
    const second = await r.published.next((p) => p.version === 2, 'the first edit after a pause');
    assert.equal(second.diagnostics.length, 1);
    r.type(doc, 'hello INJECT INJECT');
    for (let i = 0; i < 5; i++) await new Promise((res) => setImmediate(res));
    assert.equal(r.scanner.scans, 2, 'an edit right after a scan waits for the pause');
    await r.server.shutdown();
  });

  it('scans a large file in budgeted slices, publishing each, until it is complete', async () => {
    const r = rig();
    r.scanner.slicesLeft = 3;
    const doc = r.open('file:///w/big.prompt', 'INJECT one INJECT two INJECT three');
    const done = await r.published.next((p) => p.version === 1 && p.diagnostics.length === 3, 'complete diagnostics');
    const slices = r.published.seen.filter((p) => p.uri === doc.uri && p.version === 1);
    assert.equal(slices.length, 4, 'three partial publishes, then the complete one');
    assert.equal(slices[0].diagnostics.length, 1, 'the first slice is published at once');
    assert.equal(done.diagnostics.length, 3);
    // A short first slice (diagnostics at once), longer ones after it.
    const [firstBudget, ...rest] = r.scanner.budgets;
    assert.ok(firstBudget !== undefined && firstBudget <= 50, `first slice budget ${firstBudget}`);
    assert.ok(rest.length === 3 && rest.every((b) => b !== undefined && b > firstBudget && b <= 250), `later slices: ${rest.join(', ')}`);
  });

  it('drops a scan whose document changed while it ran', async () => {
    const r = rig();
    let release!: () => void;
    r.scanner.gate = new Promise((res) => (release = res));
    const doc = r.open('file:///w/b.prompt', 'INJECT');
    await new Promise((res) => setImmediate(res));
    while (r.scanner.scans === 0) await new Promise((res) => setTimeout(res, 5));
    r.type(doc, 'clean now');
    r.scanner.gate = undefined;
    release();
    const p = await r.published.next((x) => x.uri === doc.uri, 'diagnostics');
    assert.equal(p.version, 2, 'the stale version-1 result was never published');
    assert.deepEqual(p.diagnostics, []);
  });

  it('builds the diagnostic shape: code, docs link, source, exact range, related information, data', async () => {
    const r = rig();
    r.open('file:///w/c.prompt', 'line one\nsay INJECT\u200b now');
    const [inject, hidden] = (await r.published.next((p) => p.version === 1, 'diagnostics')).diagnostics;
    assert.equal(inject.code, 'pi-ignore-previous');
    assert.equal(inject.source, DIAGNOSTIC_SOURCE);
    assert.equal(inject.severity, DiagnosticSeverity.Error);
    assert.deepEqual(inject.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 10 } });
    assert.match(inject.codeDescription?.href ?? '', /^file:\/\/.*\/docs\/rules\/pi-ignore-previous\.md$/);
    assert.equal(inject.relatedInformation?.[0].location.range.start.line, 0);
    assert.equal(hidden.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(hidden.range, { start: { line: 1, character: 10 }, end: { line: 1, character: 11 } });
  });

  it('honours per-rule severity overrides and re-scans when the settings change', async () => {
    let overrides: Record<string, string> = { 'pi-ignore-previous': 'hint', 'uni-invisible-format': 'off' };
    const r = rig({ settings: () => ({ rules: { severityOverrides: overrides, docsBaseUrl: 'https://docs.example/rules/' } }) });
    const doc = r.open('file:///w/d.prompt', 'INJECT \u200b');
    const before = (await r.published.next((p) => p.version === 1, 'diagnostics')).diagnostics;
    assert.equal(before.length, 1, 'the rule switched off is not shown');
    assert.equal(before[0].severity, DiagnosticSeverity.Hint);
    assert.equal(before[0].codeDescription?.href, 'https://docs.example/rules/pi-ignore-previous.md');
    overrides = {};
    const count = r.published.seen.length;
    await r.server.didChangeConfiguration(null);
    const after = await r.published.next((p) => p.uri === doc.uri, 'diagnostics after the settings change', 5000, count);
    assert.equal(after.diagnostics.length, 2);
    assert.equal(after.diagnostics[0].severity, DiagnosticSeverity.Error);
  });

  it('offers each fix as a versioned edit, the ignore comment, and the documentation command', async () => {
    const r = rig();
    const doc = r.open('file:///w/e.prompt', 'a INJECT b');
    const diagnostics = (await r.published.next((p) => p.version === 1, 'diagnostics')).diagnostics;
    const actions = await r.server.codeActions({ textDocument: { uri: doc.uri }, range: diagnostics[0].range, context: { diagnostics } });
    assert.deepEqual(actions.map((a) => a.title), ['Delete INJECT', 'Ignore pi-ignore-previous', 'Show documentation for pi-ignore-previous']);
    assert.equal(actions[0].isPreferred, true);
    const change = actions[0].edit?.documentChanges?.[0];
    assert.ok(change && 'textDocument' in change);
    assert.equal(change.textDocument.version, 1);
    assert.equal(TextDocument.applyEdits(doc, change.edits), 'a  b');
    assert.equal(actions[2].command?.command, 'socAgents.showRuleDocs');
    r.type(doc, 'a INJECT b!');
    assert.deepEqual(await r.server.codeActions({ textDocument: { uri: doc.uri }, range: diagnostics[0].range, context: { diagnostics } }), [], 'no fix computed for older text');
  });

  it('ignores files that are not prompts or agent code', async () => {
    const r = rig();
    r.open('file:///w/readme.md', 'INJECT');
    r.open('file:///w/f.prompt', 'fine');
    await r.published.next((p) => p.uri === 'file:///w/f.prompt', 'the prompt file');
    assert.ok(!r.published.seen.some((p) => p.uri === 'file:///w/readme.md'));
  });

  describe('workspace scan', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'soc-lsp-ws-'));
      mkdirSync(join(root, 'prompts'));
      mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
      mkdirSync(join(root, 'skip'));
      for (let i = 0; i < 40; i++) writeFileSync(join(root, 'prompts', `p${i}.prompt`), i % 4 === 0 ? 'INJECT here' : 'clean');
      writeFileSync(join(root, 'node_modules', 'x', 'bad.prompt'), 'INJECT');
      writeFileSync(join(root, 'skip', 'bad.prompt'), 'INJECT');
      writeFileSync(join(root, 'notes.md'), 'INJECT');
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('respects include/exclude globs, publishes findings, reports progress and exports SARIF', async () => {
      const r = rig({ root, settings: () => ({ scan: { include: ['**/*.prompt', '**/*.md'], exclude: ['**/node_modules/**', 'skip/**'] } }) });
      const reports: [number, string][] = [];
      const result = await r.server.scanWorkspace({ report: (p, m) => reports.push([p, m]), cancelled: false });
      assert.equal(result.files, 40);
      assert.equal(result.skipped, 1, 'notes.md matched the globs but is not a prompt');
      assert.equal(result.filesWithFindings, 10);
      assert.equal(result.timedOut, false);
      const uris = new Set(r.published.seen.map((p) => p.uri));
      assert.equal(uris.size, 10, 'clean files publish nothing');
      assert.ok(![...uris].some((u) => u.includes('node_modules') || u.includes('/skip/')));
      assert.ok(reports.some(([, m]) => /^(prompts\/p\d+\.prompt|notes\.md)$/.test(m)), 'progress names the current file, relative to the folder');
      assert.deepEqual(reports.at(-1)?.[0], 100);
      const { sarif, results } = await r.server.exportSarif();
      assert.equal(results, 10);
      const log = JSON.parse(sarif);
      assert.equal(log.version, '2.1.0');
      const [run] = log.runs;
      assert.equal(run.tool.driver.rules[0].id, 'pi-ignore-previous');
      assert.match(run.tool.driver.rules[0].helpUri, /^file:\/\/.*\/docs\/rules\/pi-ignore-previous\.md$/);
      assert.match(run.results[0].locations[0].physicalLocation.artifactLocation.uri, /^prompts\/p\d+\.prompt$/);
      assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.deepEqual(run.results[0].locations[0].physicalLocation.region, { startLine: 1, startColumn: 1, endLine: 1, endColumn: 7, charOffset: 0, charLength: 6 });
      assert.ok(run.results[0].partialFingerprints['socAgentsFinding/v1']);
    });

    it('yields between files: an edit typed during the scan is diagnosed before the scan ends', async () => {
      const r = rig({ root, settings: () => ({ scan: { include: ['prompts/**'] } }) });
      r.scanner.busyMs = 15;
      let scanDone = false;
      const scan = r.server.scanWorkspace({ report: () => undefined, cancelled: false }).then((res) => ((scanDone = true), res));
      const doc = r.open('file:///w/typing.prompt', 'INJECT');
      const p = await r.published.next((x) => x.uri === doc.uri, 'diagnostics of the open file');
      assert.equal(scanDone, false, 'the open file was answered while the workspace scan still ran');
      assert.equal(p.diagnostics.length, 1);
      assert.equal((await scan).files, 40);
    });

    it('stops at the time budget and when cancelled', async () => {
      const r = rig({ root, settings: () => ({ scan: { include: ['prompts/**'], timeBudgetSeconds: 1 } }) });
      r.scanner.busyMs = 60;
      const timed = await r.server.scanWorkspace({ report: () => undefined, cancelled: false });
      assert.equal(timed.timedOut, true);
      assert.ok(timed.files > 5 && timed.files < 40, `scanned ${timed.files} files within the budget`);
      r.scanner.busyMs = 0;
      let n = 0;
      const cancelled = await r.server.scanWorkspace({
        report: () => undefined,
        get cancelled() {
          return ++n > 3;
        },
      });
      assert.equal(cancelled.cancelled, true);
      assert.ok(cancelled.files < 40);
    });
  });
});
