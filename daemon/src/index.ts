/**
 * Public API of the `soc-ai-agents` package: embed the detection engine in another program.
 *
 *   const { scanMessage, RULE_CATALOG } = require('soc-ai-agents');
 *   scanMessage('Ignore all previous instructions').flagged // true
 */
export { scanMessage, RULE_CATALOG, getRule, ruleDocPath, THRESHOLDS } from './engine';
export type {
  Finding,
  Verdict,
  ScanContext,
  RuleMeta,
  Severity,
  ThreatCategory,
  FindingCategory,
  VerdictCategory,
  SecurityMode,
  RulePack,
  MessageSource,
  OwaspLlmId,
} from './engine';
