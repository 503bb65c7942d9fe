/** Shared vocabulary of the detection engine. Pure data: no I/O, no Node APIs. */

export const THREAT_CATEGORIES = [
  'prompt_injection',
  'data_exfiltration',
  'system_manipulation',
  'privacy_violation',
  'malicious_input',
] as const;
export type ThreatCategory = (typeof THREAT_CATEGORIES)[number];

/** Hidden Unicode is reported as its own finding category; it is not a model class. */
export type FindingCategory = ThreatCategory | 'hidden_unicode';
export type VerdictCategory = FindingCategory | 'benign';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** OWASP Top 10 for LLM Applications 2025. */
export type OwaspLlmId =
  | 'LLM01:2025' // Prompt Injection
  | 'LLM02:2025' // Sensitive Information Disclosure
  | 'LLM03:2025' // Supply Chain
  | 'LLM04:2025' // Data and Model Poisoning
  | 'LLM05:2025' // Improper Output Handling
  | 'LLM06:2025' // Excessive Agency
  | 'LLM07:2025' // System Prompt Leakage
  | 'LLM08:2025' // Vector and Embedding Weaknesses
  | 'LLM09:2025' // Misinformation
  | 'LLM10:2025'; // Unbounded Consumption

export type SecurityMode = 'default' | 'security_aware' | 'strict';
export type RulePack = 'hipaa' | 'pci' | 'sox';

/**
 * Where a message came from; indirect sources (documents, tool results, other agents) are scanned for
 * embedded instructions. `assistant` is the model's own reply; `agent` a message another agent of a
 * multi-agent system handed over (a planner's task, a sub-agent's result): as untrusted as a tool result.
 */
export type MessageSource = 'user' | 'system' | 'assistant' | 'agent' | 'tool_result' | 'document' | 'code_comment' | 'prompt_file';

export interface ScanContext {
  source?: MessageSource;
  mode?: SecurityMode;
  rulePacks?: readonly RulePack[];
  /** Rule ids switched off by the caller (settings, ignore comments). */
  disabledRules?: readonly string[];
  /**
   * Run the classifier (default: true, except for `system`, `prompt_file`, `assistant` and `code_comment` sources). Callers that
   * keep only pattern findings turn it off: the document scanner judges files by their rules, and
   * the classifier is a third of a scan's cost.
   */
  classifier?: boolean;
}

/** Text that reached the model from a third party rather than its user: planted instructions weigh more there. */
export function fromThirdParty(ctx: ScanContext): boolean {
  return ctx.source === 'document' || ctx.source === 'tool_result' || ctx.source === 'agent' || ctx.source === 'code_comment';
}

export interface RuleMeta {
  /** Stable, kebab-case, family-prefixed: `pi-…`, `exf-…`, `sys-…`, `pii-…`, `inj-…`, `uni-…`, `ml-…`. */
  readonly id: string;
  readonly category: FindingCategory;
  readonly severity: Severity;
  readonly owasp: OwaspLlmId;
  readonly title: string;
  /** One or two sentences: what it catches and why it matters. */
  readonly description: string;
  /** Set on rules that only run with a rule pack (medical, financial presets). */
  readonly pack?: RulePack;
}

export interface Finding {
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  /** 0..1: how sure this rule is that the span is malicious. */
  confidence: number;
  /** UTF-16 offsets into the ORIGINAL text (end exclusive). */
  start: number;
  end: number;
  /** The original characters at [start, end), clipped to a readable length. */
  evidence: string;
  /** Set when the match was found inside decoded or de-obfuscated text. */
  decodedFrom?: ViewKind;
}

export interface Verdict {
  flagged: boolean;
  category: VerdictCategory;
  severity: Severity | 'none';
  /** 0..1 probability that the message is an attack. */
  score: number;
  findings: Finding[];
  /** Per-category probabilities from the trained classifier. */
  probabilities: Record<ThreatCategory | 'benign', number>;
}

/** The kinds of text the rules look at; each is a transform of the original with an offset map back. */
export type ViewKind = 'folded' | 'deobfuscated' | 'tags' | 'base64' | 'hex' | 'url' | 'html_entities' | 'rot13' | 'reversed';
