import { getClassifier } from './weights-loader';
import { withoutPlainMarkup } from './markup';
import type { ModelScores } from './types';

export type { ClassName, ModelScores } from './types';
export { CLASS_NAMES } from './types';
export { withoutPlainMarkup } from './markup';

/**
 * Class probabilities for one message's folded view text (views[0].text), read without its plain
 * markup (markup.ts; same length, so the span indexes `text`). The trained weights
 * (daemon/models/classifier.bin) are loaded synchronously on the first call.
 */
export function classify(text: string): ModelScores {
  return getClassifier().classify(withoutPlainMarkup(text));
}
