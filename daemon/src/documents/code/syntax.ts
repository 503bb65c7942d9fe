/**
 * A plain-JavaScript copy of a tree-sitter tree: named nodes plus the anonymous tokens that carry a
 * field (operators). Built once per parse so the analysis never crosses into WASM again.
 */
export interface SyntaxNode {
  type: string;
  start: number;
  end: number;
  /** Field name in the parent (`function`, `arguments`, `left`, `operator`, …). */
  field?: string;
  named: boolean;
  parent?: SyntaxNode;
  children: SyntaxNode[];
}

export function child(node: SyntaxNode, field: string): SyntaxNode | undefined {
  return node.children.find((c) => c.field === field);
}

export function childrenOf(node: SyntaxNode, field: string): SyntaxNode[] {
  return node.children.filter((c) => c.field === field);
}

export function namedChildren(node: SyntaxNode): SyntaxNode[] {
  return node.children.filter((c) => c.named);
}

/** Depth-first, pre-order; `enter` returning false skips the node's children. */
export function walk(node: SyntaxNode, enter: (n: SyntaxNode) => boolean | void): void {
  const stack: SyntaxNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as SyntaxNode;
    if (enter(n) === false) continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
}

export function descendants(node: SyntaxNode, types: ReadonlySet<string>): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  walk(node, (n) => {
    if (types.has(n.type)) out.push(n);
  });
  return out;
}

export function ancestors(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let p = node.parent; p; p = p.parent) out.push(p);
  return out;
}

/** Source text of a node. */
export function textOf(src: string, node: SyntaxNode): string {
  return src.slice(node.start, node.end);
}

/** Source text without whitespace, for comparing callee chains (`openai.chat\n  .completions.create`). */
export function compactText(src: string, node: SyntaxNode): string {
  return src.slice(node.start, node.end).replace(/\s+/g, '');
}
