import { isSanitizerCall } from './llm-calls';
import type { LangSyntax } from './lang';
import { child, type SyntaxNode } from './syntax';
import type { Unit } from './units';

/** Where a value starts being tainted (an LLM call, a request field, a user-input parameter). */
export type SourceTest = (node: SyntaxNode) => boolean;

/** Identifier nodes that are names, not references: properties, keys, keyword names. */
function isReference(n: SyntaxNode): boolean {
  if (n.field === 'property' || n.field === 'attribute' || n.field === 'key') return false;
  if (n.field === 'name' && (n.parent?.type === 'keyword_argument' || n.parent?.type === 'function_definition' || n.parent?.type === 'function_declaration')) return false;
  return true;
}

/** Identifiers a binding pattern introduces (`x`, `{ a, b: c }`, `[d, ...e]`, `f, g`). */
export function boundNames(src: string, pattern: SyntaxNode): string[] {
  const out: string[] = [];
  const stack = [pattern];
  while (stack.length > 0) {
    const n = stack.pop() as SyntaxNode;
    if (n.field === 'key' || n.field === 'right' || n.field === 'value' || n.field === 'type') {
      // `{ key: name }` binds the value, a default (`x = 1`) or a type binds nothing.
      if (n.parent?.type !== 'pair_pattern' || n.field !== 'value') continue;
    }
    if (n.type === 'identifier' || n.type === 'shorthand_property_identifier_pattern') out.push(src.slice(n.start, n.end));
    for (const c of n.children) stack.push(c);
  }
  return out;
}

/** (pattern, value) pairs of the binding sites of a unit, in source order. */
function bindings(unit: Unit, lang: LangSyntax): [SyntaxNode, SyntaxNode][] {
  const out: [SyntaxNode, SyntaxNode][] = [];
  for (const n of unit.nodes) {
    let pattern: SyntaxNode | undefined;
    let value: SyntaxNode | undefined;
    switch (n.type) {
      case 'variable_declarator':
        pattern = child(n, 'name');
        value = child(n, 'value');
        break;
      case 'assignment_expression':
      case 'augmented_assignment_expression':
      case 'assignment':
      case 'augmented_assignment':
      case 'for_in_statement':
      case 'for_statement':
        pattern = child(n, 'left');
        value = child(n, 'right');
        break;
      case 'named_expression':
        pattern = child(n, 'name');
        value = child(n, 'value');
        break;
      case 'as_pattern':
        // `with llm.stream(...) as s:` / `except E as e`
        pattern = child(n, 'alias');
        value = n.children.find((c) => c.named && c.field !== 'alias');
        break;
    }
    if (pattern && value && (lang.python || pattern.type !== 'member_expression')) out.push([pattern, value]);
  }
  return out;
}

/**
 * Names in a unit that hold tainted values, and where each taint came from. Bindings are replayed
 * until nothing changes (loops assign after use), at most a few passes.
 */
export class Taint {
  private readonly names = new Map<string, SyntaxNode>();

  constructor(
    private readonly src: string,
    unit: Unit,
    lang: LangSyntax,
    private readonly isSource: SourceTest,
    seeds: ReadonlyMap<string, SyntaxNode> = new Map(),
  ) {
    for (const [k, v] of seeds) this.names.set(k, v);
    const sites = bindings(unit, lang);
    for (let pass = 0; pass < 3; pass++) {
      let changed = false;
      for (const [pattern, value] of sites) {
        const origin = this.originOf(value);
        if (!origin) continue;
        for (const name of boundNames(src, pattern)) {
          if (!this.names.has(name)) {
            this.names.set(name, origin);
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
  }

  get size(): number {
    return this.names.size;
  }

  /** Where the value of `expr` came from, if it carries taint (sanitizer calls stop it). */
  originOf(expr: SyntaxNode): SyntaxNode | undefined {
    const stack = [expr];
    while (stack.length > 0) {
      const n = stack.pop() as SyntaxNode;
      if (this.isSource(n)) return n;
      if ((n.type === 'call_expression' || n.type === 'call') && isSanitizerCall(this.src, n)) continue;
      if (n.type === 'identifier' && isReference(n)) {
        const o = this.names.get(this.src.slice(n.start, n.end));
        if (o) return o;
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
    return undefined;
  }
}
