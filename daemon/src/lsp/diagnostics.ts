import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import type { Severity } from '../engine/types';
import { DIAGNOSTIC_SOURCE, type DiagnosticData, type DiagnosticLevel, type SocSettings } from '../protocol/lsp';
import type { FileFindings, LocatedFinding } from './findings-store';

/** critical/high are errors, medium a warning, low information — like ESLint's error/warn split. */
const BY_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Error,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information,
};

const BY_LEVEL: Record<Exclude<DiagnosticLevel, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The editor severity of a finding after `socAgents.rules.severityOverrides`; undefined = switched off. */
export function diagnosticSeverity(ruleId: string, severity: Severity, overrides: Record<string, DiagnosticLevel>): DiagnosticSeverity | undefined {
  const level = Object.hasOwn(overrides, ruleId) ? overrides[ruleId] : undefined;
  if (level === 'off') return undefined;
  return level ? BY_LEVEL[level] : BY_SEVERITY[severity];
}

/** Rule ids the user switched off: the scanner drops them before any work is spent on fixes. */
export function disabledRules(settings: SocSettings): Record<string, 'off'> {
  const off: Record<string, 'off'> = {};
  for (const [id, level] of Object.entries(settings.rules.severityOverrides)) if (level === 'off') off[id] = 'off';
  return off;
}

export type HrefFor = (ruleId: string) => string;

export function toDiagnostic(entry: FileFindings, located: LocatedFinding, severity: DiagnosticSeverity, hrefFor: HrefFor): Diagnostic {
  const f = located.finding;
  const data: DiagnosticData = { fingerprint: f.fingerprint, version: entry.version ?? -1 };
  return {
    range: located.range,
    severity,
    code: f.ruleId,
    codeDescription: { href: hrefFor(f.ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    ...(located.related.length > 0
      ? { relatedInformation: located.related.map((r) => ({ location: { uri: entry.uri, range: r.range }, message: r.message })) }
      : {}),
    data,
  };
}

/** All diagnostics of one file, in file order, honouring the severity overrides. */
export function toDiagnostics(entry: FileFindings, settings: SocSettings, hrefFor: HrefFor): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const located of entry.findings) {
    const severity = diagnosticSeverity(located.finding.ruleId, located.finding.severity, settings.rules.severityOverrides);
    if (severity !== undefined) out.push(toDiagnostic(entry, located, severity, hrefFor));
  }
  return out;
}
