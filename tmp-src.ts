import { readFileSync } from 'node:fs';
import { loadCorpus } from './scripts/lib/corpus';
import { scanMessage } from './daemon/src/engine';
type Item = { group: string; attack: boolean; text: string };
const items: Item[] = [];
for (const r of loadCorpus()) if (r.file.startsWith('bipia')) items.push({ group: r.file, attack: r.label === 'attack', text: r.text });
for (const line of readFileSync('test/fixtures/traffic/agent-traffic.jsonl', 'utf8').split('\n')) {
  if (!line) continue; const r = JSON.parse(line); if (r.source === 'tool_result') items.push({ group: 'traffic', attack: r.label === 'attack' || r.attack === true, text: r.text });
}
for (const b of ['h2', 'h5', 'h6', 'h7', 'h8']) {
  const d = JSON.parse(readFileSync(`/tmp/s8/battery-${b}.json`, 'utf8'));
  for (const [src, t] of d.attack) if (src === 'tool_result') items.push({ group: 'battery', attack: true, text: t });
  for (const [src, t] of d.benign) if (src === 'tool_result') items.push({ group: 'battery', attack: false, text: t });
}
const ths = [0.53, 0.6, 0.65, 0.7, 0.75, 0.8];
const rows = new Map<string, number[]>();
for (const it of items) {
  const v = scanMessage(it.text, { source: 'tool_result' });
  const ruled = v.findings.some((f) => !f.ruleId.startsWith('ml-') && f.category !== 'hidden_unicode' && f.confidence >= 0.6);
  const pA = 1 - v.probabilities.benign;
  const key = `${it.group} ${it.attack ? 'attack' : 'benign'}`;
  const r = rows.get(key) ?? [0, ...ths.map(() => 0)];
  r[0]++;
  ths.forEach((t, i) => { if (ruled || pA >= t) r[i + 1]++; });
  rows.set(key, r);
}
console.log('group n flagged@' + ths.join(' @'));
for (const [k, r] of [...rows].sort()) console.log(k, r.join(' '));
