import { maskSecret, type FindingDraft } from '../draft';
import { findSecrets, type SecretMatch } from '../text/secret-shapes';
import type { DocumentFix, TextEdit } from '../types';
import type { LangSyntax } from './lang';
import { type SyntaxNode, walk } from './syntax';

/** Innermost string literal containing [start, end). */
function stringAt(strings: readonly SyntaxNode[], start: number, end: number): SyntaxNode | undefined {
  let best: SyntaxNode | undefined;
  for (const s of strings) if (s.start <= start && s.end >= end && (!best || s.end - s.start < best.end - best.start)) best = s;
  return best;
}

/** Where `import os` goes: after `from __future__` imports, else before the first import, else after a shebang. */
function importOsEdit(src: string): TextEdit[] {
  if (/^import os\b|^import (?:\w+, )*os\b|^from os import environ\b/m.test(src)) return [];
  let at = 0;
  const future = [...src.matchAll(/^from __future__ import[^\n]*\n/gm)];
  if (future.length > 0) {
    const last = future[future.length - 1];
    at = (last.index ?? 0) + last[0].length;
  } else {
    const first = /^(?:import|from)\s/m.exec(src);
    if (first) at = first.index;
    else while (src.startsWith('#', at)) at = src.indexOf('\n', at) + 1 || src.length;
  }
  return [{ start: at, end: at, newText: 'import os\n' }];
}

function redactJs(src: string, s: SecretMatch, node: SyntaxNode | undefined, env: string): DocumentFix | undefined {
  if (!node) return undefined;
  const quote = src[node.start];
  const whole = node.start + 1 === s.start && node.end - 1 === s.end;
  const parentOk = node.field !== 'key' && node.parent?.type !== 'import_statement' && node.parent?.type !== 'literal_type';
  if (!parentOk) return undefined;
  const ref = `process.env.${env}`;
  if (node.type === 'string' && whole) return { title: `Replace the secret with ${ref}`, kind: 'quickfix', edits: [{ start: node.start, end: node.end, newText: ref }], preferred: true };
  if (node.type === 'template_string') return { title: `Replace the secret with \${${ref}}`, kind: 'quickfix', edits: [{ start: s.start, end: s.end, newText: `\${${ref}}` }], preferred: true };
  const inner = src.slice(node.start + 1, node.end - 1);
  if (node.type === 'string' && (quote === '"' || quote === "'") && !inner.includes('`') && !inner.includes('${')) {
    return {
      title: `Replace the secret with \${${ref}}`,
      kind: 'quickfix',
      edits: [
        { start: node.start, end: node.start + 1, newText: '`' },
        { start: s.start, end: s.end, newText: `\${${ref}}` },
        { start: node.end - 1, end: node.end, newText: '`' },
      ],
      preferred: true,
    };
  }
  return undefined;
}

function redactPy(src: string, s: SecretMatch, node: SyntaxNode | undefined, env: string): DocumentFix | undefined {
  if (!node || node.type !== 'string') return undefined;
  const startTok = node.children.find((c) => c.type === 'string_start');
  const prefix = src.slice(node.start, startTok?.end ?? node.start + 1);
  const quote = prefix.replace(/^[A-Za-z]*/, '');
  const letters = prefix.slice(0, prefix.length - quote.length).toLowerCase();
  const inner = src.slice(startTok?.end ?? node.start + 1, node.children.find((c) => c.type === 'string_end')?.start ?? node.end - 1);
  const whole = inner === src.slice(s.start, s.end);
  const other = quote.startsWith('"') ? "'" : '"';
  const imports = importOsEdit(src);
  if (letters === '' && whole) {
    return { title: `Replace the secret with os.environ["${env}"]`, kind: 'quickfix', edits: [{ start: node.start, end: node.end, newText: `os.environ["${env}"]` }, ...imports], preferred: true };
  }
  const ref = `{os.environ[${other}${env}${other}]}`;
  if (letters === 'f') return { title: `Replace the secret with ${ref}`, kind: 'quickfix', edits: [{ start: s.start, end: s.end, newText: ref }, ...imports], preferred: true };
  if (letters === '' && !inner.includes('{') && !inner.includes('}') && quote.length === 1) {
    return { title: `Replace the secret with ${ref}`, kind: 'quickfix', edits: [{ start: node.start, end: node.start, newText: 'f' }, { start: s.start, end: s.end, newText: ref }, ...imports], preferred: true };
  }
  return undefined;
}

/** Hard-coded credentials anywhere in a source file (strings and comments), with a fix to read them from the environment. */
export function codeSecretFindings(src: string, root: SyntaxNode, lang: LangSyntax): FindingDraft[] {
  const matches = findSecrets(src);
  if (matches.length === 0) return [];
  const strings: SyntaxNode[] = [];
  walk(root, (n) => {
    if (n.type === 'string' || n.type === 'template_string') strings.push(n);
  });
  return matches.map((s) => {
    const node = stringAt(strings, s.start, s.end);
    const env = s.envName || 'SECRET';
    const fix =
      (lang.python ? redactPy(src, s, node, env) : redactJs(src, s, node, env)) ??
      ({ title: 'Redact the secret', kind: 'quickfix', edits: [{ start: s.start, end: s.end, newText: '[REDACTED]' }], preferred: true } satisfies DocumentFix);
    return {
      ruleId: 'doc-secret-in-prompt',
      start: s.start,
      end: s.end,
      message: `Hard-coded ${s.label} in source code: read it from the environment or a secret store, and rotate it`,
      confidence: s.label === 'password or secret' ? 0.7 : 0.95,
      evidence: maskSecret(src.slice(s.start, s.end)),
      fixes: [fix],
    };
  });
}
