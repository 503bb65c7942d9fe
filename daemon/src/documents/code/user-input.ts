import { isUserInputName, nameTokens } from '../text/untrusted-names';
import { calleeText, type LangSyntax } from './lang';
import { compactText, child, type SyntaxNode } from './syntax';
import { boundNames, Taint } from './taint';
import type { Unit } from './units';

const REQUEST = /^(?:req|request|ctx\.request|ctx\.req|c\.req|event|evt|self\.request)\.(?:body|query|params|json|args|form|values|data|get_json|GET|POST|cookies|headers|text)\b/;
const ARGV = /^(?:process\.argv|sys\.argv)\b/;

/** A request field, `input()`, `prompt()` or argv: text a user controls. */
function isUserSource(src: string, n: SyntaxNode): boolean {
  if (n.type === 'member_expression' || n.type === 'attribute' || n.type === 'subscript_expression' || n.type === 'subscript') {
    const t = compactText(src, n);
    return REQUEST.test(t) || ARGV.test(t);
  }
  if (n.type === 'call' || n.type === 'call_expression') {
    const c = calleeText(src, n);
    return c === 'input' || c === 'prompt' || c === 'window.prompt' || REQUEST.test(c);
  }
  return false;
}

/** Parameters of a function unit whose names say they carry user text (`userMessage`, `question`, `query`). */
function userParams(src: string, unit: Unit, lang: LangSyntax): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  if (!lang.functions.has(unit.node.type)) return out;
  for (const n of unit.nodes) {
    if (!lang.functions.has(n.type)) continue;
    // `def system_message(self, message)` builds the system message from what its caller passes: the developer's text.
    const fname = child(n, 'name');
    if (fname && nameTokens(src.slice(fname.start, fname.end)).includes('system')) continue;
    const params = child(n, 'parameters') ?? child(n, 'parameter');
    if (!params) continue;
    for (const name of boundNames(src, params)) if (isUserInputName(name)) out.set(name, params);
  }
  return out;
}

/** User-input taint of a unit: request fields, input(), and parameters named for user text, followed through assignments. */
export function userTaint(src: string, unit: Unit, lang: LangSyntax): Taint {
  return new Taint(src, unit, lang, (n) => isUserSource(src, n), userParams(src, unit, lang));
}
