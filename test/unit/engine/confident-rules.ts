import { scanMessage } from '../../../daemon/src/engine';
import type { MessageSource } from '../../../daemon/src/engine/types';

/**
 * The rules that fire on a text at the default mode's rule threshold (0.6), classifier off: what a
 * battery test asserts, so that a rule's own reach is tested and not the model's.
 */
export const confidentRules = (text: string, source: MessageSource = 'user'): string[] =>
  scanMessage(text, { classifier: false, source }).findings.filter((f) => f.confidence >= 0.6).map((f) => f.ruleId);
