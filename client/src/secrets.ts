/** The SecretStorage key of the OpenAI API key (never a setting, never logged). */
export const OPENAI_KEY_SECRET = 'socAgents.openaiApiKey';
