import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Alert, MessageSource } from '../../protocol/domain';
import type { Logger } from '../../util/logger';
import { FP_FEATURE_NAMES, fpFeatures } from './features';
import { logit, sigmoid } from './logistic';
import { MODEL_DIR_ENV, modelDirCandidates } from '../../engine/model/weights-loader';

export const FP_MODEL_FILE = 'fp-model.json';
/** Same override as the engine's classifier: a folder holding the model files. */
export const FP_MODEL_DIR_ENV = MODEL_DIR_ENV;

/** daemon/models/fp-model.json, written by scripts/train-fp.ts. */
export interface FpModelFile {
  format: 'soc-fp-logistic';
  version: 1;
  features: string[];
  weights: number[];
  bias: number;
  seed: number;
  training?: Record<string, unknown>;
  metrics?: Record<string, unknown>;
}

/** What the Analyst knows beyond the alert itself. */
export interface FpContext {
  source?: MessageSource;
  /** Stored feedback for the alert's pattern key. */
  feedback: { falsePositive: number; confirmed: number };
  /** Earlier incidents of the same actor, and how many of them an analyst confirmed. */
  priorIncidents: number;
  priorConfirmed: number;
}

/**
 * Context adjustments in log-odds, applied on top of the trained model (the corpus has no
 * feedback, history or sources to learn them from). Each count is capped so one noisy signal
 * cannot dominate.
 */
export const CONTEXT_WEIGHTS = {
  perFalsePositive: 1.2,
  perConfirmed: -1.2,
  perPriorConfirmed: -0.8,
  perPriorIncident: -0.3,
  cap: 4,
  /** Developer-authored text discusses attacks far more often than it carries them. */
  source: { code_comment: 0.6, prompt_file: 0.4, assistant: 0.3, document: -0.2, tool_result: -0.3, agent: -0.3, user: 0, system: 0 } satisfies Record<MessageSource, number>,
};

/** Behaviour alerts (bursts, flooding) are measurements, not pattern matches: a low fixed prior. */
export const BEHAVIOUR_FP_PRIOR = 0.02;

export interface FpScore {
  probability: number;
  /** The model's probability before context. */
  base: number;
  /** Human-readable reasons for the context adjustments (audited with the incident). */
  reasons: string[];
}

/** A conservative built-in model, used only when the trained file is missing (logged as a warning). */
export const FALLBACK_MODEL: FpModelFile = {
  format: 'soc-fp-logistic',
  version: 1,
  features: ['score', 'educational', 'defensive', 'evidence_fenced', 'evidence_quoted', 'traceback'],
  weights: [-3, 1.5, 1, 1.2, 0.8, 1.5],
  bias: -0.5,
  seed: 0,
};

/** Where the committed FP model may be: the engine's model folders (same env var, same bundle layout). */
export function fpModelCandidates(): string[] {
  return modelDirCandidates().map((d) => path.join(d, FP_MODEL_FILE));
}

export function parseFpModel(json: string): FpModelFile {
  const m = JSON.parse(json) as Partial<FpModelFile>;
  if (m.format !== 'soc-fp-logistic' || !Array.isArray(m.features) || !Array.isArray(m.weights) || m.features.length !== m.weights.length || typeof m.bias !== 'number') {
    throw new Error('not a soc-fp-logistic model (format, features, weights, bias)');
  }
  return m as FpModelFile;
}

/** The false-positive scorer: trained logistic model over alert features, plus context in log-odds. */
export class FpScorer {
  /** Weights in FP_FEATURE_NAMES order; features the file does not know weigh 0. */
  private readonly weights: number[];

  constructor(readonly model: FpModelFile) {
    const byName = new Map(model.features.map((f, i) => [f, model.weights[i]]));
    this.weights = FP_FEATURE_NAMES.map((f) => byName.get(f) ?? 0);
  }

  /** Loads the trained model from the first candidate folder that has it; falls back with a warning. */
  static load(logger?: Logger, file?: string): FpScorer {
    const tried = file ? [file] : fpModelCandidates();
    for (const f of tried) {
      if (!fs.existsSync(f)) continue;
      try {
        return new FpScorer(parseFpModel(fs.readFileSync(f, 'utf8')));
      } catch (e) {
        logger?.log('warn', 'fp model unreadable, trying next', { file: f, error: e instanceof Error ? e.message : String(e) });
      }
    }
    logger?.log('warn', `fp model ${FP_MODEL_FILE} not found; using the built-in fallback (run \`npm run train\`)`, { tried });
    return new FpScorer(FALLBACK_MODEL);
  }

  base(alert: Pick<Alert, 'score' | 'findings' | 'excerpt' | 'threat' | 'severity'>): number {
    if (alert.threat === 'rate_limit_abuse') return BEHAVIOUR_FP_PRIOR;
    const x = fpFeatures(alert);
    let z = this.model.bias;
    for (let j = 0; j < x.length; j++) z += this.weights[j] * x[j];
    return sigmoid(z);
  }

  score(alert: Pick<Alert, 'score' | 'findings' | 'excerpt' | 'threat' | 'severity' | 'source'>, ctx: FpContext): FpScore {
    const w = CONTEXT_WEIGHTS;
    const base = this.base(alert);
    const reasons: string[] = [];
    let z = logit(base);
    const fb = Math.min(w.cap, ctx.feedback.falsePositive);
    const cf = Math.min(w.cap, ctx.feedback.confirmed);
    if (fb > 0) {
      z += fb * w.perFalsePositive;
      reasons.push(`${ctx.feedback.falsePositive} false-positive feedback on this pattern`);
    }
    if (cf > 0) {
      z += cf * w.perConfirmed;
      reasons.push(`${ctx.feedback.confirmed} confirmations of this pattern`);
    }
    const pc = Math.min(w.cap, ctx.priorConfirmed);
    const pi = Math.min(w.cap, Math.max(0, ctx.priorIncidents - ctx.priorConfirmed));
    if (pc > 0) {
      z += pc * w.perPriorConfirmed;
      reasons.push(`actor has ${ctx.priorConfirmed} confirmed incident(s)`);
    }
    if (pi > 0) {
      z += pi * w.perPriorIncident;
      reasons.push(`actor has ${ctx.priorIncidents} earlier incident(s)`);
    }
    const src = alert.source ? w.source[alert.source] : 0;
    if (src !== 0 && alert.threat !== 'rate_limit_abuse') {
      z += src;
      reasons.push(`source ${alert.source}`);
    }
    const probability = Math.round(sigmoid(z) * 1e4) / 1e4;
    return { probability, base: Math.round(base * 1e4) / 1e4, reasons };
  }
}
