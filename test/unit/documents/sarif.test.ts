import { strict as assert } from 'node:assert';
import { sarifReport } from '../../../daemon/src/documents';
import { sarifValidator } from './sarif-schema';
import { fixture, scan } from './scan-helpers';

interface Region {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  charOffset: number;
  charLength: number;
}
interface Location {
  physicalLocation: { artifactLocation: { uri: string }; region: Region };
}
interface SarifLog {
  version: string;
  runs: {
    columnKind: string;
    originalUriBaseIds: Record<string, { uri: string }>;
    tool: { driver: { rules: { id: string; name: string; helpUri: string; properties: Record<string, string> }[] } };
    results: {
      ruleId: string;
      locations: Location[];
      relatedLocations?: Location[];
      partialFingerprints: Record<string, string>;
      fixes?: { artifactChanges: { replacements: { insertedContent: { text: string } }[] }[] }[];
    }[];
  }[];
}

describe('sarifReport', () => {
  const { validate, errors } = sarifValidator();

  async function inputs() {
    const out = [];
    for (const path of ['prompts/support.prompt.md', 'CLAUDE.md', '.vscode/mcp.json', 'src/agent.ts', 'src/agent.py']) {
      const text = fixture(path);
      out.push({ path, text, result: await scan(text, path) });
    }
    return out;
  }

  it('validates against the official SARIF 2.1.0 schema, and the validator rejects a broken log', async () => {
    const log = sarifReport(await inputs(), '1.2.3', { rootDir: '/repo' });
    assert.ok(validate(log), errors());
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { level: string }[] }[] };
    broken.runs[0].results[0].level = 'severe';
    assert.equal(validate(broken), false);
    assert.ok(!validate({ version: '2.1.0' }));
  });

  it('carries rule metadata, 1-based UTF-16 regions, related locations, fixes and fingerprints', async () => {
    const files = await inputs();
    const log = sarifReport(files, '1.2.3', { rootDir: '/repo', docsBaseUri: 'https://example.com/rules/' }) as unknown as SarifLog;
    const run = log.runs[0];
    assert.equal(log.version, '2.1.0');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///repo/');
    const rule = run.tool.driver.rules.find((r) => r.id === 'doc-mcp-unpinned-server');
    assert.ok(rule);
    assert.equal(rule.helpUri, 'https://example.com/rules/doc-mcp-unpinned-server.md');
    assert.equal(rule.properties.owasp, 'LLM03:2025');
    assert.equal(rule.properties['security-severity'], '8.0');
    assert.equal(rule.name, 'DocMcpUnpinnedServer');
    // CLAUDE.md: the tag run starts after "- Keep functions small and name files in kebab-case." on line 4
    const tag = run.results.find((r) => r.ruleId === 'uni-tag-smuggling');
    assert.ok(tag);
    const region = tag.locations[0].physicalLocation.region;
    assert.equal(tag.locations[0].physicalLocation.artifactLocation.uri, 'CLAUDE.md');
    assert.equal(region.startLine, 4);
    assert.equal(region.startColumn, 53);
    assert.equal(region.endLine, 4);
    const claude = files[1].text;
    const lineStart = claude.split('\n').slice(0, 3).join('\n').length + 1;
    assert.equal((region.endColumn ?? 0) - 1, claude.indexOf('\n', lineStart) - lineStart - 0, 'end column counts UTF-16 code units (2 per tag character)');
    const sink = run.results.find((r) => r.ruleId === 'code-llm-output-to-sink');
    assert.ok(sink);
    assert.equal(sink.relatedLocations?.length, 1);
    assert.match(sink.partialFingerprints['socAgentsFinding/v1'], /^[0-9a-f]{32}$/);
    const secret = run.results.find((r) => r.ruleId === 'doc-mcp-plaintext-secret');
    assert.ok(secret?.fixes);
    assert.equal(secret.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '${env:SEARCH_API_KEY}');
    assert.ok(!JSON.stringify(log).includes('Q7wErT9yUi3oPa5sDf8gHj2kLz6xCv4bNm1QwE7rTy'), 'secrets never appear in the log');
  });

  it('without the text, regions are character offsets (still valid)', async () => {
    const [first] = await inputs();
    const log = sarifReport([{ path: first.path, result: first.result }], 'dev') as unknown as SarifLog;
    assert.ok(validate(log), errors());
    assert.deepEqual(Object.keys(log.runs[0].results[0].locations[0].physicalLocation.region).sort(), ['charLength', 'charOffset']);
  });
});
