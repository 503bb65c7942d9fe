import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { ActorRef, MessageSource } from '../../protocol/domain';

const contentPart = z.looseObject({ type: z.string(), text: z.string().optional() });

const message = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
  content: z.union([z.string(), z.array(contentPart), z.null()]).optional(),
  name: z.string().optional(),
  tool_calls: z.array(z.looseObject({})).optional(),
  tool_call_id: z.string().optional(),
});

/**
 * The fields the proxy reads from a chat completion request. Everything else (temperature, tools,
 * response_format, stream_options, ...) is forwarded to the upstream untouched.
 */
export const chatCompletionBody = z.looseObject({
  model: z.string().min(1, 'must not be empty'),
  messages: z.array(message).min(1, 'must contain at least one message'),
  stream: z.boolean().optional(),
  user: z.string().optional(),
});

export type ChatCompletionBody = z.infer<typeof chatCompletionBody>;
export type ChatMessageIn = ChatCompletionBody['messages'][number];

/** Where a message's text came from, for the engine: tool output is indirect (untrusted) input. */
export function sourceOf(role: ChatMessageIn['role']): MessageSource {
  switch (role) {
    case 'user':
      return 'user';
    case 'tool':
    case 'function':
      return 'tool_result';
    case 'system':
    case 'developer':
      return 'system';
    case 'assistant':
      return 'assistant';
  }
}

/** Human words for the refusal message. */
export function roleLabel(role: ChatMessageIn['role']): string {
  return role === 'tool' || role === 'function' ? 'tool result' : `${role} message`;
}

/** The text of a message: the string content, or its text parts joined by newlines. */
export function messageText(m: ChatMessageIn): string {
  const c = m.content;
  if (typeof c === 'string') return c;
  if (!Array.isArray(c)) return '';
  const parts: string[] = [];
  for (const p of c) if (typeof p.text === 'string' && p.text !== '') parts.push(p.text);
  return parts.join('\n');
}

/** The system (and developer) prompt of a request, for leak detection in the reply. */
export function systemPromptOf(messages: readonly ChatMessageIn[]): string {
  return messages
    .filter((m) => m.role === 'system' || m.role === 'developer')
    .map(messageText)
    .filter((t) => t !== '')
    .join('\n');
}

/** The last user message's text (what the fallback responder answers). */
export function lastUserText(messages: readonly ChatMessageIn[]): string {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].role === 'user') return messageText(messages[i]);
  return '';
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s !== '' && s.length <= 256 ? s : undefined;
}

/** The actor: the client IP, the session from `x-session-id`, the user from `x-user-id` or the body's `user`. */
export function actorOf(req: IncomingMessage, ip: string, bodyUser: string | undefined): ActorRef {
  const actor: ActorRef = { ip };
  const sessionId = header(req, 'x-session-id');
  const userId = header(req, 'x-user-id') ?? (bodyUser !== undefined && bodyUser !== '' && bodyUser.length <= 256 ? bodyUser : undefined);
  if (sessionId) actor.sessionId = sessionId;
  if (userId) actor.userId = userId;
  return actor;
}
