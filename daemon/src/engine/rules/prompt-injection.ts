import type { Rule } from './rule';
import { overrideRules } from './prompt-injection-override';
import { personaRules } from './prompt-injection-persona';
import { roleplayRules } from './prompt-injection-roleplay';
import { delimiterRules } from './prompt-injection-delimiters';
import { indirectRules } from './prompt-injection-indirect';
import { pretextRule } from './prompt-injection-pretext';
import { taskInjectionRule } from './prompt-injection-task';
import { concealmentRule } from './prompt-injection-concealment';
import { refusalSuppressionRule } from './prompt-injection-refusal';
import { falsePriorConsentRule } from './prompt-injection-consent';
import { filterEvasionRule } from './prompt-injection-filter-evasion';
import { manyShotPrimingRule } from './prompt-injection-priming';

/**
 * Prompt injection and jailbreak rules (OWASP LLM01:2025). Patterns are written against the
 * lower-cased, folded view; multilingual phrase lists live in lexicon-*.ts.
 */
export const promptInjectionRules: readonly Rule[] = [...overrideRules, ...personaRules, ...roleplayRules, ...delimiterRules, ...indirectRules, concealmentRule, refusalSuppressionRule, falsePriorConsentRule, filterEvasionRule, manyShotPrimingRule, taskInjectionRule, pretextRule];
