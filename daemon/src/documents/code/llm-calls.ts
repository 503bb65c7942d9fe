import { calleeText, lastSegment, receiverName } from './lang';
import type { SyntaxNode } from './syntax';

/** Calls that return model output, by callee chain: OpenAI, Anthropic, Gemini, Mistral, Cohere, Ollama, LiteLLM, Vercel AI SDK, LangChain, agents. */
const LLM_CALLEE = [
  /(?:^|\.)chat\.completions\.(?:create|parse|stream)$/,
  /(?:^|\.)completions\.create$/,
  /(?:^|\.)responses\.(?:create|parse|stream)$/,
  /(?:^|\.)messages\.(?:create|stream)$/,
  /(?:^|\.)chat\.(?:complete|stream)(?:_?[aA]sync)?$/,
  /(?:^|\.)generate_?[cC]ontent(?:_?[aA]sync|Stream)?$/,
  /(?:^|\.)send_?[mM]essage(?:_?[aA]sync|Stream)?$/,
  /^(?:ai\.)?(?:generateText|streamText|generateObject|streamObject)$/,
  /^(?:litellm\.)?a?completion$/,
  /^ollama\.(?:chat|generate)$/,
  /^(?:co|cohere|client)\.chat$/,
  /^Runner\.run(?:_sync|_streamed)?$/,
  /(?:^|\.)kickoff(?:_async)?$/,
];

/** LangChain-style runnables: the method alone is too common, so the receiver must name a model, chain or agent. */
const RUNNABLE_METHOD = /^(?:invoke|ainvoke|stream|astream|batch|abatch|predict|apredict|predict_messages|call|acall|run|arun|generate|agenerate|chat)$/;
const MODEL_RECEIVER = /llm|model|chain|agent|chat|gpt|claude|openai|anthropic|gemini|mistral|runnable|graph|executor|crew|assistant|completion|bot/i;
/** Wrappers people write around a client: `askLLM(q)`, `call_llm(p)`, `getCompletion(p)`. */
const WRAPPER = /^(?:call|ask|query|invoke|run|get|chat|complete|generate|prompt)_?(?:the_?)?(?:llm|gpt|openai|claude|anthropic|gemini|model|completion|chat_?completion|ai)(?:_?(?:response|answer|reply|output|text))?$|^llm$/i;

/** Whether a call returns model output; `known` are functions of this file that return model output. */
export function isLlmCall(src: string, call: SyntaxNode, known: ReadonlySet<string>): boolean {
  const callee = calleeText(src, call);
  if (!callee) return false;
  if (LLM_CALLEE.some((re) => re.test(callee))) return true;
  const method = lastSegment(callee);
  if (RUNNABLE_METHOD.test(method) && MODEL_RECEIVER.test(receiverName(callee))) return true;
  if (WRAPPER.test(method)) return true;
  return known.has(method);
}

/** Calls that neutralise a value for the sinks the scanner knows (escaping, quoting, number parsing). */
const SANITIZER_METHOD =
  /^(?:sanitize\w*|escape\w*|\w*[eE]scape|encodeURI(?:Component)?|quote|purify|parseInt|parseFloat|Number|Boolean|int|float|bool|len|basename|secure_filename|clean|strip_tags|literal_eval|isSafe\w*|validate\w*)$/;

export function isSanitizerCall(src: string, call: SyntaxNode): boolean {
  const callee = calleeText(src, call);
  return SANITIZER_METHOD.test(lastSegment(callee)) || /^(?:DOMPurify|bleach|shlex|html|markupsafe|validator)\./.test(callee);
}
