import { strict as assert } from 'node:assert';
import { scanMessage } from '../../../daemon/src/engine';
import type { MessageSource } from '../../../daemon/src/engine/types';

/**
 * The rules that fire on a text at the default mode's rule threshold (0.6), classifier off: what a
 * battery test asserts, so that a rule's own reach is tested and not the model's.
 */
export const confidentRules = (text: string, source: MessageSource = 'user'): string[] =>
  scanMessage(text, { classifier: false, source }).findings.filter((f) => f.confidence >= 0.6).map((f) => f.ruleId);

/** Asserts that rule `id` stays quiet on `text`. */
export const quiet = (text: string, id: string, source: MessageSource = 'user'): void => assert.ok(!confidentRules(text, source).includes(id), `flagged ${id}: ${text}`);

/** Asserts that rule `id` fires on `text`. */
export const caught = (text: string, id: string, source: MessageSource = 'user'): void => assert.ok(confidentRules(text, source).includes(id), `missed ${id}: ${text}`);
