/**
 * Developer tool for engine refactors: writes every corpus row's verdict (flagged, category, rule
 * ids with spans) as JSON lines, or compares two such files and lists the rows that changed.
 *   tsx scripts/verdict-snapshot.ts write OUT.jsonl
 *   tsx scripts/verdict-snapshot.ts compare BEFORE.jsonl AFTER.jsonl
 * A speed change should report 0 changed verdicts; a quality change shows exactly what moved.
 */
import * as fs from 'node:fs';
import { scanMessage } from '../daemon/src/engine';
import { loadCorpus } from './lib/corpus';

interface Snap {
  id: string;
  label: string;
  flagged: boolean;
  category: string;
  findings: string[];
}

function write(out: string): void {
  const lines: string[] = [];
  for (const row of loadCorpus()) {
    const v = scanMessage(row.text);
    const findings = v.findings.map((f) => `${f.ruleId}@${f.start}-${f.end}`).sort();
    const snap: Snap = { id: row.id, label: row.label, flagged: v.flagged, category: v.category, findings };
    lines.push(JSON.stringify(snap));
  }
  fs.writeFileSync(out, lines.join('\n') + '\n');
  console.log(`wrote ${lines.length} verdicts to ${out}`);
}

function read(file: string): Map<string, Snap> {
  const m = new Map<string, Snap>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (line) m.set((JSON.parse(line) as Snap).id, JSON.parse(line) as Snap);
  return m;
}

function compare(a: string, b: string): void {
  const before = read(a);
  const after = read(b);
  let verdicts = 0;
  let findings = 0;
  for (const [id, x] of before) {
    const y = after.get(id);
    if (!y) continue;
    if (x.flagged !== y.flagged || x.category !== y.category) {
      verdicts++;
      if (verdicts <= 40) console.log(`verdict ${id} (${x.label}): ${x.flagged}/${x.category} -> ${y.flagged}/${y.category}`);
    }
    if (x.findings.join() !== y.findings.join()) {
      findings++;
      if (findings <= 40) console.log(`findings ${id}: -[${x.findings.filter((f) => !y.findings.includes(f)).join(' ')}] +[${y.findings.filter((f) => !x.findings.includes(f)).join(' ')}]`);
    }
  }
  console.log(`${before.size} rows: ${verdicts} verdict changes, ${findings} finding changes`);
}

const [cmd, a, b] = process.argv.slice(2);
if (cmd === 'write' && a) write(a);
else if (cmd === 'compare' && a && b) compare(a, b);
else {
  console.error('usage: verdict-snapshot.ts write OUT.jsonl | compare BEFORE.jsonl AFTER.jsonl');
  process.exitCode = 2;
}
