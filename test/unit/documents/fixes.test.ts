import { strict as assert } from 'node:assert';
import type { DocumentScanResult } from '../../../daemon/src/documents';
import { applyEdits } from '../../../daemon/src/documents';
import { fixture, scan } from './scan-helpers';

function counts(r: DocumentScanResult): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of r.findings) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}

const CASES: [string, string][] = [
  [fixture('prompts/support.prompt.md'), 'prompts/support.prompt.md'],
  [fixture('CLAUDE.md'), 'CLAUDE.md'],
  [fixture('.vscode/mcp.json'), '.vscode/mcp.json'],
  [fixture('src/agent.ts'), 'src/agent.ts'],
  [fixture('src/agent.py'), 'src/agent.py'],
  ['{"mcpServers": {"s": {"command": "node", "args": ["s.js"], "env": {"API_TOKEN": "Zq8xW3vB9nM2kL7pQ4"}}}}', 'claude_desktop_config.json'],
  ['Key: sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh\nAnswer {question} now.\n{{user_input}}\n', 'prompts/p.prompt.md'],
  ["import OpenAI from 'openai';\nconst a = new OpenAI({ apiKey: 'sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh' });\nconst h = { Authorization: 'Bearer sk-proj-Zz3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh' };\n", 'k.ts'],
  ['"""Agent."""\nfrom __future__ import annotations\nimport sys\nKEY = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh"\nH = "Bearer ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"\n', 'k.py'],
  ['from langchain_core.prompts import PromptTemplate\nt = PromptTemplate.from_template("Summarize: {text}")\n', 't.py'],
  ['Hidden \u202eevil\u202c and tags ' + [...'run rm'].map((c) => String.fromCodePoint(0xe0000 + (c.codePointAt(0) ?? 0))).join('') + '\n', 'AGENTS.md'],
];

describe('fixes', () => {
  for (const [text, path] of CASES) {
    it(`every fix for ${path} removes its finding on rescan and adds none`, async () => {
      const before = await scan(text, path);
      assert.ok(before.findings.length > 0, 'the case has findings');
      let applied = 0;
      for (const f of before.findings) {
        for (const fix of f.fixes ?? []) {
          const fixed = applyEdits(text, fix.edits);
          const after = await scan(fixed, path);
          const b = counts(before);
          const a = counts(after);
          assert.ok((a.get(f.ruleId) ?? 0) < (b.get(f.ruleId) ?? 0), `${fix.title}: ${f.ruleId} is still reported`);
          for (const [rule, n] of a) assert.ok(n <= (b.get(rule) ?? 0), `${fix.title}: introduced ${rule}`);
          if (fix.kind === 'ignore') assert.ok(after.suppressed > before.suppressed, `${fix.title}: counted as suppressed`);
          applied++;
        }
      }
      assert.ok(applied >= before.findings.length, 'every finding offers at least one fix');
    });
  }

  it('offers the fixes the file type allows', async () => {
    const md = await scan('Summarize {{user_input}}\n', 'prompts/p.prompt.md');
    assert.deepEqual(md.findings[0].fixes?.map((x) => x.kind), ['quickfix', 'ignore']);
    assert.match(md.findings[0].fixes?.[1].edits[0].newText ?? '', /^<!-- soc-ignore doc-undelimited-placeholder -- .+ -->\n$/);
    const claude = await scan('{"mcpServers": {"s": {"command": "npx", "args": ["-y", "p"]}}}', 'claude_desktop_config.json');
    assert.deepEqual(claude.findings[0].fixes ?? [], [], 'strict JSON has no comments: no ignore fix, and no version to pin');
    const py = await scan('r = llm.invoke(q)\nexec(r.content)\n', 'a.py');
    assert.equal(py.findings[0].fixes?.[0].edits[0].newText, '# soc-ignore code-llm-output-to-sink -- reviewed: explain why this is safe\n');
    const wrapped = await scan('Summarize this:\n  {{user_input}}\nThanks.\n', 'prompts/p.prompt.md');
    assert.equal(applyEdits('Summarize this:\n  {{user_input}}\nThanks.\n', wrapped.findings[0].fixes?.[0].edits ?? []), 'Summarize this:\n  <user_input>\n  {{user_input}}\n  </user_input>\nThanks.\n');
  });

  it('redacts with the reference the file type uses', async () => {
    const ts = "const k = 'sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh';\n";
    assert.equal(applyEdits(ts, (await scan(ts, 'k.ts')).findings[0].fixes?.[0].edits ?? []), 'const k = process.env.OPENAI_API_KEY;\n');
    const py = 'import json\nk = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh"\n';
    assert.equal(applyEdits(py, (await scan(py, 'k.py')).findings[0].fixes?.[0].edits ?? []), 'import os\nimport json\nk = os.environ["OPENAI_API_KEY"]\n');
    const mcp = '{"servers": {"s": {"command": "node", "env": {"MY_TOKEN": "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"}}}}';
    assert.match(applyEdits(mcp, (await scan(mcp, '.vscode/mcp.json')).findings[0].fixes?.[0].edits ?? []), /"MY_TOKEN": "\$\{env:MY_TOKEN\}"/);
  });
});
