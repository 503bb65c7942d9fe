import { isLlmCall } from './llm-calls';
import { calleeText, keywordArg, lastSegment, literalText, pairKey, pairValue, positionalArgs, type LangSyntax } from './lang';
import { child, type SyntaxNode } from './syntax';
import type { Unit } from './units';

export type MessageRole = 'system' | 'user' | 'assistant' | 'template';

/** Text that becomes part of a prompt: a message's content, a `system` parameter, a prompt template. */
export interface MessageSite {
  role: MessageRole;
  content: SyntaxNode;
  unit: Unit;
  /** Whether the text is a LangChain-style template whose `{placeholders}` are filled later. */
  template: boolean;
}

const ROLE: Record<string, MessageRole> = { system: 'system', developer: 'system', user: 'user', human: 'user', assistant: 'assistant', ai: 'assistant' };
const SYSTEM_KEYS = new Set(['system', 'instructions', 'system_prompt', 'systemPrompt', 'system_message', 'systemMessage']);
const CONSTRUCTOR_ROLE: Record<string, MessageRole> = { SystemMessage: 'system', HumanMessage: 'user', UserMessage: 'user', AIMessage: 'assistant', AssistantMessage: 'assistant' };
const TEMPLATE_ROLE: Record<string, MessageRole> = { SystemMessagePromptTemplate: 'system', HumanMessagePromptTemplate: 'user', AIMessagePromptTemplate: 'assistant', PromptTemplate: 'template', ChatPromptTemplate: 'template' };

/** `{role: 'system', content: …}` / `{"role": "system", "content": …}`. */
function roleObject(src: string, obj: SyntaxNode): [MessageRole, SyntaxNode] | undefined {
  const role = ROLE[literalText(src, pairValue(src, obj, 'role')) ?? ''];
  const content = pairValue(src, obj, 'content');
  return role && content ? [role, content] : undefined;
}

/** The text argument of a message or template constructor: first positional, `content=`/`template=`, or `{content}`. */
function textArg(src: string, call: SyntaxNode): SyntaxNode | undefined {
  const first = positionalArgs(call)[0];
  const kw = keywordArg(src, call, 'content') ?? keywordArg(src, call, 'template');
  if (kw) return kw;
  if (first && (first.type === 'object' || first.type === 'dictionary')) return pairValue(src, first, 'content') ?? pairValue(src, first, 'template');
  return first;
}

/** `[("system", "…"), ("human", "{q}")]` / `[["system", "…"], …]`. */
function messageTuples(src: string, list: SyntaxNode): [MessageRole, SyntaxNode][] {
  const out: [MessageRole, SyntaxNode][] = [];
  for (const el of list.children) {
    if (el.type !== 'tuple' && el.type !== 'array' && el.type !== 'list') continue;
    const parts = el.children.filter((c) => c.named && c.type !== 'comment');
    const role = ROLE[literalText(src, parts[0]) ?? ''];
    if (role && parts[1]) out.push([role, parts[1]]);
  }
  return out;
}

/** Every prompt text site of a unit. */
export function messageSites(src: string, unit: Unit, lang: LangSyntax, knownLlm: ReadonlySet<string>): MessageSite[] {
  const out: MessageSite[] = [];
  const add = (role: MessageRole, content: SyntaxNode | undefined, template = false): void => {
    if (content) out.push({ role, content, unit, template });
  };
  for (const n of unit.nodes) {
    if (n.type === lang.object) {
      const r = roleObject(src, n);
      if (r) add(r[0], r[1]);
      continue;
    }
    if (!lang.call.has(n.type)) continue;
    const callee = calleeText(src, n);
    const method = lastSegment(callee);
    const ctor = callee.split('.')[0];
    if (CONSTRUCTOR_ROLE[method]) {
      add(CONSTRUCTOR_ROLE[method], textArg(src, n));
      continue;
    }
    if (TEMPLATE_ROLE[ctor] && /^(?:from_template|fromTemplate|PromptTemplate|ChatPromptTemplate|SystemMessagePromptTemplate|HumanMessagePromptTemplate)$/.test(method)) {
      add(TEMPLATE_ROLE[ctor], textArg(src, n), true);
      continue;
    }
    if (/^(?:from_messages|fromMessages)$/.test(method)) {
      const list = positionalArgs(n)[0];
      if (list) for (const [role, content] of messageTuples(src, list)) add(role, content, true);
      continue;
    }
    const llm = isLlmCall(src, n, knownLlm);
    const agent = /Agent$|^(?:create_\w*agent|createAgent|create\w*Agent)$/.test(method);
    if (!llm && !agent) continue;
    if (lang.python) {
      for (const key of SYSTEM_KEYS) add('system', keywordArg(src, n, key));
      if (llm) add('user', keywordArg(src, n, 'prompt'));
    } else {
      for (const arg of positionalArgs(n)) {
        if (arg.type !== 'object') continue;
        for (const p of arg.children) {
          if (p.type !== 'pair') continue;
          const key = pairKey(src, p) ?? '';
          if (SYSTEM_KEYS.has(key)) add('system', child(p, 'value'));
          else if (llm && key === 'prompt') add('user', child(p, 'value'));
        }
      }
    }
  }
  return out;
}
