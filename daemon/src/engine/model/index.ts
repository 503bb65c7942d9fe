import { getClassifier } from './weights-loader';
import type { ModelScores } from './types';

export type { ClassName, ModelScores } from './types';
export { CLASS_NAMES } from './types';

/**
 * Class probabilities for one message's folded view text (views[0].text). The trained
 * weights (daemon/models/classifier.bin) are loaded synchronously on the first call.
 */
export function classify(text: string): ModelScores {
  return getClassifier().classify(text);
}
