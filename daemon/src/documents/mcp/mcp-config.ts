import { parseTree, type Node } from 'jsonc-parser/lib/esm/main.js';
import { maskSecret, withArticle, type FindingDraft } from '../draft';
import { findSecrets, isSecretShaped, looksLikeSecretValue, type SecretMatch } from '../text/secret-shapes';
import type { DocumentFix } from '../types';
import { launchProblem } from './mcp-launch';

/** `${input:x}`, `${env:X}`, `${X}`, `$X`, `%X%`: the value is looked up, not written here. */
const REFERENCE = /\$\{[^}]+\}|^\$[A-Z_][A-Z0-9_]*$|^%[A-Z_][A-Z0-9_]*%$/;
const SECRET_NAME = /(?:^|[_-])(?:api[_-]?key|apikey|key|token|secret|password|passwd|pass|pwd|credentials?|auth|pat|private[_-]?key|client[_-]?secret)(?:$|[_-])/i;
const SECRET_FLAG = /^--?(?:api[_-]?key|token|secret|password|auth[_-]?token|access[_-]?token|key)$/i;
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1|0\.0\.0\.0|\[::\])$/i;

interface StringNode {
  /** Content offsets (inside the quotes). */
  start: number;
  end: number;
  /** Decoded value. */
  value: string;
}

function str(node: Node | undefined): StringNode | undefined {
  if (!node || node.type !== 'string' || typeof node.value !== 'string') return undefined;
  return { start: node.offset + 1, end: node.offset + node.length - 1, value: node.value };
}

function prop(obj: Node | undefined, key: string): Node | undefined {
  if (!obj || obj.type !== 'object') return undefined;
  const p = obj.children?.find((c) => c.type === 'property' && c.children?.[0]?.value === key);
  return p?.children?.[1];
}

function entries(obj: Node | undefined): [string, Node][] {
  if (!obj || obj.type !== 'object') return [];
  const out: [string, Node][] = [];
  for (const p of obj.children ?? []) {
    const k: unknown = p.children?.[0]?.value;
    const v = p.children?.[1];
    if (typeof k === 'string' && v) out.push([k, v]);
  }
  return out;
}

/** The server maps of the config formats: VS Code (`servers`, `mcp.servers`), Claude Desktop / Cursor / Windsurf (`mcpServers`). */
function serverMaps(root: Node): Node[] {
  return [prop(root, 'servers'), prop(root, 'mcpServers'), prop(root, 'mcp.servers'), prop(prop(root, 'mcp'), 'servers'), prop(root, 'context_servers')].filter(
    (n): n is Node => n?.type === 'object',
  );
}

class McpScan {
  readonly drafts: FindingDraft[] = [];

  constructor(
    private readonly text: string,
    /** Whether the file supports `${env:…}` references (VS Code and Cursor mcp.json). */
    private readonly envRefs: boolean,
  ) {}

  private redact(s: SecretMatch, envName: string): DocumentFix {
    const newText = this.envRefs ? `\${env:${envName}}` : '[REDACTED]';
    return { title: this.envRefs ? `Replace the secret with \${env:${envName}}` : 'Redact the secret', kind: 'quickfix', edits: [{ start: s.start, end: s.end, newText }], preferred: true };
  }

  private secret(server: string, where: string, s: SecretMatch, envName: string): void {
    this.drafts.push({
      ruleId: 'doc-mcp-plaintext-secret',
      start: s.start,
      end: s.end,
      message: `MCP server "${server}" has ${s.label === 'password or secret' ? 'a secret' : withArticle(s.label)} in plain text in ${where}: use an \${input:…} or \${env:…} reference and rotate it`,
      confidence: 0.9,
      evidence: maskSecret(this.text.slice(s.start, s.end)),
      fixes: [this.redact(s, envName)],
    });
  }

  /** A named value (env var, header): secret by its shape, or by its name and a secret-looking value. */
  private checkValue(server: string, where: string, name: string, node: StringNode): void {
    if (REFERENCE.test(node.value) || node.end <= node.start) return;
    const raw = this.text.slice(node.start, node.end);
    const bearer = /^(?:Bearer|Basic|Token)\s+/i.exec(raw);
    const start = node.start + (bearer ? bearer[0].length : 0);
    const value = this.text.slice(start, node.end);
    const shaped = isSecretShaped(value);
    if (shaped) return this.secret(server, where, { ...shaped, start: start + shaped.start, end: start + shaped.end }, name);
    if ((SECRET_NAME.test(name) || bearer) && looksLikeSecretValue(value)) {
      this.secret(server, where, { start, end: node.end, label: 'password or secret', envName: name }, name.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase());
    }
  }

  server(name: string, server: Node): void {
    const command = str(prop(server, 'command'));
    const argsNode = prop(server, 'args');
    const args = (argsNode?.type === 'array' ? (argsNode.children ?? []) : []).map(str);
    if (command) {
      const problem = launchProblem(command.value, args.map((a) => a?.value ?? ''));
      if (problem) {
        const at = (problem.arg >= 0 ? args[problem.arg] : undefined) ?? command;
        this.drafts.push({ ruleId: 'doc-mcp-unpinned-server', start: at.start, end: at.end, message: `MCP server "${name}" ${problem.message}`, confidence: 0.9 });
      }
    }
    args.forEach((a, i) => {
      if (!a) return;
      for (const s of findSecrets(this.text.slice(a.start, a.end))) this.secret(name, 'its arguments', { ...s, start: a.start + s.start, end: a.start + s.end }, s.envName || 'API_KEY');
      const flag = args[i - 1]?.value;
      if (flag && SECRET_FLAG.test(flag) && !REFERENCE.test(a.value) && looksLikeSecretValue(a.value) && !isSecretShaped(a.value)) {
        this.secret(name, 'its arguments', { start: a.start, end: a.end, label: 'password or secret', envName: '' }, flag.replace(/^-+/, '').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase());
      }
    });
    for (const [key, value] of entries(prop(server, 'env'))) {
      const s = str(value);
      if (s) this.checkValue(name, `env.${key}`, key, s);
    }
    for (const [key, value] of entries(prop(server, 'headers'))) {
      const s = str(value);
      if (s) this.checkValue(name, `headers.${key}`, key, s);
    }
    for (const key of ['url', 'serverUrl']) {
      const url = str(prop(server, key));
      if (url) this.transport(name, url);
    }
  }

  private transport(name: string, url: StringNode): void {
    for (const s of findSecrets(this.text.slice(url.start, url.end))) this.secret(name, 'its URL', { ...s, start: url.start + s.start, end: url.start + s.end }, s.envName || 'API_KEY');
    let parsed: URL;
    try {
      parsed = new URL(url.value);
    } catch {
      return;
    }
    if (parsed.protocol !== 'http:' || LOOPBACK.test(parsed.hostname)) return;
    const scheme = this.text.slice(url.start, url.start + 4);
    this.drafts.push({
      ruleId: 'doc-mcp-insecure-transport',
      start: url.start,
      end: url.end,
      message: `MCP server "${name}" is reached over plain HTTP at ${parsed.host}: tool calls, results and credentials travel unencrypted; use https://`,
      confidence: 0.9,
      ...(scheme.toLowerCase() === 'http' ? { fixes: [{ title: 'Use https://', kind: 'quickfix' as const, edits: [{ start: url.start, end: url.start + 4, newText: 'https' }], preferred: true }] } : {}),
    });
  }
}

/** Findings for an MCP configuration (JSON with comments). A file that does not parse yields what parsed. */
export function mcpConfigFindings(text: string, envRefs: boolean): FindingDraft[] {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (!root) return [];
  const scan = new McpScan(text, envRefs);
  for (const map of serverMaps(root)) for (const [name, server] of entries(map)) if (server.type === 'object') scan.server(name, server);
  return scan.drafts;
}
