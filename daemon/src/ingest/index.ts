/** Log monitoring: environment presets and the tailer that turns agent log lines into SecurityEvents. */
export { ENVIRONMENTS, isEnvironment, resolvePreset, type Preset, type PresetOptions } from './presets';
export { LogTailer, type LogTailerOptions, type TailerDeps } from './log-tailer';
export { busSink, logEventId, toSecurityEvent, type LineSink, type LogLine } from './log-event';
export { parseLogLine, extractIp, type ParsedLine } from './parse-line';
export type { OffsetStore, TailStats } from './file-tail';
