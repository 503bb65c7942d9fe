/** The three SOC agents and their parts. */
export { Builder, type BuilderDeps, type BuilderOptions, type BuilderStats, type InspectResult } from './builder/builder';
export { BurstDetector, DEFAULT_BURST, type Burst, type BurstOptions } from './builder/burst-detector';
export { FloodDetector, DEFAULT_FLOOD, type Flood, type FloodOptions } from './builder/flood-detector';
export { Analyst, correlationKey, patternKey, type AnalystDeps, type AnalystOptions, type AnalystStats } from './analyst/analyst';
export { TemplateSummarizer, type Summarizer, type SourcedSummarizer, type SummaryResult } from './analyst/summarizer';
export { LlmSummarizer, type LlmCall, type LlmSummarizerOptions } from './analyst/llm-summarizer';
export { decideSeverity, type SeverityDecision, type SeverityInput } from './analyst/severity';
export { buildPlaybook, targetFor, type Playbook } from './analyst/playbook';
export { FpScorer, CONTEXT_WEIGHTS, type FpContext, type FpModelFile, type FpScore } from './fp/fp-model';
export { Remediator, executionKey, type ActuatorLookup, type ApprovalRequester, type RemediatorDeps, type RemediatorOptions, type RemediatorStats } from './remediator/remediator';
