import { createHash } from 'node:crypto';
import type { ResponsePolicy } from '../enforce/policy';
import { resolvePreset } from '../ingest/presets';
import { llmConfigFromEnv, type LlmConfig } from '../llm/chat-backend';
import type { SocSettings } from '../protocol/lsp';

/** The response policy the settings ask for: the environment preset in the security mode, with the user's limits. */
export function policyFromSettings(settings: SocSettings, workspace: string): ResponsePolicy {
  const policy = resolvePreset(settings.environment, { baseDir: workspace, mode: settings.securityMode }).policy;
  return {
    ...policy,
    rateLimit: { requests: settings.rateLimit.requests, windowSec: settings.rateLimit.windowSeconds },
    blockDurationSec: settings.blockDurationSeconds,
  };
}

/**
 * The LLM backend's configuration: model and base URL from settings (when set), the key from the
 * extension's SecretStorage (when handed over) else the environment. The key never comes from settings.
 */
export function llmConfigFromSettings(settings: SocSettings, apiKey: string | null | undefined, env: NodeJS.ProcessEnv, upstream?: string): LlmConfig {
  const base = llmConfigFromEnv(env, upstream ? { baseURL: upstream } : {});
  const config: LlmConfig = { ...base, model: settings.openai.model || base.model };
  if (settings.openai.baseUrl) config.baseURL = settings.openai.baseUrl;
  if (apiKey === null) delete config.apiKey;
  else if (apiKey) config.apiKey = apiKey;
  return config;
}

/** A secret-free identity of an LLM configuration: rebuild the backend only when it changes (keeps the circuit breaker's state). */
export function llmConfigKey(c: LlmConfig): string {
  // A hash tells two keys apart without keeping the key itself in a second place.
  const keyTag = c.apiKey ? createHash('sha256').update(c.apiKey).digest('hex').slice(0, 16) : 'none';
  return JSON.stringify([c.model, c.baseURL ?? '', keyTag]);
}
