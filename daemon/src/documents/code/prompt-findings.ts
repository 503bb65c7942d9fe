import type { SecurityMode } from '../../engine/types';
import type { FindingDraft } from '../draft';
import { engineMappedFindings } from '../text/engine-text';
import { LineIndex } from '../text/lines';
import { placeholderMessage, undelimitedPlaceholders, wrapFix } from '../text/placeholders';
import { isUserInputName } from '../text/untrusted-names';
import type { LangSyntax } from './lang';
import { calleeText, lastSegment } from './lang';
import type { MessageSite } from './messages';
import type { Bindings } from './resolve';
import { STRING_TYPES, stringValue, type StringValue } from './strings';
import { child, type SyntaxNode } from './syntax';
import type { Taint } from './taint';
import type { Unit } from './units';

const PROMPT_NAME = /prompt|instruction|system_?(?:msg|message)/i;

/** String literals inside a prompt expression (`"a" + x + "b"`, `"…".format(x)`, `[{type: 'text', text: "…"}]`). */
function stringsIn(expr: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const stack = [expr];
  while (stack.length > 0) {
    const n = stack.pop() as SyntaxNode;
    if (STRING_TYPES.has(n.type)) {
      out.push(n);
      continue;
    }
    if (n.field === 'key' || n.type === 'arrow_function' || n.type === 'function_expression' || n.type === 'lambda') continue;
    for (const c of n.children) stack.push(c);
  }
  return out;
}

/** Prompt strings assigned to variables named like prompts (`SYSTEM_PROMPT = """…"""`). */
export function namedPromptStrings(src: string, units: readonly Unit[], lang: LangSyntax): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const u of units) {
    for (const n of u.nodes) {
      const decl = n.type === 'variable_declarator' || n.type === 'assignment' || n.type === 'assignment_expression';
      if (!decl) continue;
      const name = child(n, lang.python || n.type === 'assignment_expression' ? 'left' : 'name');
      const value = child(n, lang.python || n.type === 'assignment_expression' ? 'right' : 'value');
      if (name?.type === 'identifier' && value && PROMPT_NAME.test(src.slice(name.start, name.end))) out.push(...stringsIn(value));
    }
  }
  return out;
}

/** The prompt expression of a site, through one or two variable hops. */
function siteExpr(site: MessageSite, bindings: Bindings): SyntaxNode {
  return bindings.resolve(site.content, site.unit);
}

/** Engine findings inside prompt strings: the engine's rule ids at the string's exact characters. */
export function promptStringFindings(src: string, strings: readonly SyntaxNode[], lang: LangSyntax, mode: SecurityMode): FindingDraft[] {
  const out: FindingDraft[] = [];
  const lines = new LineIndex(src);
  const seen = new Set<number>();
  for (const s of strings) {
    if (seen.has(s.start)) continue;
    seen.add(s.start);
    const value = stringValue(src, s, lang.python);
    if (!value) continue;
    const multiLine = lines.lineOf(s.start) !== lines.lineOf(s.end);
    for (const d of engineMappedFindings(value.content, value.toSource, mode)) out.push(multiLine ? { ...d, ignoreAt: s.start } : d);
  }
  return out;
}

/** Where expressions are spliced into a prompt expression: `${x}`, f-string `{x}`, `+ x`, `.format(x)`, `% x`. */
function holes(src: string, expr: SyntaxNode, python: boolean): SyntaxNode[] {
  if (STRING_TYPES.has(expr.type)) return (stringValue(src, expr, python)?.holes ?? []).map((h) => (h.node.type === 'template_substitution' || h.node.type === 'interpolation' ? (h.node.children.find((c) => c.named) ?? h.node) : h.node));
  if (expr.type === 'binary_expression' || expr.type === 'binary_operator') {
    const op = child(expr, 'operator');
    const opText = op ? src.slice(op.start, op.end) : '';
    const left = child(expr, 'left');
    const right = child(expr, 'right');
    if (opText === '%' && left && right) return [...holes(src, left, python), right];
    if (opText !== '+') return [];
    return [left, right].flatMap((s) => (s ? holes(src, s, python) : []));
  }
  if ((expr.type === 'call' || expr.type === 'call_expression') && /^(?:format|concat|join)$/.test(lastSegment(calleeText(src, expr)))) {
    const args = child(expr, 'arguments');
    return [...(args?.children.filter((c) => c.named) ?? []).map((a) => child(a, 'value') ?? a)];
  }
  if (expr.type === 'parenthesized_expression' || expr.type === 'await_expression') {
    const inner = expr.children.find((c) => c.named);
    return inner ? holes(src, inner, python) : [];
  }
  return [expr];
}

/** User input interpolated into a system message (after following the content through variables). */
export function systemPromptFindings(src: string, sites: readonly MessageSite[], bindings: Bindings, taintOf: (u: Unit) => Taint, lang: LangSyntax): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const site of sites) {
    if (site.role !== 'system' || site.template) continue;
    const expr = siteExpr(site, bindings);
    const taint = taintOf(site.unit);
    for (const hole of holes(src, expr, lang.python)) {
      if (STRING_TYPES.has(hole.type)) continue;
      const origin = taint.originOf(hole);
      if (!origin) continue;
      const text = src.slice(hole.start, hole.end);
      out.push({
        ruleId: 'code-user-input-in-system-prompt',
        start: hole.start,
        end: hole.end,
        message: `User input (${text.length > 40 ? `${text.slice(0, 40)}…` : text}) is concatenated into the system message, where it carries the developer's authority: send it as a user message and keep the system prompt constant`,
        confidence: 0.8,
        ...(origin.start !== hole.start ? { related: [{ start: origin.start, end: origin.end, message: 'the user input comes from here' }] } : {}),
      });
    }
  }
  return out;
}

/** Template strings (LangChain `{placeholders}`) of system prompts and single-prompt templates. */
export function templateFindings(src: string, sites: readonly MessageSite[], bindings: Bindings, lang: LangSyntax): FindingDraft[] {
  const out: FindingDraft[] = [];
  let srcLines: LineIndex | undefined;
  for (const site of sites) {
    if (!site.template || site.role === 'user' || site.role === 'assistant') continue;
    const expr = siteExpr(site, bindings);
    if (!STRING_TYPES.has(expr.type)) continue;
    const value: StringValue | undefined = stringValue(src, expr, lang.python);
    if (!value || value.holes.length > 0) continue;
    const lines = new LineIndex(value.content);
    for (const p of undelimitedPlaceholders(value.content, lines)) {
      const start = value.toSource[p.start];
      const end = value.toSource[p.end];
      const userText = site.role === 'system' && isUserInputName(p.name);
      const fix = value.raw ? wrapFix((srcLines ??= new LineIndex(src)), { start, end, name: p.name }, true) : undefined;
      out.push({
        ruleId: userText ? 'code-user-input-in-system-prompt' : 'doc-undelimited-placeholder',
        start,
        end,
        message: userText
          ? `User input ${p.name} is a placeholder in the system message template, where it carries the developer's authority: move it to the human message`
          : placeholderMessage(src.slice(start, end)),
        confidence: 0.7,
        ...(fix && !userText ? { fixes: [fix] } : {}),
        ...(lines.lineCount > 1 ? { ignoreAt: expr.start } : {}),
      });
    }
  }
  return out;
}

/** The string nodes of every prompt site, resolved through variables. */
export function siteStrings(sites: readonly MessageSite[], bindings: Bindings): SyntaxNode[] {
  return sites.flatMap((s) => stringsIn(siteExpr(s, bindings)));
}
