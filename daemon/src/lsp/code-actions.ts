import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, SHOW_RULE_DOCS_COMMAND, type DiagnosticData, type ShowRuleDocsArgs } from '../protocol/lsp';
import type { HrefFor } from './diagnostics';
import type { FileFindings } from './findings-store';

function dataOf(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as Partial<DiagnosticData> | undefined;
  return data && typeof data.fingerprint === 'string' && typeof data.version === 'number' ? (data as DiagnosticData) : undefined;
}

/**
 * The scanner's fixes for the diagnostics in the request (remove hidden characters, redact a
 * secret, delimit untrusted input, `soc-ignore` with a reason), then "Show documentation". Fix
 * offsets index the scanned text, so they apply only while the document is still that version.
 */
export function codeActionsFor(doc: TextDocument, entry: FileFindings | undefined, diagnostics: readonly Diagnostic[], hrefFor: HrefFor, documentChanges = true): CodeAction[] {
  if (!entry || entry.version !== doc.version) return [];
  const byFingerprint = new Map(entry.findings.map((l) => [l.finding.fingerprint, l.finding]));
  const fixes: CodeAction[] = [];
  const ignores: CodeAction[] = [];
  const docs = new Map<string, CodeAction>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const data = dataOf(diagnostic);
    const finding = data && data.version === doc.version ? byFingerprint.get(data.fingerprint) : undefined;
    if (!finding) continue;
    for (const fix of finding.fixes ?? []) {
      const edits: TextEdit[] = fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        // Versioned edits make the editor refuse a fix computed for text that has changed since.
        edit: documentChanges ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] } : { changes: { [doc.uri]: edits } },
        ...(fix.preferred ? { isPreferred: true } : {}),
      };
      (fix.kind === 'ignore' ? ignores : fixes).push(action);
    }
    if (!docs.has(finding.ruleId)) {
      const args: ShowRuleDocsArgs = [finding.ruleId, hrefFor(finding.ruleId)];
      docs.set(finding.ruleId, {
        title: `Show documentation for ${finding.ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Show documentation for ${finding.ruleId}`, command: SHOW_RULE_DOCS_COMMAND, arguments: args },
      });
    }
  }
  // Real fixes first, then ignore comments, then documentation (ESLint's order).
  return [...fixes, ...ignores, ...docs.values()];
}
