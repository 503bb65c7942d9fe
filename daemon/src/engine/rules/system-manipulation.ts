import type { Rule } from './rule';
import { withBudget } from './malicious-input-context';
import { codeExecSinkRule, commandInjectionRule, remoteScriptExecRule, reverseShellRule, shellshockRule } from './system-manipulation-shell';
import { fileInclusionRule, pathTraversalRule, sensitiveFileRule } from './system-manipulation-paths';
import { cloudMetadataRule, internalUrlRule, metadataRequestRule } from './system-manipulation-ssrf';
import { defenseEvasionRule, destructiveCommandRule, destructiveRequestRule, privilegeEscalationRule } from './system-manipulation-destructive';
import { attackCodeRequestRule } from './system-manipulation-attack-code';
import { bulkActionRule } from './system-manipulation-bulk';
import { soxAuditTrailRule, soxRecordTamperingRule } from './system-manipulation-sox';
import { paymentRedirectionRule } from './system-manipulation-payment';

/** System manipulation (`sys-`): commands, paths and URLs that make an agent's tools act against its host. */
export const systemManipulationRules: readonly Rule[] = [
  reverseShellRule,
  commandInjectionRule,
  shellshockRule,
  codeExecSinkRule,
  remoteScriptExecRule,
  pathTraversalRule,
  sensitiveFileRule,
  fileInclusionRule,
  cloudMetadataRule,
  internalUrlRule,
  metadataRequestRule,
  destructiveCommandRule,
  defenseEvasionRule,
  privilegeEscalationRule,
  destructiveRequestRule,
  bulkActionRule,
  paymentRedirectionRule,
  attackCodeRequestRule,
  soxRecordTamperingRule,
  soxAuditTrailRule,
].map((r) => withBudget(r));
