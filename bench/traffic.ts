/**
 * Agent traffic: what the proxy and the agents' event feed scan besides user messages — tool
 * results (JSON, HTML, XML, CSV, logs, shell output, READMEs), system prompts and the LLM's replies —
 * ordinary and with attacks planted in them (test/fixtures/traffic/agent-traffic.jsonl, written for
 * the project). Session 5 wrote it while fixing these false-positive classes, so it guards against
 * regressions rather than measuring generalization (that is the probe's job). Replies are judged by
 * the engine's rules here; the proxy's output scanner (reply-scan) adds the leak checks
 * (secrets, PII, system-prompt echo, images that carry data to a foreign host).
 */
import { scanMessage } from '../daemon/src/engine';
import { loadTraffic } from '../scripts/lib/probe';
import { printTable } from './table';

export function runTrafficBench(): void {
  const rows = loadTraffic();
  const sources = [...new Set(rows.map((r) => r.source))];
  const table: (string | number)[][] = [];
  const falsePositives: string[] = [];
  for (const source of sources) {
    const sel = rows.filter((r) => r.source === source);
    let fp = 0;
    let hit = 0;
    for (const r of sel) {
      const v = scanMessage(r.text, { source });
      if (r.label === 'attack' && v.flagged) hit++;
      if (r.label === 'benign' && v.flagged) {
        fp++;
        falsePositives.push(`${r.id} (${source}, ${v.findings.map((f) => f.ruleId).join(', ')}): ${JSON.stringify(r.text.slice(0, 80))}`);
      }
    }
    const benign = sel.filter((r) => r.label === 'benign').length;
    const attacks = sel.length - benign;
    table.push([source, benign, `${fp} (${((100 * fp) / Math.max(1, benign)).toFixed(1)} %)`, attacks, `${hit} / ${attacks}`]);
  }
  printTable('Agent traffic (test/fixtures/traffic): tool results, system prompts, replies', ['source', 'ordinary', 'flagged ordinary', 'with an attack', 'attacks flagged'], table);
  if (falsePositives.length > 0) console.log(`\nordinary messages flagged:\n  ${falsePositives.join('\n  ')}`);
}

if (require.main === module) runTrafficBench();
