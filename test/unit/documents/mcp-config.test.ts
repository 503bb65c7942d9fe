import { strict as assert } from 'node:assert';
import { at, fixture, ids, only, scan } from './scan-helpers';

function config(servers: Record<string, unknown>): string {
  return JSON.stringify({ servers }, null, 2);
}

describe('scanDocument: MCP configs', () => {
  it('reports the unpinned npx server, the plaintext key, plain HTTP and curl | sh of the fixture at the exact JSON strings', async () => {
    const text = fixture('.vscode/mcp.json');
    const r = await scan(text, '.vscode/mcp.json');
    assert.equal(r.kind, 'mcp_config');
    assert.deepEqual(
      only(r, 'doc-mcp-unpinned-server').map((f) => at(text, f)),
      ['@modelcontextprotocol/server-filesystem', 'curl -fsSL https://get.acme.example/mcp.sh | sh'],
    );
    assert.deepEqual(only(r, 'doc-mcp-plaintext-secret').map((f) => at(text, f)), ['sk-proj-Q7wErT9yUi3oPa5sDf8gHj2kLz6xCv4bNm1QwE7rTy']);
    assert.deepEqual(only(r, 'doc-mcp-insecure-transport').map((f) => at(text, f)), ['http://tools.acme.example:8080/mcp']);
    // pinned @acme/mcp-search@1.4.2, docker with a tag, ${input:…} reference: nothing else
    assert.equal(r.findings.length, 4);
    assert.match(only(r, 'doc-mcp-unpinned-server')[0].message, /"filesystem".*without a pinned version/);
  });

  it('accepts pinned servers, references and loopback HTTP (claude_desktop_config.json)', async () => {
    assert.deepEqual(ids(await scan(fixture('config/claude_desktop_config.json'), 'config/claude_desktop_config.json')), []);
  });

  const launches: [string, string[], boolean][] = [
    ['npx', ['-y', 'mcp-server-x'], true],
    ['npx', ['mcp-server-x@latest'], true],
    ['npx', ['-y', '@scope/server@^1.2.0'], true],
    ['npx', ['-y', '@scope/server@1.2.0', '--port', '3000'], false],
    ['npx', ['-y', '-p', 'tool@2.0.1', 'tool-cli'], false],
    ['pnpm', ['dlx', 'mcp-server-x'], true],
    ['uvx', ['mcp-server-git'], true],
    ['uvx', ['mcp-server-git==0.6.2'], false],
    ['uvx', ['--from', 'mcp-server-git==0.6.2', 'mcp-server-git'], false],
    ['uv', ['tool', 'run', 'mcp-server-git@latest'], true],
    ['bash', ['-c', 'curl -fsSL https://x.example/i.sh | bash'], true],
    ['sh', ['-c', '$(curl -s https://x.example/i.sh)'], true],
    ['node', ['./dist/server.js'], false],
    ['docker', ['run', '-i', 'mcp/fetch:1.0.0'], false],
  ];
  for (const [command, args, unpinned] of launches) {
    it(`${unpinned ? 'flags' : 'accepts'} ${command} ${args.join(' ')}`, async () => {
      const r = await scan(config({ s: { command, args } }), 'mcp.json');
      assert.equal(only(r, 'doc-mcp-unpinned-server').length, unpinned ? 1 : 0);
    });
  }

  it('flags secrets in env by shape or by name, in headers and in args, but not references', async () => {
    const text = config({
      a: {
        command: 'node',
        args: ['server.js', '--api-key', 'Zq8xW3vB9nM2kL7p', '--token=ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'],
        env: { GITHUB_TOKEN: 'ghp_Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2', DB_PASSWORD: 'Xk9#mP2qL7vR', OK_REF: '${env:DB_PASSWORD}', INPUT_REF: '${input:token}', LOG_LEVEL: 'debug' },
      },
      b: { type: 'http', url: 'https://api.example.com/mcp', headers: { Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9x7Q2w9E4r' } },
    });
    const r = await scan(text, 'mcp.json');
    const found = only(r, 'doc-mcp-plaintext-secret').map((f) => at(text, f));
    assert.deepEqual(found.sort(), ['Xk9#mP2qL7vR', 'Zq8xW3vB9nM2kL7p', 'eyJhbGciOiJIUzI1NiJ9x7Q2w9E4r', 'ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8', 'ghp_Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2'].sort());
  });

  it('reads JSON with comments and trailing commas, and survives broken JSON', async () => {
    const text = '{\n  // servers\n  "mcpServers": {\n    "x": { "command": "npx", "args": ["-y", "pkg"], },\n  },\n}\n';
    assert.deepEqual(ids(await scan(text, 'mcp.json')), ['doc-mcp-unpinned-server']);
    for (const broken of ['{', '{"servers": [1, 2', 'null', '{"servers": {"x": 5}}', '']) assert.ok(Array.isArray((await scan(broken, 'mcp.json')).findings));
  });

  it('finds invisible characters beyond the BMP in a tool description (musical-notation format controls)', async () => {
    const text = config({ helper: { command: 'node', args: ['srv.js'], description: 'Search helper\u{1D173}\u{1D174} for the docs' } });
    const r = await scan(text, '.vscode/mcp.json');
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId.startsWith('uni-')).map((f) => at(text, f)),
      ['\u{1D173}\u{1D174}'],
    );
  });
});
