/** What the chat endpoint needs from a language model, whichever one answers. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatReply {
  content: string;
  model: string;
  /** `fallback` answers are produced locally and say so in their text. */
  source: 'llm' | 'fallback';
  /** Why the fallback answered (no key configured, upstream down, circuit open). */
  note?: string;
}

export type CircuitState = 'closed' | 'open' | 'half-open' | 'isolated';

export interface LlmHealth {
  configured: boolean;
  model: string;
  /** Base URL without credentials; never the key. */
  baseURL: string;
  circuit: CircuitState;
  lastError?: string;
  lastLatencyMs?: number;
}

export interface ChatBackend {
  reply(messages: ChatMessage[]): Promise<ChatReply>;
  health(): LlmHealth;
}

export interface LlmConfig {
  /** OpenAI (or compatible) key; from SecretStorage or the environment, never from settings files. */
  apiKey?: string;
  /** OpenAI, Azure OpenAI (…/openai/v1), Ollama (http://127.0.0.1:11434/v1) or any compatible server. */
  baseURL?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
}

export const DEFAULT_LLM: LlmConfig = { model: 'gpt-4o-mini', timeoutMs: 15_000, maxRetries: 2 };

/** Reads the LLM configuration from the environment (the extension passes SecretStorage values this way). */
export function llmConfigFromEnv(env: NodeJS.ProcessEnv = process.env, overrides: Partial<LlmConfig> = {}): LlmConfig {
  const apiKey = env.SOC_AGENTS_OPENAI_API_KEY ?? env.OPENAI_API_KEY;
  const baseURL = env.SOC_AGENTS_OPENAI_BASE_URL ?? env.OPENAI_BASE_URL;
  return {
    ...DEFAULT_LLM,
    ...(apiKey ? { apiKey } : {}),
    ...(baseURL ? { baseURL } : {}),
    ...(env.SOC_AGENTS_OPENAI_MODEL ? { model: env.SOC_AGENTS_OPENAI_MODEL } : {}),
    ...(Number(env.SOC_AGENTS_OPENAI_TIMEOUT_MS) > 0 ? { timeoutMs: Number(env.SOC_AGENTS_OPENAI_TIMEOUT_MS) } : {}),
    ...overrides,
  };
}

/** A URL safe to show: credentials and query removed. */
export function displayUrl(url: string | undefined): string {
  if (!url) return 'https://api.openai.com/v1';
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.search = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '(invalid URL)';
  }
}
