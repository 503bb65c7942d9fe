import type { FindingDraft } from '../draft';
import { calleeText, keywordArg, lastSegment, pairKey, positionalArgs, type LangSyntax } from './lang';
import { sinkOf } from './sinks';
import { child, type SyntaxNode } from './syntax';
import type { Unit } from './units';

/** A function the model can call through an agent framework. */
interface ToolDef {
  /** Where the finding goes: the tool's name. */
  anchor: SyntaxNode;
  body: SyntaxNode;
  /** The whole definition (decorator or registration call), searched for approval options. */
  definition: SyntaxNode;
  name: string;
}

const PY_DECORATOR = /^@\s*(?:[\w.]+\.)?(?:tool|function_tool|kernel_function|tool_plain|ai_function|llm_tool)\b/;
const JS_TOOL_CALL = /^(?:tool|createTool|defineTool|betaZodTool|zodFunction)$/;
const JS_TOOL_METHOD = /^(?:tool|registerTool|addTool|defineTool)$/;
const TOOL_CLASS = /^(?:DynamicTool|DynamicStructuredTool|StructuredTool|Tool|FunctionTool)$/;
const PY_TOOL_FACTORY = /^(?:Tool|StructuredTool\.from_function|Tool\.from_function|FunctionTool\.from_defaults|FunctionTool)$/;
/** Running a program without a shell is still running a program the model picked. */
const COMMAND_CALL = /^(?:subprocess\.\w+|os\.(?:exec\w*|spawn\w*)|(?:child_?process\.|cp\.)?(?:spawn|spawnSync|execFile|execFileSync)|execa|execaSync|pexpect\.\w+)$/;
const HANDLER_KEYS = new Set(['execute', 'func', 'handler', 'run', 'invoke', 'call', 'fn', 'function']);
/** A person is asked before the action: confirm/approve calls, LangGraph interrupts, `input()`, approval options. */
const CONFIRMATION = /confirm|approv|ask_?user|askUser|prompt_?user|promptUser|human_?in_?the_?loop|humanInTheLoop|interrupt|elicit|requires?_?(?:human|permission)|permission|consent|\binput\s*\(|questionary|inquirer|readline/i;

function functionByName(units: readonly Unit[], name: string): SyntaxNode | undefined {
  return units.find((u) => u.name === name && u.node.type !== 'lambda')?.node;
}

function fnBody(fn: SyntaxNode): SyntaxNode {
  return child(fn, 'body') ?? fn;
}

function toolDefs(src: string, units: readonly Unit[], lang: LangSyntax): ToolDef[] {
  const out: ToolDef[] = [];
  for (const u of units) {
    for (const n of u.nodes) {
      if (lang.python && n.type === 'decorated_definition') {
        const def = child(n, 'definition');
        const name = def ? child(def, 'name') : undefined;
        if (!def || def.type !== 'function_definition' || !name) continue;
        if (!n.children.some((d) => d.type === 'decorator' && PY_DECORATOR.test(src.slice(d.start, d.end)))) continue;
        out.push({ anchor: name, body: fnBody(def), definition: n, name: src.slice(name.start, name.end) });
        continue;
      }
      if (!lang.call.has(n.type)) continue;
      const callee = calleeText(src, n);
      const method = lastSegment(callee);
      const isNew = n.type === 'new_expression';
      let handler: SyntaxNode | undefined;
      if (lang.python) {
        if (!PY_TOOL_FACTORY.test(callee)) continue;
        handler = keywordArg(src, n, 'func') ?? keywordArg(src, n, 'fn') ?? keywordArg(src, n, 'coroutine') ?? positionalArgs(n).find((a) => a.type === 'identifier');
      } else {
        const registered = JS_TOOL_CALL.test(callee) || (callee.includes('.') && JS_TOOL_METHOD.test(method)) || (isNew && TOOL_CLASS.test(method));
        if (!registered) continue;
        const args = positionalArgs(n);
        for (const a of args) {
          if (a.type === 'object') {
            for (const p of a.children) if (p.type === 'pair' && HANDLER_KEYS.has(pairKey(src, p) ?? '')) handler = child(p, 'value');
          }
        }
        handler ??= [...args].reverse().find((a) => a.type === 'arrow_function' || a.type === 'function_expression' || a.type === 'identifier');
      }
      if (!handler) continue;
      const fn = handler.type === 'identifier' ? functionByName(units, src.slice(handler.start, handler.end)) : handler;
      if (!fn) continue;
      const nameArg = positionalArgs(n).find((a) => a.type === 'string');
      out.push({ anchor: nameArg ?? child(n, 'function') ?? child(n, 'constructor') ?? n, body: fnBody(fn), definition: n, name: nameArg ? src.slice(nameArg.start + 1, nameArg.end - 1) : method });
    }
  }
  return out;
}

/** Tools that run shell commands or change files and never ask a person first (excessive agency). */
export function toolFindings(src: string, units: readonly Unit[], lang: LangSyntax): FindingDraft[] {
  const out: FindingDraft[] = [];
  const seen = new Set<number>();
  for (const t of toolDefs(src, units, lang)) {
    if (seen.has(t.body.start)) continue;
    seen.add(t.body.start);
    if (CONFIRMATION.test(src.slice(t.definition.start, t.definition.end)) || CONFIRMATION.test(src.slice(t.body.start, t.body.end))) continue;
    const stack = [t.body];
    let action: { node: SyntaxNode; what: string } | undefined;
    while (stack.length > 0 && !action) {
      const n = stack.pop() as SyntaxNode;
      const sink = sinkOf(src, n, lang);
      if (sink && (sink.kind === 'shell' || sink.kind === 'file' || sink.kind === 'code')) {
        action = { node: n, what: sink.kind === 'file' ? `changes files (${sink.label})` : sink.kind === 'shell' ? `runs shell commands (${sink.label})` : `executes code (${sink.label})` };
      } else if (lang.call.has(n.type) && COMMAND_CALL.test(calleeText(src, n))) {
        action = { node: n, what: `runs programs (${calleeText(src, n)}())` };
      }
      for (const c of n.children) stack.push(c);
    }
    if (!action) continue;
    out.push({
      ruleId: 'code-tool-without-confirmation',
      start: t.anchor.start,
      end: t.anchor.end,
      message: `Tool "${t.name}" ${action.what} with arguments the model chooses and no confirmation step: ask a person to approve, or restrict it to an allow-list`,
      confidence: 0.75,
      related: [{ start: action.node.start, end: action.node.end, message: action.what.replace(/ \(.*\)$/, ' here') }],
    });
  }
  return out;
}
