/** Enforcement: live restrictions (the gate), the approvals queue, and the actuators the Remediator calls. */
export type { ApplyOptions, Enforcer } from './enforcer';
export * from './policy';
export { StateEnforcer } from './state-enforcer';
export { ApprovalQueue, type ApprovalDecision } from './approvals';
export * from './actuators';
export { EnforcementInputError, canonicalIp, isSafeCommandArg, parseTarget, type ParsedTarget, type RateScope } from './targets';
