/**
 * The labelled corpus (../shared/corpus/*.jsonl) and the project's deterministic held-out split.
 * Shared by `npm run train` (trains on `train` only) and bench/quality.ts (measures on `holdout` only).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CORPUS_CATEGORIES = [
  'prompt_injection',
  'data_exfiltration',
  'system_manipulation',
  'privacy_violation',
  'malicious_input',
  'benign',
  'benign_hard',
] as const;
export type CorpusCategory = (typeof CORPUS_CATEGORIES)[number];

export interface CorpusRow {
  id: string;
  text: string;
  label: 'attack' | 'benign';
  category: CorpusCategory;
  source: string;
  /** The file the row came from, without `.jsonl` (a coarser source than `source`). */
  file: string;
  /** How many rows this one counts as in training (default 1). */
  weight?: number;
}

export interface Split {
  train: CorpusRow[];
  holdout: CorpusRow[];
}

/** Fraction of each (file, category) group that goes to the held-out split. */
export const HOLDOUT_FRACTION = 0.2;
/** The seed of the project's held-out split; the bench and the committed model both use it. */
export const DEFAULT_SPLIT_SEED = 1;

export const CORPUS_ENV_VAR = 'SOC_CORPUS_DIR';

export function defaultCorpusDir(): string {
  return process.env[CORPUS_ENV_VAR] ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
}

function isCategory(v: unknown): v is CorpusCategory {
  return typeof v === 'string' && (CORPUS_CATEGORIES as readonly string[]).includes(v);
}

function parseRow(line: string, file: string, lineNo: number): CorpusRow {
  const raw = JSON.parse(line) as Record<string, unknown>;
  const { id, text, label, category, source } = raw;
  if (typeof id !== 'string' || typeof text !== 'string' || (label !== 'attack' && label !== 'benign') || !isCategory(category)) {
    throw new Error(`${file}.jsonl:${lineNo}: row must have string id and text, label attack|benign and a known category`);
  }
  return { id, text, label, category, source: typeof source === 'string' ? source : file, file };
}

/** Every row of every *.jsonl in `dir`, in file-name order then line order. */
export function loadCorpus(dir: string = defaultCorpusDir()): CorpusRow[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new Error(`corpus folder not found: ${dir} (set ${CORPUS_ENV_VAR} or pass --corpus DIR)`);
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  if (files.length === 0) throw new Error(`no *.jsonl files in corpus folder ${dir} (set ${CORPUS_ENV_VAR} or pass --corpus DIR)`);
  const rows: CorpusRow[] = [];
  for (const f of files) {
    const name = f.slice(0, -'.jsonl'.length);
    const lines = fs.readFileSync(path.join(dir, f), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() !== '') rows.push(parseRow(line, name, i + 1));
    });
  }
  return rows;
}

/** sha256 over the corpus files (names and bytes), recorded in the model header for provenance. */
export function corpusHash(dir: string = defaultCorpusDir()): string {
  const h = createHash('sha256');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    h.update(f);
    h.update(fs.readFileSync(path.join(dir, f)));
  }
  return h.digest('hex').slice(0, 16);
}

function splitKey(seed: number, id: string): string {
  return createHash('sha256').update(`${seed}:${id}`).digest('hex');
}

/**
 * Deterministic split: within each (file, category) group, rows are ordered by sha256(seed:id)
 * and the first HOLDOUT_FRACTION go to the holdout. Depends only on ids, so adding a file
 * does not move rows of the others; every group with 2+ rows has holdout rows.
 */
export function splitCorpus(rows: readonly CorpusRow[], seed: number = DEFAULT_SPLIT_SEED): Split {
  const groups = new Map<string, { row: CorpusRow; key: string }[]>();
  for (const row of rows) {
    const g = `${row.file}\u0000${row.category}`;
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push({ row, key: splitKey(seed, row.id) });
  }
  const held = new Set<CorpusRow>();
  for (const list of groups.values()) {
    list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const n = list.length < 2 ? 0 : Math.max(1, Math.round(list.length * HOLDOUT_FRACTION));
    for (let i = 0; i < n; i++) held.add(list[i].row);
  }
  return { train: rows.filter((r) => !held.has(r)), holdout: rows.filter((r) => held.has(r)) };
}
