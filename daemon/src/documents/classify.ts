import type { DocumentKind } from './types';

/** Agent-instruction files by exact (case-insensitive) base name. */
const INSTRUCTION_NAMES = new Set(['agents.md', 'claude.md', 'claude.local.md', 'gemini.md', '.cursorrules', '.windsurfrules', '.clinerules', 'copilot-instructions.md']);
/** Folders whose every file is an agent instruction (`.github/prompts/*`, `.cursor/rules/*`, `.clinerules/*`). */
const INSTRUCTION_DIRS = ['/.github/prompts/', '/.github/instructions/', '/.cursor/rules/', '/.clinerules/', '/.windsurf/rules/'];
const MCP_NAMES = new Set(['mcp.json', 'claude_desktop_config.json']);
const CODE_EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx|py|pyw)$/;
const CODE_LANGUAGES = new Set(['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python']);
const PROMPT_EXTENSIONS = /\.(?:prompt|prompt\.md|prompty|mdc)$/;
const PROMPT_DIR_TEXT = /\.(?:md|markdown|txt|text|j2|jinja|jinja2|mustache|hbs|tmpl|tpl)$/;

/** `a\b/C.md` → `/a/b/c.md`: one separator, a leading slash so folder checks match at the root too. */
function normalizePath(path: string): string {
  const p = path.replace(/\\/g, '/').toLowerCase();
  return p.startsWith('/') ? p : `/${p}`;
}

/**
 * What a file is, from its path (and the editor's language id when known). Decides which checks
 * run; `other` files are not scanned.
 */
export function classifyDocument(path: string, languageId?: string): DocumentKind {
  const p = normalizePath(path);
  const base = p.slice(p.lastIndexOf('/') + 1);
  if (MCP_NAMES.has(base)) return 'mcp_config';
  if (INSTRUCTION_NAMES.has(base) || base.endsWith('.instructions.md') || INSTRUCTION_DIRS.some((d) => p.includes(d))) return 'agent_instructions';
  if (languageId === 'instructions') return 'agent_instructions';
  if (PROMPT_EXTENSIONS.test(base) || languageId === 'prompt' || languageId === 'prompty') return 'prompt';
  if (p.includes('/prompts/') && PROMPT_DIR_TEXT.test(base)) return 'prompt';
  if (base.endsWith('.d.ts') || base.endsWith('.d.mts') || base.endsWith('.d.cts')) return 'other';
  if (CODE_EXTENSIONS.test(base)) return 'agent_code';
  if (languageId !== undefined && CODE_LANGUAGES.has(languageId)) return 'agent_code';
  return 'other';
}

export type CodeLanguage = 'typescript' | 'tsx' | 'javascript' | 'python';

/** The grammar to parse an agent-code file with. */
export function codeLanguageOf(path: string, languageId?: string): CodeLanguage | undefined {
  const base = normalizePath(path);
  if (/\.pyw?$/.test(base) || languageId === 'python') return 'python';
  if (base.endsWith('.tsx') || languageId === 'typescriptreact') return 'tsx';
  if (/\.[cm]?ts$/.test(base) || languageId === 'typescript') return 'typescript';
  if (/\.(?:[cm]?js|jsx)$/.test(base) || languageId === 'javascript' || languageId === 'javascriptreact') return 'javascript';
  return undefined;
}

/** How a comment is written in this file, for `soc-ignore` fixes; undefined where comments are not allowed (plain JSON). */
export type CommentStyle = 'line-slash' | 'line-hash' | 'html' | 'jinja';

export function commentStyleOf(path: string, kind: DocumentKind, languageId?: string): CommentStyle | undefined {
  const p = normalizePath(path);
  const base = p.slice(p.lastIndexOf('/') + 1);
  if (kind === 'agent_code') return codeLanguageOf(path, languageId) === 'python' ? 'line-hash' : 'line-slash';
  if (kind === 'mcp_config') {
    // VS Code and Cursor read mcp.json as JSON with comments; Claude Desktop's file is strict JSON.
    return base === 'mcp.json' || languageId === 'jsonc' ? 'line-slash' : undefined;
  }
  // Jinja comments are stripped when the template renders, so they never reach the model.
  if (base.endsWith('.prompty') || /\.(?:j2|jinja2?)$/.test(base)) return 'jinja';
  return 'html';
}
