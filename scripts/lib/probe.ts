/**
 * The independent probe (test/fixtures/probe): messages written for the project that nothing is
 * trained on. Read by the quality bench and by the training guard that keeps them unseen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PROBE_SETS = ['dev', 'dev2', 'test'] as const;
export type ProbeSet = (typeof PROBE_SETS)[number];

export interface ProbeRow {
  id: string;
  text: string;
  label: 'attack' | 'benign';
  category: string;
  lang: string;
}

export function loadProbe(set: ProbeSet): ProbeRow[] {
  const file = join(__dirname, '..', '..', 'test', 'fixtures', 'probe', `${set}.jsonl`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ProbeRow);
}
