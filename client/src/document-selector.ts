import type { DocumentFilter } from 'vscode-languageclient/node';

/** The prompt, agent-instruction and MCP files the issue names; the server classifies each file again. */
const PATTERNS = [
  '**/*.prompt',
  '**/*.prompt.md',
  '**/*.prompty',
  '**/*.mdc',
  '**/prompts/**/*.md',
  '**/prompts/**/*.txt',
  '**/AGENTS.md',
  '**/CLAUDE.md',
  '**/GEMINI.md',
  '**/.cursorrules',
  '**/.windsurfrules',
  '**/.clinerules',
  '**/.github/copilot-instructions.md',
  '**/.github/prompts/**',
  '**/.cursor/rules/**',
  '**/mcp.json',
  '**/.vscode/mcp.json',
  '**/claude_desktop_config.json',
];

/** Agent code: any file of these languages (prompt strings, LLM output sinks, tools). */
const LANGUAGES = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python'];

export const DOCUMENT_SELECTOR: DocumentFilter[] = [
  ...PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
  ...LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
];
