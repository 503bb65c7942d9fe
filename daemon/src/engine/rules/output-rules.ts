import type { CatalogEntry } from './catalog';

const secret = (id: string, what: string): CatalogEntry => ({
  id: `out-secret-${id}`,
  category: 'data_exfiltration',
  severity: 'critical',
  owasp: 'LLM02:2025',
  title: `Model output leaks ${what}`,
  description: `A model response contains ${what}. The proxy redacts it before the client sees it (or blocks the response, by policy); in a reply read from an agent's log the SOC redacts it from what it stores and raises an alert.`,
});

/** Findings of the reply scanner (model responses, not user input: the proxy's, and the Builder's on logged replies). Metadata only. */
export const OUTPUT_RULES: readonly CatalogEntry[] = [
  secret('openai-key', 'an OpenAI API key'),
  secret('aws-key', 'an AWS access key'),
  secret('github-token', 'a GitHub token'),
  secret('google-key', 'a Google API key'),
  secret('slack-token', 'a Slack token'),
  secret('stripe-key', 'a Stripe secret key'),
  secret('private-key', 'a private key block'),
  secret('jwt', 'a JSON Web Token'),
  secret('bearer-token', 'a bearer token'),
  secret('assignment', 'a password or secret assignment'),
  {
    id: 'out-exfil-markdown-image',
    category: 'data_exfiltration',
    severity: 'critical',
    owasp: 'LLM02:2025',
    title: 'Model output: markdown image that carries data to an outside host',
    description: 'A response renders an image whose URL query carries conversation data to a host that is not part of the conversation: the client fetches it and leaks the data without a click.',
  },
  {
    id: 'out-exfil-markdown-link',
    category: 'data_exfiltration',
    severity: 'high',
    owasp: 'LLM02:2025',
    title: 'Model output: link that carries data to an outside host',
    description: 'A response contains a link whose URL carries conversation data to a host that is not part of the conversation.',
  },
  {
    id: 'out-system-prompt-leak',
    category: 'data_exfiltration',
    severity: 'high',
    owasp: 'LLM07:2025',
    title: 'Model output repeats the system prompt',
    description: 'A response repeats a long verbatim part of the request’s system message: the hidden instructions leak to the user.',
  },
];
