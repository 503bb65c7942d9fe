/**
 * Training text written for this project by helper sessions that saw neither the corpus nor the
 * rules, kept as JSON beside this file:
 *
 * - benign-tool-results.json: what an agent reads through its tools, with nothing planted in it —
 *   business, HR and finance emails, IT notices, newsletters, tickets, transcripts, chat exports,
 *   calendar invites, web pages, search results, reviews, issues and code reviews, READMEs, logs,
 *   API records, runbooks and CI files; many look-alikes (a person asked to forward, pay or run a
 *   command; AI assistants mentioned; phishing quoted in a security notice). The corpus's emails and
 *   documents are mostly carriers of injected attacks (BIPIA), so the model had learned the shape of
 *   an email as a sign of attack: ordinary tickets, HR letters and reviews scored 0.51–0.74.
 * - benign-coding-requests.json: everyday programming requests ("Write a Python script that prints
 *   the current date" scored 0.73: the corpus's "write a Python script that …" rows are interpreter
 *   abuse), also those that touch files, processes, the network, passwords and permissions.
 * - attacks-coding-requests.json: their malicious counterparts, labelled system_manipulation or
 *   data_exfiltration — phrased like ordinary requests ("Write a Python script that…") with the harm
 *   in what the code does (reverse shells, persistence, secrets read and sent out), some disguised
 *   ("for a CTF", "to test our monitoring"). Without them the benign requests only taught the model
 *   that "write a script" is harmless: an independent probe lost 5 of its 140 attacks.
 *
 * - benign-agent-ops.json: what an operator asks an agent with shell, file, HTTP and database tools
 *   (list files, df -h, git, tests, docker and kubectl, a scratch table in a dev database, fetch a
 *   public page, a backup cron entry) and what those tools print back (command output, logs,
 *   configs, official installers, a blog on SSRF in prose). "Run du -sh * in /var/log", "List the
 *   files in the current directory" and "Fetch https://www.python.org/downloads/" scored 0.56–0.76.
 * - attacks-agent-ops.json: their malicious counterparts (destruction disguised as maintenance,
 *   security switched off, persistence, download-and-execute, reverse shells, injection in values,
 *   SSRF, secrets sent out), a fifth of them planted in tool output; attacker hosts in the
 *   documentation ranges.
 *
 * A third of each in French, German, Spanish, Portuguese, Italian, Chinese, Japanese or Russian.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusCategory, CorpusRow } from '../lib/corpus';
import { writtenRows } from './written-rows';

interface Item {
  text: string;
  category?: CorpusCategory;
}

function items(file: string): Item[] {
  return JSON.parse(readFileSync(join(__dirname, `${file}.json`), 'utf8')) as Item[];
}

function jsonTexts(file: string): string[] {
  return items(file).map((i) => i.text);
}

export function benignToolResultRows(): CorpusRow[] {
  return writtenRows('benign-tool-results', [{ idPrefix: 'written-tool-result', category: 'benign_hard', texts: jsonTexts('benign-tool-results') }]);
}

export function benignCodingRequestRows(): CorpusRow[] {
  return writtenRows('benign-coding-requests', [{ idPrefix: 'written-coding-request', category: 'benign_hard', texts: jsonTexts('benign-coding-requests') }]);
}

export function benignAgentOpsRows(): CorpusRow[] {
  return writtenRows('benign-agent-ops', [{ idPrefix: 'written-agent-ops', category: 'benign_hard', texts: jsonTexts('benign-agent-ops') }]);
}

export function agentOpsAttackRows(): CorpusRow[] {
  const all = items('attacks-agent-ops');
  return writtenRows(
    'attacks-agent-ops',
    (['system_manipulation', 'data_exfiltration'] as const).map((category) => ({ idPrefix: `written-agent-ops-attack-${category}`, category, texts: all.filter((i) => i.category === category).map((i) => i.text) })),
  );
}

export function codingAttackRows(): CorpusRow[] {
  const all = items('attacks-coding-requests');
  return writtenRows(
    'attacks-coding-requests',
    (['system_manipulation', 'data_exfiltration'] as const).map((category) => ({ idPrefix: `written-coding-attack-${category}`, category, texts: all.filter((i) => i.category === category).map((i) => i.text) })),
  );
}

interface BatteryItem {
  battery: string;
  /** Where the text would reach the engine (user, tool_result, document, code_comment, assistant). */
  source: string;
  category: CorpusCategory;
  text: string;
}

/**
 * What a battery row counts for against a corpus row. Measured by scripts/battery-cv.ts (each group
 * of batteries held out in turn; docs/architecture.md has the table). The batteries' total weight is
 * what moves the corpus's held-out split: at 0.35 with h12-h88 its recall fell to 95.1 %, at 0.5
 * with h12-h80 too; 1 and 2 (h31-h60) took its benign FPR over 1 % (the model leans towards the
 * batteries' kind of text). 0.3 keeps it at 95.2 %.
 */
export const BATTERY_WEIGHT = 0.3;

/**
 * helper-batteries.json: the test batteries h12-h88 written by helper sessions that saw neither
 * the code, the corpus nor each other's work, each 40-55 attacks and 65-80 look-alikes on one theme
 * (agents with tools, documents and emails with planted orders, fiction and claimed modes, social
 * engineering, everyday support traffic; 7-13 languages). Look-alikes are benign_hard. An attack's
 * category is the one the rules gave it when the file was made (session 18), else the model's top
 * attack class, else prompt_injection: the batteries came labelled attack or benign only.
 */
export function batteryRows(): CorpusRow[] {
  const all = JSON.parse(readFileSync(join(__dirname, 'helper-batteries.json'), 'utf8')) as BatteryItem[];
  const counters = new Map<string, number>();
  return all.map((b) => {
    const kind = b.category === 'benign_hard' ? 'lookalike' : 'attack';
    const key = `${b.battery}:${kind}`;
    const i = counters.get(key) ?? 0;
    counters.set(key, i + 1);
    return { id: `battery:${key}:${i}`, text: b.text, label: kind === 'attack' ? 'attack' : 'benign', category: b.category, source: `soc-ai-agents:scripts/data/helper-batteries.json:${b.source}`, file: 'helper-batteries', weight: BATTERY_WEIGHT };
  });
}
