import type { Rule } from './rule';
import { withBudget } from './malicious-input-context';
import { xssEventHandlerRule, xssHtmlInjectionRule, xssJavascriptUrlRule, xssJsBreakoutRule, xssScriptTagRule } from './malicious-input-xss';
import { sqliBlindRule, sqliCommentRule, sqliConstantProbeRule, sqliStackedRule, sqliTautologyRule, sqliUnionRule } from './malicious-input-sqli';
import { jndiLookupRule, templateInjectionRule } from './malicious-input-template';
import { crlfInjectionRule, ldapInjectionRule, nosqlInjectionRule, spreadsheetFormulaRule, xxeRule } from './malicious-input-misc';

/** Malicious input (`inj-`): payloads that attack whatever renders or executes the model's input or output. */
export const maliciousInputRules: readonly Rule[] = [
  xssScriptTagRule,
  xssEventHandlerRule,
  xssJavascriptUrlRule,
  xssHtmlInjectionRule,
  xssJsBreakoutRule,
  sqliTautologyRule,
  sqliUnionRule,
  sqliStackedRule,
  sqliBlindRule,
  sqliCommentRule,
  sqliConstantProbeRule,
  templateInjectionRule,
  jndiLookupRule,
  nosqlInjectionRule,
  ldapInjectionRule,
  xxeRule,
  crlfInjectionRule,
  spreadsheetFormulaRule,
].map((r) => withBudget(r));
