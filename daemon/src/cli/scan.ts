import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SEVERITIES, type SecurityMode, type Severity } from '../engine/types';
import { formatJson, formatText, hasFindingAtOrAbove } from '../documents/report/format';
import { sarifReport } from '../documents/report/sarif';
import { scanFiles } from '../documents/report/scan-files';
import type { Io } from './check';
import { UsageError } from './usage-error';

declare const PACKAGE_VERSION: string | undefined;

export const SCAN_HELP = `Usage: soc-agents scan [PATHS...] [options]

Scans prompt files, agent-instruction files (AGENTS.md, CLAUDE.md, .cursorrules, ...), MCP
configs (mcp.json, claude_desktop_config.json) and agent code (TypeScript, JavaScript, Python)
with the same rules the editor uses. PATHS are files or folders (default: .); node_modules,
.git and dist are skipped, and so are files over 5 MB (reported).

Options:
  --format text|json|sarif   output format (default: text)
  --fail-on SEVERITY         exit 1 when a finding is at or above low|medium|high|critical
  --include GLOB             only scan matching files (repeatable)
  --exclude GLOB             skip matching files (repeatable)
  --output FILE              write the report to FILE instead of standard output
  --mode MODE                default|security_aware|strict (default: default)

A pattern without "/" matches file names anywhere; others match paths relative to the current
folder. Suppress a reviewed finding with a comment on its line or the line above:
  soc-ignore RULE-ID -- reason

Exit codes: 0 no finding at or above --fail-on (or no --fail-on), 1 at least one, 2 usage error.
`;

const FORMATS = ['text', 'json', 'sarif'] as const;
const MODES: readonly SecurityMode[] = ['default', 'security_aware', 'strict'];

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`unknown ${what} "${value}" (expected one of: ${allowed.join(', ')})`);
  return value as T;
}

/** `soc-agents scan`; resolves to the exit code. */
export async function runScan(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      include: { type: 'string', multiple: true },
      exclude: { type: 'string', multiple: true },
      output: { type: 'string' },
      mode: { type: 'string' },
    },
  });
  const format = oneOf(values.format, FORMATS, 'format') ?? 'text';
  const failOn: Severity | undefined = oneOf(values['fail-on'], SEVERITIES, 'severity for --fail-on');
  const mode = oneOf(values.mode, MODES, 'mode') ?? 'default';
  const cwd = process.cwd();
  const paths = positionals.length > 0 ? positionals : ['.'];

  let scan;
  try {
    scan = await scanFiles({ paths, cwd, include: values.include, exclude: values.exclude, scan: { mode } });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`no such file or folder: ${(e as NodeJS.ErrnoException).path ?? ''}`);
    throw e;
  }

  const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev';
  const report =
    format === 'json'
      ? formatJson(scan)
      : format === 'sarif'
        ? `${JSON.stringify(sarifReport(scan.files.map((f) => ({ path: f.path, text: f.text, result: f.result })), version, { rootDir: cwd }), null, 2)}\n`
        : formatText(scan, values.output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR);
  if (values.output !== undefined) writeFileSync(values.output, report);
  else io.write(report);
  return failOn !== undefined && hasFindingAtOrAbove(scan, failOn) ? 1 : 0;
}
