/** The detection engine: pure, synchronous, no I/O beyond loading its committed model once. */
export { scanMessage } from './scan';
export { RULE_CATALOG, getRule, ruleDocPath } from './rules/catalog';
export { THRESHOLDS } from './decide';
export * from './types';
