import { parseArgs } from 'node:util';
import { RULE_CATALOG } from '../engine';
import type { Io } from './check';

/** `soc-agents rules`: the catalog as an aligned table or JSON. */
export function runRules(argv: string[], io: Io): number {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' } } });
  if (values.json) {
    io.write(JSON.stringify(RULE_CATALOG, null, 2) + '\n');
    return 0;
  }
  const rows = RULE_CATALOG.map((r) => [r.id, r.category, r.severity, r.owasp, r.pack ?? '', r.title]);
  const header = ['ID', 'CATEGORY', 'SEVERITY', 'OWASP', 'PACK', 'TITLE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [header, ...rows]) io.write(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ') + '\n');
  return 0;
}
