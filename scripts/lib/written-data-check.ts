/**
 * The guard `npm run train` runs before training: no hand-written row may nearly copy a corpus row
 * (the held-out split would measure memory) or a probe or agent-traffic row (those would stop
 * measuring generalization). See near-copies.ts for what counts as a copy.
 */
import type { CorpusRow } from './corpus';
import { NearCopyIndex, type TextRef } from './near-copies';
import { loadAgentBatteriesS21, loadAgentDev, loadEverydayHeldout, loadHeldoutBatteries, loadHeldoutS22, loadHeldoutS23, loadHeldoutS24, loadHeldoutS25, loadHeldoutS26, loadLanguageHeldout, loadProbe, loadSlavicBatteries, loadTraffic, PROBE_SETS } from './probe';

/** The probe's rows (test/fixtures/probe), every set, the agent-traffic guard set (test/fixtures/traffic) and the held-out batteries (test/fixtures/batteries). */
export function probeRefs(): TextRef[] {
  return [...PROBE_SETS.flatMap((set) => loadProbe(set)), ...loadTraffic(), ...loadHeldoutBatteries(), ...loadLanguageHeldout(), ...loadAgentDev(), ...loadSlavicBatteries(), ...loadAgentBatteriesS21(), ...loadHeldoutS22(), ...loadHeldoutS23(), ...loadHeldoutS24(), ...loadHeldoutS25(), ...loadHeldoutS26(), ...loadEverydayHeldout()];
}

/** Written rows that nearly copy one of `refs`, as "row id ≈ reference id" lines. */
export function nearCopies(written: readonly CorpusRow[], refs: readonly TextRef[]): string[] {
  const index = new NearCopyIndex(refs);
  const out: string[] = [];
  for (const row of written) {
    const copy = index.nearCopy(row.text);
    if (copy) out.push(`${row.file}.ts ${row.id} ≈ ${copy.of} (${Math.round(copy.containment * 100)} % of its 6-grams)`);
  }
  return out;
}

/** Throws, listing them, when written rows nearly copy corpus or probe rows. */
export function assertNoNearCopies(written: readonly CorpusRow[], corpus: readonly CorpusRow[]): void {
  const found = nearCopies(written, [...corpus, ...probeRefs()]);
  if (found.length > 0) throw new Error(`hand-written training rows that copy corpus or probe rows (rewrite them):\n  ${found.join('\n  ')}`);
}
