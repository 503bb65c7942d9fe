/** Names of variables and placeholders that carry text from users, the web or retrieved documents. */
const UNTRUSTED = new Set([
  'user', 'input', 'inputs', 'query', 'question', 'questions', 'message', 'messages', 'msg', 'request', 'req', 'prompt', 'text',
  'content', 'contents', 'document', 'documents', 'doc', 'docs', 'context', 'comment', 'comments', 'review', 'reviews', 'page',
  'html', 'webpage', 'website', 'search', 'results', 'retrieved', 'transcript', 'ticket', 'feedback', 'body', 'payload', 'upload',
  'attachment', 'chat', 'conversation', 'history', 'utterance', 'customer', 'article', 'snippet', 'snippets', 'passage', 'passages',
  'chunk', 'chunks', 'email', 'instruction', 'instructions', 'answer', 'reply', 'post', 'tweet', 'description',
]);

/** Last words that make a name metadata rather than free text: `user_name`, `message_id`, `doc_type`. */
const METADATA = new Set([
  'name', 'names', 'id', 'ids', 'role', 'roles', 'language', 'lang', 'locale', 'timezone', 'tz', 'date', 'time', 'timestamp', 'count',
  'type', 'format', 'length', 'limit', 'version', 'model', 'url', 'email', 'title', 'level', 'tier', 'age', 'country', 'city', 'len', 'index',
]);

/** `userMessage` → [user, message]; `doc.page_content` → [doc, page, content]. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
}

/** Whether a placeholder or variable name suggests untrusted free text. */
export function isUntrustedName(name: string): boolean {
  const tokens = nameTokens(name);
  if (tokens.length === 0) return false;
  if (tokens.length > 1 && METADATA.has(tokens[tokens.length - 1])) return false;
  // `system_prompt`, `instructions` alone are the developer's text, not the user's.
  if (tokens.includes('system') || (tokens.length === 1 && (tokens[0] === 'instructions' || tokens[0] === 'instruction'))) return false;
  return tokens.some((t) => UNTRUSTED.has(t));
}

/** Narrower: names of what a user typed (not retrieved documents or context). */
const USER_INPUT = new Set(['user', 'input', 'query', 'question', 'message', 'msg', 'request', 'req', 'prompt', 'utterance', 'comment', 'feedback', 'chat', 'text']);

export function isUserInputName(name: string): boolean {
  const tokens = nameTokens(name);
  if (tokens.length === 0 || tokens.includes('system')) return false;
  if (tokens.length > 1 && METADATA.has(tokens[tokens.length - 1])) return false;
  // `messages` is a conversation array, `prompt` alone is usually the developer's template.
  if (tokens.length === 1 && (tokens[0] === 'prompt' || tokens[0] === 'text')) return false;
  return tokens.some((t) => USER_INPUT.has(t));
}
