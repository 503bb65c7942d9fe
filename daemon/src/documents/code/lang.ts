import { child, compactText, type SyntaxNode } from './syntax';

/** The node types the analysis needs, for the JavaScript-family grammars and for Python. */
export interface LangSyntax {
  python: boolean;
  call: ReadonlySet<string>;
  functions: ReadonlySet<string>;
  identifier: string;
  member: string;
  /** Argument list node type. */
  args: string;
  object: string;
  pair: string;
}

export const JS: LangSyntax = {
  python: false,
  call: new Set(['call_expression', 'new_expression']),
  functions: new Set(['function_declaration', 'function_expression', 'function', 'arrow_function', 'method_definition', 'generator_function_declaration', 'generator_function']),
  identifier: 'identifier',
  member: 'member_expression',
  args: 'arguments',
  object: 'object',
  pair: 'pair',
};

export const PY: LangSyntax = {
  python: true,
  call: new Set(['call']),
  functions: new Set(['function_definition', 'lambda']),
  identifier: 'identifier',
  member: 'attribute',
  args: 'argument_list',
  object: 'dictionary',
  pair: 'pair',
};

/** The callee of a call or `new` expression. */
export function calleeOf(node: SyntaxNode): SyntaxNode | undefined {
  return child(node, 'function') ?? child(node, 'constructor');
}

/** `openai.chat.completions.create`, whitespace removed; `new X()` → `X`. */
export function calleeText(src: string, node: SyntaxNode): string {
  const c = calleeOf(node);
  return c ? compactText(src, c).replace(/\?\./g, '.') : '';
}

/** Last segment of a callee chain: `fs.promises.writeFile` → `writeFile`. */
export function lastSegment(callee: string): string {
  const m = /([\w$]+)(?:<[^<>]*>)?$/.exec(callee);
  return m ? m[1] : callee;
}

/** The segment before the method: `this.llm.invoke` → `llm`. */
export function receiverName(callee: string): string {
  const parts = callee.replace(/\(.*?\)/g, '').split('.');
  return parts.length >= 2 ? parts[parts.length - 2] : '';
}

/** Positional arguments (not keyword arguments, not spreads' contents). */
export function positionalArgs(call: SyntaxNode): SyntaxNode[] {
  const list = child(call, 'arguments');
  if (!list) return [];
  return list.children.filter((c) => c.named && c.type !== 'keyword_argument' && c.type !== 'comment');
}

/** Python `name=value` arguments. */
export function keywordArg(src: string, call: SyntaxNode, name: string): SyntaxNode | undefined {
  const list = child(call, 'arguments');
  for (const c of list?.children ?? []) {
    if (c.type !== 'keyword_argument') continue;
    const n = child(c, 'name');
    if (n && src.slice(n.start, n.end) === name) return child(c, 'value');
  }
  return undefined;
}

/** Key text of an object/dict pair: `role`, `"role"`, `'role'` → `role`. */
export function pairKey(src: string, pair: SyntaxNode): string | undefined {
  const key = child(pair, 'key');
  if (!key) return undefined;
  return src.slice(key.start, key.end).replace(/^["'`]|["'`]$/g, '');
}

/** A pair's value in an object/dict literal. */
export function pairValue(src: string, obj: SyntaxNode, key: string): SyntaxNode | undefined {
  for (const p of obj.children) if (p.type === 'pair' && pairKey(src, p) === key) return child(p, 'value');
  return undefined;
}

/** A plain string literal's text (no interpolation), for matching values such as `'system'`. */
export function literalText(src: string, node: SyntaxNode | undefined): string | undefined {
  if (!node || (node.type !== 'string' && node.type !== 'template_string')) return undefined;
  if (node.children.some((c) => c.type === 'template_substitution' || c.type === 'interpolation')) return undefined;
  return src.slice(node.start, node.end).replace(/^[rRbBuUfF]*("""|'''|["'`])/, '').replace(/("""|'''|["'`])$/, '');
}
