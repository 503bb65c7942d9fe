import type { RuleMeta } from '../types';
import { prepareRule, type Rule } from './rule';
import { promptInjectionRules } from './prompt-injection';
import { dataExfiltrationRules } from './data-exfiltration';
import { systemManipulationRules } from './system-manipulation';
import { privacyViolationRules } from './privacy-violation';
import { maliciousInputRules } from './malicious-input';
import { hiddenUnicodeRules } from './hidden-unicode';
import { OUTPUT_RULES } from './output-rules';
import { DOCUMENT_RULES } from '../../documents/document-rules';

/** Every detection rule, in family order. */
export const ALL_RULES: readonly Rule[] = [
  ...promptInjectionRules,
  ...dataExfiltrationRules,
  ...systemManipulationRules,
  ...privacyViolationRules,
  ...maliciousInputRules,
  ...hiddenUnicodeRules,
];

// Index every rule's keywords and pattern triggers once, before the first scan.
for (const r of ALL_RULES) prepareRule(r);

/** Findings that come from the trained classifier rather than a pattern. */
export const MODEL_RULES: readonly RuleMeta[] = [
  {
    id: 'ml-prompt-injection',
    category: 'prompt_injection',
    severity: 'high',
    owasp: 'LLM01:2025',
    title: 'Classifier: prompt injection or jailbreak',
    description: 'The trained classifier scores the message as an attempt to override the model’s instructions or jailbreak it.',
  },
  {
    id: 'ml-data-exfiltration',
    category: 'data_exfiltration',
    severity: 'critical',
    owasp: 'LLM07:2025',
    title: 'Classifier: data exfiltration',
    description: 'The trained classifier scores the message as an attempt to extract the system prompt, secrets or other protected data.',
  },
  {
    id: 'ml-system-manipulation',
    category: 'system_manipulation',
    severity: 'high',
    owasp: 'LLM06:2025',
    title: 'Classifier: system manipulation',
    description: 'The trained classifier scores the message as an attempt to make an agent run commands, reach internal hosts or damage the system.',
  },
  {
    id: 'ml-privacy-violation',
    category: 'privacy_violation',
    severity: 'high',
    owasp: 'LLM02:2025',
    title: 'Classifier: privacy violation',
    description: 'The trained classifier scores the message as requesting or disclosing personal data about a private person.',
  },
  {
    id: 'ml-malicious-input',
    category: 'malicious_input',
    severity: 'high',
    owasp: 'LLM05:2025',
    title: 'Classifier: malicious input payload',
    description: 'The trained classifier scores the message as an XSS, SQL injection or template injection payload.',
  },
];

/** A catalog entry: engine rules, plus the Builder's behaviour rules (which see traffic, not text). */
export type CatalogEntry = Omit<RuleMeta, 'category'> & { category: RuleMeta['category'] | 'rate_limit_abuse' };

/** Raised by the Builder agent from request behaviour; listed here so every alert's rule id has a page. */
export const BEHAVIOUR_RULES: readonly CatalogEntry[] = [
  ...(['ip', 'session', 'user'] as const).map((d) => ({
    id: `beh-burst-${d}`,
    category: 'rate_limit_abuse' as const,
    severity: 'medium' as const,
    owasp: 'LLM10:2025' as const,
    title: `Request burst from one ${d === 'ip' ? 'IP address' : d}`,
    description: `More requests from one ${d === 'ip' ? 'IP address' : d} inside the sliding window than the burst limit allows: quota exhaustion, brute force or an attack hidden in noise.`,
  })),
  {
    id: 'beh-oversized-input',
    category: 'rate_limit_abuse',
    severity: 'medium',
    owasp: 'LLM10:2025',
    title: 'Oversized input',
    description: 'An input larger than the configured limit: it burns tokens and money and can push instructions out of the model’s context window.',
  },
  {
    id: 'beh-token-flooding',
    category: 'rate_limit_abuse',
    severity: 'medium',
    owasp: 'LLM10:2025',
    title: 'Token flooding (repetitive input)',
    description: 'A long input made of very few distinct tokens: padding used to exhaust context or cost, or to dilute a detector.',
  },
];

/** The public catalog: metadata of every rule id the engine can report. */
export const RULE_CATALOG: readonly CatalogEntry[] = [...ALL_RULES, ...MODEL_RULES, ...BEHAVIOUR_RULES, ...OUTPUT_RULES, ...DOCUMENT_RULES].map(
  ({ id, category, severity, owasp, title, description, pack }) => ({ id, category, severity, owasp, title, description, ...(pack ? { pack } : {}) }),
);

const byId = new Map(RULE_CATALOG.map((r) => [r.id, r]));

export function getRule(id: string): CatalogEntry | undefined {
  return byId.get(id);
}

/** Documentation page for a rule, relative to the repository root. */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}
