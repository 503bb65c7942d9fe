import type { LangSyntax } from './lang';
import { child, type SyntaxNode } from './syntax';

/**
 * An analysis unit: the module's top-level code, or one outermost function with its closures.
 * Flows are followed within a unit ("within a function"), in source order.
 */
export interface Unit {
  node: SyntaxNode;
  /** The function's name when it has one (`function f`, `def f`, `const f = () =>`, a method). */
  name?: string;
  /** Every node of the unit in source order (nested functions of the module unit excluded). */
  nodes: SyntaxNode[];
}

function nameOf(src: string, fn: SyntaxNode): string | undefined {
  const n = child(fn, 'name');
  if (n) return src.slice(n.start, n.end);
  // `const ask = async () => …`
  const p = fn.parent;
  if (p?.type === 'variable_declarator') {
    const id = child(p, 'name');
    if (id?.type === 'identifier') return src.slice(id.start, id.end);
  }
  if (p?.type === 'pair') {
    const key = child(p, 'key');
    if (key) return src.slice(key.start, key.end);
  }
  return undefined;
}

/** Splits a file into units; nodes are collected once per unit. */
export function unitsOf(src: string, root: SyntaxNode, lang: LangSyntax): Unit[] {
  const units: Unit[] = [];
  const top: SyntaxNode[] = [];
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as SyntaxNode;
    if (lang.functions.has(n.type)) {
      const nodes: SyntaxNode[] = [];
      const inner: SyntaxNode[] = [n];
      while (inner.length > 0) {
        const m = inner.pop() as SyntaxNode;
        nodes.push(m);
        for (let i = m.children.length - 1; i >= 0; i--) inner.push(m.children[i]);
      }
      const name = nameOf(src, n);
      units.push({ node: n, nodes, ...(name ? { name } : {}) });
      continue;
    }
    top.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  units.unshift({ node: root, nodes: top });
  return units;
}
