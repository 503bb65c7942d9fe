/** Turns the hand-written lists of scripts/data into training rows, in a fixed order (reproducible training). */
import type { CorpusCategory, CorpusRow } from '../lib/corpus';

export interface WrittenGroup {
  /** Row ids are `${idPrefix}:${index}`. */
  idPrefix: string;
  category: CorpusCategory;
  texts: readonly string[];
}

/** `file`: the data file's name without `.ts` (it becomes the rows' source and file). */
export function writtenRows(file: string, groups: readonly WrittenGroup[]): CorpusRow[] {
  const source = `soc-ai-agents:scripts/data/${file}.ts`;
  return groups.flatMap(({ idPrefix, category, texts }) =>
    texts.map((text, i) => ({ id: `${idPrefix}:${i}`, text, label: category === 'benign' || category === 'benign_hard' ? ('benign' as const) : ('attack' as const), category, source, file })),
  );
}
