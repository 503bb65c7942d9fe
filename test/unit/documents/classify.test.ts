import { strict as assert } from 'node:assert';
import { classifyDocument } from '../../../daemon/src/documents';

describe('classifyDocument', () => {
  const cases: [string, string, string?][] = [
    ['prompts/support.prompt.md', 'prompt'],
    ['a/b/review.prompt', 'prompt'],
    ['flows/chat.prompty', 'prompt'],
    ['rules/style.mdc', 'prompt'],
    ['prompts/en/system.md', 'prompt'],
    ['prompts/system.txt', 'prompt'],
    ['AGENTS.md', 'agent_instructions'],
    ['sub/CLAUDE.md', 'agent_instructions'],
    ['GEMINI.md', 'agent_instructions'],
    ['.cursorrules', 'agent_instructions'],
    ['.windsurfrules', 'agent_instructions'],
    ['.clinerules', 'agent_instructions'],
    ['.github/copilot-instructions.md', 'agent_instructions'],
    ['.github/prompts/review.prompt.md', 'agent_instructions'],
    ['.cursor/rules/security.mdc', 'agent_instructions'],
    ['C:\\repo\\.cursor\\rules\\x.md', 'agent_instructions'],
    ['mcp.json', 'mcp_config'],
    ['.vscode/mcp.json', 'mcp_config'],
    ['/home/me/.config/Claude/claude_desktop_config.json', 'mcp_config'],
    ['src/agent.ts', 'agent_code'],
    ['src/App.tsx', 'agent_code'],
    ['lib/index.mjs', 'agent_code'],
    ['agent.py', 'agent_code'],
    ['untitled-1', 'agent_code', 'python'],
    ['types/index.d.ts', 'other'],
    ['README.md', 'other'],
    ['docs/guide.md', 'other'],
    ['package.json', 'other'],
    ['image.png', 'other'],
  ];
  for (const [path, kind, languageId] of cases) {
    it(`${path}${languageId ? ` (${languageId})` : ''} → ${kind}`, () => assert.equal(classifyDocument(path, languageId), kind));
  }
});
