import { parseArgs } from 'node:util';
import type { AuditRecord } from '../protocol/domain';
import { resolveDataDir } from '../store/data-dir';
import { openStore } from '../store/sqlite-store';
import type { Io } from './check';
import { UsageError } from './usage-error';

export const AUDIT_HELP = `Usage: soc-agents audit <verify|list> [options]

Inspect the tamper-evident audit trail in the data folder.

  verify            Walk the hash chain; exit 0 if intact, 1 if broken (names the first bad record).
  list              Print audit records, newest first.

Options:
  --data-dir DIR    Data folder (default: $SOC_AGENTS_DATA_DIR, else ~/.soc-agents)
  --limit N         list: at most N records (default 50)
  --search TEXT     list: only records whose action, target, reason or actor contains TEXT
  --json            Machine-readable output

The daemon holds the database exclusively while it runs; stop it before using this command.
`;

const ONE_LINE = (s: string): string => s.replace(/[\r\n\t]+/g, ' ');

function table(records: AuditRecord[]): string {
  const rows = records.map((r) => [String(r.seq), new Date(r.ts).toISOString(), r.actor, r.action, r.target, ONE_LINE(r.reason)]);
  const header = ['SEQ', 'TIME', 'ACTOR', 'ACTION', 'TARGET', 'REASON'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [header, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ') + '\n').join('');
}

/** `soc-agents audit verify|list`; resolves to the exit code (verify: 0 intact, 1 broken). */
export async function runAudit(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      limit: { type: 'string' },
      search: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const [sub, ...extra] = positionals;
  if (sub !== 'verify' && sub !== 'list') throw new UsageError(`expected "verify" or "list"${sub === undefined ? '' : `, got "${sub}"`} (see soc-agents audit --help)`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (sub === 'verify' && (values.limit !== undefined || values.search !== undefined)) throw new UsageError('--limit and --search apply to "list" only');
  let limit = 50;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive integer, got "${values.limit}"`);
  }

  // mustExist: a read-only command never leaves an empty database behind a typo in --data-dir.
  const store = await openStore(resolveDataDir(values['data-dir']), { mustExist: true });
  try {
    if (sub === 'verify') {
      const check = await store.verifyAudit();
      if (values.json) io.write(JSON.stringify({ ...check, db: store.dbPath }) + '\n');
      else if (check.ok) io.write(`audit chain intact: ${check.checked} record(s) verified in ${store.dbPath}\n`);
      else io.write(`audit chain BROKEN at record ${check.brokenAt ?? '?'}: ${check.reason ?? 'unknown'} (${check.checked} record(s) verified before it) in ${store.dbPath}\n`);
      return check.ok ? 0 : 1;
    }
    const records = await store.listAudit({ limit, text: values.search });
    io.write(values.json ? JSON.stringify(records, null, 2) + '\n' : records.length === 0 ? 'no audit records\n' : table(records));
    return 0;
  } finally {
    await store.close();
  }
}
