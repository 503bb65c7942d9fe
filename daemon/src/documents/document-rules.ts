// Type-only import: the engine catalog includes these entries, so nothing here may load it at run time.
import type { CatalogEntry } from '../engine/rules/catalog';

/**
 * Rules that only the document scanner reports: prompt hygiene, MCP configuration and agent-code
 * flows. Engine rules found inside documents keep their own ids.
 */
export const DOCUMENT_RULES: readonly CatalogEntry[] = [
  {
    id: 'doc-undelimited-placeholder',
    category: 'prompt_injection',
    severity: 'medium',
    owasp: 'LLM01:2025',
    title: 'Untrusted input spliced into a prompt without delimiters',
    description:
      'A placeholder for user or retrieved text ({{user_input}}, {input}, ${userMessage}) sits in the instructions with nothing marking where the untrusted text begins and ends, so text that looks like an instruction is read as one.',
  },
  {
    id: 'doc-secret-in-prompt',
    category: 'data_exfiltration',
    severity: 'high',
    owasp: 'LLM02:2025',
    title: 'Secret (API key, token, private key or password) in a prompt or in code',
    description:
      'A credential written into a prompt, an instruction file or agent source code: the model can be talked into repeating it, and it ends up in version control, logs and traces.',
  },
  {
    id: 'doc-mcp-unpinned-server',
    category: 'system_manipulation',
    severity: 'high',
    owasp: 'LLM03:2025',
    title: 'MCP server launched from an unpinned package or a piped download',
    description:
      'An MCP server started with `npx -y pkg`, `uvx pkg` without a version, or `curl … | sh`: every start runs whatever the registry or the URL serves that day, with the agent’s privileges.',
  },
  {
    id: 'doc-mcp-plaintext-secret',
    category: 'data_exfiltration',
    severity: 'high',
    owasp: 'LLM02:2025',
    title: 'Secret in plain text in an MCP configuration',
    description:
      'An API key, token or password written directly into an MCP server’s env, headers or arguments instead of an `${input:…}` or `${env:…}` reference; config files get committed and shared.',
  },
  {
    id: 'doc-mcp-insecure-transport',
    category: 'data_exfiltration',
    severity: 'medium',
    owasp: 'LLM02:2025',
    title: 'MCP server reached over plain HTTP',
    description:
      'An HTTP or SSE MCP server on a non-loopback host over `http://`: tool calls, results and credentials travel unencrypted and can be read or rewritten on the way.',
  },
  {
    id: 'doc-ignore-without-reason',
    category: 'prompt_injection',
    severity: 'low',
    owasp: 'LLM01:2025',
    title: 'soc-ignore comment without a reason',
    description: 'A `soc-ignore RULE` comment with no `-- reason`: it suppresses nothing until it says why the finding is safe, so reviewers can judge it.',
  },
  {
    id: 'code-llm-output-to-sink',
    category: 'malicious_input',
    severity: 'high',
    owasp: 'LLM05:2025',
    title: 'LLM output flows into a dangerous sink',
    description:
      'Text produced by a model reaches eval, a shell, a SQL query, HTML or a file path in the same function without sanitizing: a prompt injection becomes code execution, SQL injection, XSS or file overwrite.',
  },
  {
    id: 'code-user-input-in-system-prompt',
    category: 'prompt_injection',
    severity: 'high',
    owasp: 'LLM01:2025',
    title: 'User input concatenated into a system message',
    description:
      'Request or user-supplied text is interpolated into the system prompt, where the model gives it the authority of the developer’s instructions.',
  },
  {
    id: 'code-tool-without-confirmation',
    category: 'system_manipulation',
    severity: 'high',
    owasp: 'LLM06:2025',
    title: 'Agent tool runs shell commands or writes files without confirmation',
    description:
      'A tool the model can call runs shell commands or writes, moves or deletes files and never asks a person first: one injected instruction is enough to act on the machine.',
  },
];
