import type { LangSyntax } from './lang';
import { child, type SyntaxNode } from './syntax';
import type { Unit } from './units';

/** name → value nodes bound to it in a unit (`const x = …`, `x = …`), in source order. */
export class Bindings {
  private readonly byUnit = new Map<Unit, Map<string, SyntaxNode[]>>();

  constructor(
    private readonly src: string,
    private readonly lang: LangSyntax,
    private readonly moduleUnit: Unit,
  ) {}

  private table(unit: Unit): Map<string, SyntaxNode[]> {
    let t = this.byUnit.get(unit);
    if (t) return t;
    t = new Map();
    for (const n of unit.nodes) {
      const isDecl = n.type === 'variable_declarator' || (this.lang.python ? n.type === 'assignment' : n.type === 'assignment_expression');
      if (!isDecl) continue;
      const name = child(n, this.lang.python || n.type === 'assignment_expression' ? 'left' : 'name');
      const value = child(n, this.lang.python || n.type === 'assignment_expression' ? 'right' : 'value');
      if (name?.type !== 'identifier' || !value) continue;
      const key = this.src.slice(name.start, name.end);
      const list = t.get(key) ?? [];
      list.push(value);
      t.set(key, list);
    }
    this.byUnit.set(unit, t);
    return t;
  }

  /** The value last bound to `name` before `at` in the unit, else in the module. */
  valueOf(name: string, unit: Unit, at: number): SyntaxNode | undefined {
    for (const u of unit === this.moduleUnit ? [unit] : [unit, this.moduleUnit]) {
      const list = this.table(u).get(name);
      if (!list || list.length === 0) continue;
      const before = list.filter((v) => v.start < at);
      return before.length > 0 ? before[before.length - 1] : list[0];
    }
    return undefined;
  }

  /** Follows an identifier (up to two hops) to the expression it holds; other nodes are returned as they are. */
  resolve(node: SyntaxNode, unit: Unit): SyntaxNode {
    let n = node;
    for (let hop = 0; hop < 2 && n.type === 'identifier'; hop++) {
      const v = this.valueOf(this.src.slice(n.start, n.end), unit, n.start);
      if (!v) break;
      n = v;
    }
    return n;
  }
}
