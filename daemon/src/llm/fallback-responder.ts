import type { ChatBackend, ChatMessage, ChatReply, LlmHealth } from './chat-backend';

const LABEL = '[SOC AI Agents offline responder — no language model is connected]';

/**
 * Answers without a language model so the whole product works offline. Every answer is
 * labelled, so nobody mistakes it for a model's output.
 */
export class FallbackResponder implements ChatBackend {
  constructor(private readonly why = 'no OpenAI API key configured') {}

  reply(messages: ChatMessage[]): Promise<ChatReply> {
    const last = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
    return Promise.resolve({ content: this.answer(last), model: 'soc-fallback', source: 'fallback', note: this.why });
  }

  answer(userText: string): string {
    const t = userText.trim();
    const words = t ? t.split(/\s+/).length : 0;
    const gist = t.length > 80 ? `${t.slice(0, 77)}…` : t;
    return [
      LABEL,
      `Your message (${words} word${words === 1 ? '' : 's'}) passed the security checks${gist ? `: “${gist}”` : ''}.`,
      `I cannot answer it myself (${this.why}). Set an API key (command "SOC: Set OpenAI API Key" or OPENAI_API_KEY) or point the daemon at a compatible server with --upstream to get real answers.`,
    ].join('\n');
  }

  health(): LlmHealth {
    return { configured: false, model: 'soc-fallback', baseURL: '(none)', circuit: 'isolated', lastError: this.why };
  }
}
