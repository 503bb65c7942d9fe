/**
 * Structured data as agents pass it around, written for this project: tool results and API
 * responses (JSON objects and arrays), CSV, log lines, YAML and key=value output, bare or behind
 * "Tool output:" / "Result:". The proxy scans every tool result; the corpus's braces, quotes and
 * brackets come almost only from payload lists (XSS, SQLi, NoSQL), so the model had learned
 * "looks like data" as an attack: `[{"id":1,"title":"Buy milk","done":false}]` scored 0.69 and the
 * one word "output" 0.82. Generated from small pools with a fixed seed (reproducible training); no
 * value is an operator (`$ne`), a tag, a quote break or a command. Labelled benign_hard.
 */
import { seededRandom } from '../../daemon/src/util/seeded-random';
import type { CorpusRow } from '../lib/corpus';
import { pick } from './generated-text';
import { writtenRows } from './written-rows';

const KEYS = [
  'id', 'name', 'title', 'status', 'result', 'count', 'total', 'price', 'currency', 'created_at', 'updated_at', 'email_verified', 'city',
  'temperature', 'unit', 'items', 'rows', 'page', 'per_page', 'next_cursor', 'sku', 'quantity', 'done', 'tags', 'owner', 'duration_ms',
  'score', 'language', 'summary', 'url', 'version', 'region', 'latency_ms', 'retries', 'message', 'level', 'branch', 'commit', 'passed', 'failed',
];
const WORDS = [
  'ok', 'success', 'pending', 'done', 'Lisbon', 'Widget', 'Buy milk', 'Quarterly report', 'eu-west-1', 'main', 'en', 'fr', 'EUR', 'USD',
  'completed', 'queued', 'Alice', 'Team Alpha', 'invoice-2291', 'Sunny', 'build passed', 'no results', 'v2.4.1', 'https://example.com/docs',
  'Meeting moved to Thursday', 'Café Central', 'Müller GmbH', '東京', 'Москва', 'all checks passed', 'info', 'warning', 'a1b2c3d',
];

/** A JSON-ish scalar: a number, a boolean, null or a string from the pool. */
function scalar(rnd: () => number): unknown {
  const r = rnd();
  if (r < 0.3) return Math.round(rnd() * 10_000) / (rnd() < 0.5 ? 1 : 100);
  if (r < 0.4) return rnd() < 0.5;
  if (r < 0.45) return null;
  return pick(rnd, WORDS);
}

function object(rnd: () => number, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const n = 1 + Math.floor(rnd() * 5);
  for (let i = 0; i < n; i++) {
    const key = pick(rnd, KEYS);
    const r = rnd();
    out[key] = depth > 0 && r < 0.2 ? object(rnd, depth - 1) : depth > 0 && r < 0.3 ? [object(rnd, 0), object(rnd, 0)] : scalar(rnd);
  }
  return out;
}

function json(rnd: () => number): string {
  const value = rnd() < 0.3 ? Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => object(rnd, 1)) : object(rnd, 2);
  return JSON.stringify(value, null, rnd() < 0.4 ? 2 : undefined);
}

function csv(rnd: () => number): string {
  const cols = [pick(rnd, KEYS), pick(rnd, KEYS), pick(rnd, KEYS)];
  const lines = [cols.join(',')];
  for (let i = 0; i < 2 + Math.floor(rnd() * 3); i++) lines.push(cols.map(() => String(scalar(rnd))).join(','));
  return lines.join('\n');
}

function logLines(rnd: () => number): string {
  const levels = ['INFO', 'WARN', 'DEBUG', 'ERROR'];
  const events = ['request completed', 'cache miss', 'retrying upstream call', 'job finished', 'connection pool resized', 'config reloaded', 'user signed in', 'report generated'];
  const lines: string[] = [];
  for (let i = 0; i < 1 + Math.floor(rnd() * 3); i++) {
    const ts = `2026-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}T0${Math.floor(rnd() * 9)}:1${Math.floor(rnd() * 9)}:0${Math.floor(rnd() * 9)}Z`;
    lines.push(`${ts} ${pick(rnd, levels)} ${pick(rnd, events)} duration_ms=${Math.floor(rnd() * 900)} status=${rnd() < 0.8 ? 200 : 503}`);
  }
  return lines.join('\n');
}

function keyValues(rnd: () => number): string {
  const sep = rnd() < 0.5 ? ': ' : '=';
  return Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => `${pick(rnd, KEYS)}${sep}${String(scalar(rnd))}`).join('\n');
}

const PREFIXES = ['', '', '', 'Tool output: ', 'Result: ', 'Tool result:\n', 'Function returned:\n', 'Observation: ', 'API response:\n', 'Output:\n', 'Résultat : ', 'Ergebnis: ', 'Resultado: ', '结果：', '出力：', 'Результат: '];

/** Short words and status lines a tool or a person sends alone. */
const SHORT = [
  'output', 'Output', 'result', 'ok', 'OK', 'done', 'Done.', 'success', 'true', 'false', 'null', '[]', '{}', '0', '42', 'No results found.',
  'Tool output: the build passed.', 'Tool output: 3 files changed.', 'Result: 200 OK', 'Exit code 0', 'exit status 1', 'Process finished with exit code 0',
  'Observation: the page has no table.', 'The query returned 0 rows.', 'Output: see attached CSV.', 'print the output', 'show output', 'output format: json',
];

export function structuredDataRows(seed = 11): CorpusRow[] {
  const rnd = seededRandom(seed);
  const texts: string[] = [...SHORT];
  const makers = [json, json, json, csv, logLines, keyValues];
  for (let i = 0; i < 110; i++) {
    const prefix = pick(rnd, PREFIXES);
    texts.push(prefix + makers[i % makers.length](rnd));
  }
  return writtenRows('benign-structured-data', [{ idPrefix: 'structured', category: 'benign_hard', texts }]);
}
