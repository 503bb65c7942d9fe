/**
 * Detection quality on the project's held-out split of ../shared/corpus (never trained on):
 * the product decision (scanMessage: rules + model, `verdict.flagged`) and the model alone.
 * Run on its own: `npx tsx bench/quality.ts` (SOC_CORPUS_DIR overrides the corpus folder).
 */
import { scanMessage } from '../daemon/src/engine/scan';
import { normalize } from '../daemon/src/engine/normalize';
import { classify, CLASS_NAMES } from '../daemon/src/engine/model';
import { getClassifier } from '../daemon/src/engine/model/weights-loader';
import { DEFAULT_SPLIT_SEED, loadCorpus, splitCorpus, type CorpusCategory, type CorpusRow } from '../scripts/lib/corpus';
import { chooseThreshold, recallAtFpr, type Scored } from '../scripts/lib/metrics';

const ATTACK_CATEGORIES = ['prompt_injection', 'data_exfiltration', 'system_manipulation', 'privacy_violation', 'malicious_input'] as const;

interface Prediction {
  row: CorpusRow;
  flagged: boolean;
  score: number;
  /** Predicted attack category (or benign). */
  category: string;
}

export interface DetectorSummary {
  name: string;
  rows: number;
  recall: number;
  fprBenign: number;
  fprBenignHard: number;
  perCategoryRecall: Record<string, number>;
  /** Share of detected attacks whose category is right. */
  categoryAccuracy: number;
  recallAt1PctFpr: number;
  perSource: { source: string; kind: 'attack' | 'benign'; rows: number; rate: number }[];
}

export interface QualityReport {
  holdoutRows: number;
  product: DetectorSummary;
  model: DetectorSummary;
  /** Model P(attack) threshold with max holdout recall at FPR ≤ 1 % benign and ≤ 3 % benign_hard. */
  recommendedModelThreshold: number;
  modelAtRecommended: { recall: number; fprBenign: number; fprBenignHard: number; perCategoryRecall: Record<string, number> };
  headerThreshold: number;
  /** Model alone at a few thresholds: the trade-off the lead picks THRESHOLDS.model from. */
  modelCurve: { threshold: number; recall: number; fprBenign: number; fprBenignHard: number }[];
}

const isAttack = (c: CorpusCategory): boolean => c !== 'benign' && c !== 'benign_hard';
const share = (xs: readonly Prediction[], f: (p: Prediction) => boolean): number => (xs.length === 0 ? 0 : xs.filter(f).length / xs.length);

function summarize(name: string, preds: readonly Prediction[]): DetectorSummary {
  const attacks = preds.filter((p) => isAttack(p.row.category));
  const perCategoryRecall: Record<string, number> = {};
  for (const c of ATTACK_CATEGORIES) perCategoryRecall[c] = share(attacks.filter((p) => p.row.category === c), (p) => p.flagged);
  const bySource = new Map<string, Prediction[]>();
  for (const p of preds) {
    const key = `${p.row.file}\u0000${p.row.label}`;
    bySource.set(key, [...(bySource.get(key) ?? []), p]);
  }
  const scored: Scored[] = preds.map((p) => ({ category: p.row.category, score: p.score }));
  return {
    name,
    rows: preds.length,
    recall: share(attacks, (p) => p.flagged),
    fprBenign: share(preds.filter((p) => p.row.category === 'benign'), (p) => p.flagged),
    fprBenignHard: share(preds.filter((p) => p.row.category === 'benign_hard'), (p) => p.flagged),
    perCategoryRecall,
    categoryAccuracy: share(attacks.filter((p) => p.flagged), (p) => p.category === p.row.category),
    recallAt1PctFpr: recallAtFpr(scored, 0.01).recall,
    perSource: [...bySource].map(([key, ps]) => {
      const [source, kind] = key.split('\u0000') as [string, 'attack' | 'benign'];
      return { source, kind, rows: ps.length, rate: share(ps, (p) => p.flagged) };
    }),
  };
}

function modelPredictions(rows: readonly CorpusRow[], threshold: number): Prediction[] {
  return rows.map((row) => {
    const m = classify(normalize(row.text).views[0].text);
    let top = 'benign';
    for (const c of CLASS_NAMES) if (c !== 'benign' && (top === 'benign' || m.probabilities[c] > m.probabilities[top as typeof c])) top = c;
    return { row, flagged: m.attackProbability >= threshold, score: m.attackProbability, category: top };
  });
}

export function runQualityBench(corpusDir?: string): QualityReport {
  const { holdout } = splitCorpus(loadCorpus(corpusDir), DEFAULT_SPLIT_SEED);
  const product: Prediction[] = holdout.map((row) => {
    const v = scanMessage(row.text);
    return { row, flagged: v.flagged, score: v.score, category: v.category };
  });
  const headerThreshold = getClassifier().header.thresholds.recommended;
  const model = modelPredictions(holdout, headerThreshold);
  const recommended = chooseThreshold(model.map((p) => ({ category: p.row.category, score: p.score })));
  const atRec = summarize('model @ holdout-chosen threshold', model.map((p) => ({ ...p, flagged: p.score >= recommended })));
  return {
    holdoutRows: holdout.length,
    product: summarize('scanMessage (rules + model)', product),
    model: summarize(`model alone @ ${headerThreshold} (header)`, model),
    recommendedModelThreshold: recommended,
    modelAtRecommended: { recall: atRec.recall, fprBenign: atRec.fprBenign, fprBenignHard: atRec.fprBenignHard, perCategoryRecall: atRec.perCategoryRecall },
    headerThreshold,
    modelCurve: [...new Set([0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, recommended, headerThreshold])]
      .sort((a, b) => a - b)
      .map((t) => {
        const d = summarize('', model.map((p) => ({ ...p, flagged: p.score >= t })));
        return { threshold: Math.round(t * 1e4) / 1e4, recall: d.recall, fprBenign: d.fprBenign, fprBenignHard: d.fprBenignHard };
      }),
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function printQualityReport(r: QualityReport): void {
  console.log(`\nQuality on the held-out split (${r.holdoutRows} rows, split seed ${DEFAULT_SPLIT_SEED}, never trained on)\n`);
  const dets = [r.product, r.model];
  const overall: Record<string, Record<string, string>> = {};
  for (const d of dets) {
    overall[d.name] = {
      recall: pct(d.recall),
      'FPR benign': pct(d.fprBenign),
      'FPR benign_hard': pct(d.fprBenignHard),
      'recall@1%FPR': pct(d.recallAt1PctFpr),
      'category acc.': pct(d.categoryAccuracy),
      ...Object.fromEntries(Object.entries(d.perCategoryRecall).map(([c, v]) => [c, pct(v)])),
    };
  }
  console.table(overall);
  console.log('Per source: recall on attack rows, FPR on benign rows');
  const table: Record<string, Record<string, string | number>> = {};
  for (const s of r.product.perSource.sort((a, b) => a.source.localeCompare(b.source) || a.kind.localeCompare(b.kind))) {
    const m = r.model.perSource.find((x) => x.source === s.source && x.kind === s.kind);
    table[`${s.source} (${s.kind})`] = { rows: s.rows, scanMessage: pct(s.rate), model: pct(m?.rate ?? 0) };
  }
  console.table(table);
  const a = r.modelAtRecommended;
  console.log(
    `Model threshold for FPR ≤ 1% benign and ≤ 3% benign_hard on this holdout: ${r.recommendedModelThreshold.toFixed(4)} ` +
      `(recall ${pct(a.recall)}, FPR benign ${pct(a.fprBenign)}, FPR benign_hard ${pct(a.fprBenignHard)}); ` +
      `header (out-of-fold on train) recommends ${r.headerThreshold}.`,
  );
  console.log(`  per category at that threshold: ${Object.entries(a.perCategoryRecall).map(([c, v]) => `${c} ${pct(v)}`).join(', ')}`);
  console.log('Model alone by threshold (P(attack) ≥ t):');
  console.table(r.modelCurve.map((c) => ({ threshold: c.threshold, recall: pct(c.recall), 'FPR benign': pct(c.fprBenign), 'FPR benign_hard': pct(c.fprBenignHard) })));
}

if (require.main === module) printQualityReport(runQualityBench());
