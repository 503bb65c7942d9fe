import { randomUUID } from 'node:crypto';

export const FALLBACK_MODEL = 'soc-fallback';

interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

/** A rough token count (words), enough for clients that read `usage`. */
function approxTokens(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

function usageOf(prompt: string, answer: string): Usage {
  const p = approxTokens(prompt);
  const c = approxTokens(answer);
  return { prompt_tokens: p, completion_tokens: c, total_tokens: p + c };
}

/** The fallback responder's answer as an OpenAI `chat.completion` (JSON text). */
export function fallbackCompletion(answer: string, prompt: string, nowMs: number): string {
  return JSON.stringify({
    id: `chatcmpl-soc-${randomUUID()}`,
    object: 'chat.completion',
    created: Math.floor(nowMs / 1000),
    model: FALLBACK_MODEL,
    choices: [{ index: 0, message: { role: 'assistant', content: answer, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: usageOf(prompt, answer),
    system_fingerprint: null,
  });
}

/** The same answer as `chat.completion.chunk` payloads (role, words, finish, optional usage). */
export function fallbackChunks(answer: string, prompt: string, nowMs: number, includeUsage: boolean): string[] {
  const id = `chatcmpl-soc-${randomUUID()}`;
  const created = Math.floor(nowMs / 1000);
  const chunk = (delta: Record<string, unknown>, finish: string | null, extra: Record<string, unknown> = {}): string =>
    JSON.stringify({ id, object: 'chat.completion.chunk', created, model: FALLBACK_MODEL, system_fingerprint: null, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], ...extra });
  const out = [chunk({ role: 'assistant', content: '' }, null)];
  for (const piece of answer.match(/\S+\s*|\s+/g) ?? []) out.push(chunk({ content: piece }, null));
  out.push(chunk({}, 'stop'));
  if (includeUsage) {
    out.push(JSON.stringify({ id, object: 'chat.completion.chunk', created, model: FALLBACK_MODEL, system_fingerprint: null, choices: [], usage: usageOf(prompt, answer) }));
  }
  return out;
}

/** `GET /v1/models` with no upstream configured. */
export function fallbackModels(nowMs: number): { object: 'list'; data: { id: string; object: 'model'; created: number; owned_by: string }[] } {
  return { object: 'list', data: [{ id: FALLBACK_MODEL, object: 'model', created: Math.floor(nowMs / 1000), owned_by: 'soc-ai-agents' }] };
}
