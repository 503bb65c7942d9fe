import { severityRank, type Severity } from '../../engine/types';
import { LineIndex } from '../text/lines';
import type { ScanFilesResult } from './scan-files';

const ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** ESLint-style text: a block per file with `line:col  severity  message  rule-id`, then a summary. */
export function formatText(scan: ScanFilesResult, color = false): string {
  const paint = (code: number, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sevColor: Record<Severity, number> = { critical: 35, high: 31, medium: 33, low: 36 };
  const out: string[] = [];
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  let withFindings = 0;
  for (const file of scan.files) {
    if (file.result.findings.length === 0) continue;
    withFindings++;
    const lines = new LineIndex(file.text);
    const rows = file.result.findings.map((f) => {
      const p = lines.position(f.start);
      counts[f.severity]++;
      return [`${p.line + 1}:${p.character + 1}`, f.severity, f.message.replace(/\s+/g, ' '), f.ruleId] as const;
    });
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    out.push(paint(4, file.path));
    for (const [pos, sev, msg, id] of rows) out.push(`  ${pos.padEnd(w0)}  ${paint(sevColor[sev], sev.padEnd(w1))}  ${msg}  ${paint(2, id)}`);
    out.push('');
  }
  for (const s of scan.skipped) out.push(`${paint(2, 'skipped')} ${s.path}: ${s.reason}`);
  if (scan.skipped.length > 0) out.push('');
  const total = ORDER.reduce((n, s) => n + counts[s], 0);
  const suppressed = scan.files.reduce((n, f) => n + f.result.suppressed, 0);
  const tail = `${scan.files.length} file${scan.files.length === 1 ? '' : 's'} scanned${suppressed > 0 ? `, ${suppressed} suppressed by soc-ignore` : ''}${scan.skipped.length > 0 ? `, ${scan.skipped.length} skipped` : ''}`;
  if (total === 0) out.push(`No problems found (${tail}).`);
  else {
    const bySev = ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`).join(', ');
    out.push(paint(1, `✖ ${total} problem${total === 1 ? '' : 's'} (${bySev}) in ${withFindings} file${withFindings === 1 ? '' : 's'}; ${tail}.`));
  }
  return `${out.join('\n')}\n`;
}

/** JSON: an array with every scanned file and its findings (line/column added, 1-based), then the skipped files with a reason. */
export function formatJson(scan: ScanFilesResult): string {
  const files = scan.files.map((file) => {
    const lines = new LineIndex(file.text);
    return {
      path: file.path,
      kind: file.kind,
      suppressed: file.result.suppressed,
      findings: file.result.findings.map((f) => {
        const s = lines.position(f.start);
        const e = lines.position(f.end);
        return { ...f, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
      }),
    };
  });
  const skipped = scan.skipped.map((s) => ({ path: s.path, skipped: s.reason, findings: [] }));
  return `${JSON.stringify([...files, ...skipped], null, 2)}\n`;
}

/** Whether any finding is at or above `threshold`. */
export function hasFindingAtOrAbove(scan: ScanFilesResult, threshold: Severity): boolean {
  return scan.files.some((f) => f.result.findings.some((x) => severityRank(x.severity) >= severityRank(threshold)));
}
