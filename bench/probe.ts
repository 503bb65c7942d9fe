/**
 * Generalization: the detector on test/fixtures/probe — messages written for this project, in the
 * seven languages, that neither the corpus nor the training data contain. `dev` and `dev2` are for
 * finding gaps while working on the rules and the training data (`dev2` was written later, with more
 * indirect injection, sensitive-attribute privacy requests and security talk); `test` is only measured. A detector that learned the corpus
 * rather than the attacks scores far lower here than on the corpus's held-out split.
 */
import { scanMessage } from '../daemon/src/engine';
import { countVerdict, emptyTally, loadAgentBatteriesS21, loadAgentDev, loadEverydayHeldout, loadHeldoutBatteries, loadHeldoutS22, loadHeldoutS23, loadHeldoutS24, loadDevS24, loadHeldoutS25, loadHeldoutS26, loadDevS25, loadLanguageHeldout, loadProbe, loadSlavicBatteries, PROBE_SETS, type HeldoutBatteryRow, type ProbeRow, type Tally } from '../scripts/lib/probe';
import { printTable } from './table';

const CATEGORIES = ['prompt_injection', 'data_exfiltration', 'system_manipulation', 'privacy_violation', 'malicious_input'];

const pct = (hit: number, n: number): string => (n === 0 ? '—' : `${((100 * hit) / n).toFixed(1)} %`);

export function runProbeBench(): void {
  const rows: (string | number)[][] = [];
  for (const name of PROBE_SETS) {
    const probe = loadProbe(name);
    const flagged = new Map(probe.map((r) => [r.id, scanMessage(r.text).flagged]));
    const rate = (pred: (r: ProbeRow) => boolean): string => {
      const sel = probe.filter(pred);
      return pct(sel.filter((r) => flagged.get(r.id)).length, sel.length);
    };
    rows.push([
      name,
      rate((r) => r.label === 'attack'),
      rate((r) => r.category === 'benign'),
      rate((r) => r.category === 'benign_hard'),
      ...CATEGORIES.map((c) => rate((r) => r.category === c)),
      rate((r) => r.label === 'attack' && r.lang !== 'en'),
    ]);
  }
  printTable(
    'Independent probe (test/fixtures/probe: dev and test 140 attacks + 140 benign, dev2 144 + 132; 7 languages, never trained on)',
    ['set', 'recall', 'FPR benign', 'FPR benign_hard', ...CATEGORIES, 'recall non-English'],
    rows,
  );
}

/** Per set and in all, each message scanned as its source. */
function tally(rows: readonly HeldoutBatteryRow[]): [string, Tally][] {
  const bySet = new Map<string, Tally>();
  const all = emptyTally();
  for (const r of rows) {
    const t = bySet.get(r.battery) ?? emptyTally();
    bySet.set(r.battery, t);
    const flagged = scanMessage(r.text, { source: r.source }).flagged;
    countVerdict(t, r.label, flagged);
    countVerdict(all, r.label, flagged);
  }
  return [...bySet, ['all', all]];
}

/** Attacks caught and look-alikes flagged per battery of a fixture, and in all. */
function printBatteries(title: string, rows: readonly HeldoutBatteryRow[]): void {
  printTable(
    title,
    ['battery', 'attacks', 'caught', 'look-alikes', 'flagged'],
    tally(rows).map(([name, t]) => [name, t.attacks, `${t.caught} (${pct(t.caught, t.attacks)})`, t.lookalikes, `${t.flagged} (${pct(t.flagged, t.lookalikes)})`]),
  );
}

/** Fresh traffic, never trained on: the held-out helper batteries, messages between agents, Slavic and Greek batteries, enterprise and coding-agent traffic, the seven required languages, and everyday messages in 25 languages. */
export function runHeldoutBatteryBench(): void {
  printBatteries(
    'Held-out helper batteries (test/fixtures/batteries/heldout.jsonl: written after the training data by helpers that saw neither the code nor the corpus; never trained or tuned on)',
    loadHeldoutBatteries(),
  );
  printBatteries(
    'Held-out batteries in the languages the corpus has almost only attacks in (test/fixtures/batteries/heldout-languages.jsonl: h103 and h117 hi/bn/ur/mr, h104 and h118 th/vi/id/ms/tl, h105 and h119 ko/ar/fa/he/tr, h106 and h120 nine of those; never trained on)',
    loadLanguageHeldout(),
  );
  printBatteries(
    'Messages between agents (test/fixtures/batteries/agent-dev.jsonl: h111 business, h112 software and data; source agent; the set the agent threshold was chosen on, never trained on)',
    loadAgentDev(),
  );
  printBatteries(
    'Slavic languages and Greek (test/fixtures/batteries/heldout-slavic.jsonl: h125 banking, insurance, health and HR — the dev set of the rules for those languages; h126 software teams and coding agents, never read; neither trained on)',
    loadSlavicBatteries(),
  );
  printBatteries(
    'Enterprise and coding-agent traffic (test/fixtures/batteries/heldout-agents-s21.jsonl: h135 HR, finance, legal and IT help desks in en/de/it, never read; h136 planted code comments, CI logs and issues in es/pt/fr/ja/zh/ru/ar/hi, the dev set of session 21\'s last comment rules; neither trained on)',
    loadAgentBatteriesS21(),
  );
  printBatteries(
    'The seven required languages (test/fixtures/batteries/heldout-s22.jsonl: h141 healthcare, education, e-commerce, HR and legal in en/fr/de/es; h142 coding, data, support and multi-agent pipelines in zh/ja/ru; both never read, neither trained on)',
    loadHeldoutS22(),
  );
  printBatteries(
    'The seven required languages again (test/fixtures/batteries/heldout-s23.jsonl: h155 banks, insurers, airlines, hotels and government portals in en/fr/de/es; h156 browser agents, email and calendar assistants and coding agents in zh/ja/ru; both never read, neither trained on)',
    loadHeldoutS23(),
  );
  printBatteries(
    'Ten more languages and the seven required ones (test/fixtures/batteries/heldout-s24.jsonl: h167 every kind of attack in hi/ur/th/vi/id/ko/ar/fa/tr/he; h168 secret-guarding assistants, long jailbreaks, planted emails and pages, agent hand-overs in the seven languages; both never read, neither trained on)',
    loadHeldoutS24(),
  );
  printBatteries(
    "Session 24's dev batteries (test/fixtures/batteries/dev-s24.jsonl: h161 hi/bn/ur/mr/th/vi/id and h162 ko/ar/fa/he/tr, h163 secret-guarding assistants, h164 jailbreaks, h165 planted documents, h166 agent hand-overs; read while writing that session's rules, not trained on)",
    loadDevS24(),
  );
  printBatteries(
    'Fifteen more languages (test/fixtures/batteries/heldout-s25.jsonl: h173 every kind of attack and look-alike in hi/mr/bn/vi/id/tl/tr/th; h174 the same in ar/he/fa/ur/ko/ms/ne/en; both never read, neither trained on)',
    loadHeldoutS25(),
  );
  printBatteries(
    'Privacy and secret requests (test/fixtures/batteries/heldout-s26.jsonl: h175 private people\'s data against the assistant\'s own data, fictional characters, public contacts and one\'s own data in sixteen languages; h176 secret requests and overrides against password advice and one\'s own credentials in twelve languages; written after session 26\'s rule changes, never read, never trained on)',
    loadHeldoutS26(),
  );
  printBatteries(
    "Session 25's dev batteries (test/fixtures/batteries/dev-s25.jsonl: h169 hi/mr/ne/Hinglish, h170 vi/id/ms/tl/tr, h171 th/he/ar/fa/ur, h172 everyday messages in ten languages, all benign; read while writing that session's rules, not trained on)",
    loadDevS25(),
  );
  printTable(
    'Everyday messages, all benign (test/fixtures/batteries/everyday-heldout.jsonl: b01 ko/ja/zh, b02 ar/he/tr/fa, b03 hi/bn/id/vi/th, b04 ru/uk/pl/cs/el, b05 es/pt/it/fr/de/nl/sv, b06 English varieties)',
    ['set', 'messages', 'flagged'],
    tally(loadEverydayHeldout()).map(([name, t]) => [name, t.lookalikes, `${t.flagged} (${pct(t.flagged, t.lookalikes)})`]),
  );
}
