import { cardNumberValid, ibanValid, ssnValid } from '../engine/rules/validators';
import type { DetectorResult, LeakSpan } from './spans';

/**
 * Identifiers in a reply, with the engine's own check-digit validators and rule ids: cards (Luhn
 * + issuer), US SSNs (numbering rules), IBANs (mod 97). Cheap enough to run on every streamed
 * chunk, which the full engine scan is not.
 */
const CARD = /(?<![\d-])\d(?:[ -]?\d){11,18}(?!\d)/g;
const SSN = /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g;
const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}(?![A-Za-z0-9])/g;
/** Digits (with separators) at the very end: a number still being written. */
const DIGITS_AT_END = /(?:\d[ -]?){3,}$/;
const IBAN_AT_END = /[A-Z]{2}\d{2}(?: ?[A-Z0-9]{0,4}){0,8}$/;

/** The longest valid IBAN that starts the candidate (greedy groups may swallow a following word). */
function ibanPrefixLength(candidate: string): number {
  for (let len = candidate.length; len >= 15; len--) {
    if (candidate[len - 1] === ' ') continue;
    if (ibanValid(candidate.slice(0, len))) return len;
  }
  return 0;
}

export function detectPii(text: string, final: boolean): DetectorResult {
  const spans: LeakSpan[] = [];
  let m: RegExpExecArray | null;
  CARD.lastIndex = 0;
  while ((m = CARD.exec(text)) !== null) {
    if (cardNumberValid(m[0])) spans.push({ start: m.index, end: m.index + m[0].length, ruleId: 'pii-payment-card', category: 'privacy_violation', severity: 'critical' });
  }
  SSN.lastIndex = 0;
  while ((m = SSN.exec(text)) !== null) {
    if (ssnValid(m[0])) spans.push({ start: m.index, end: m.index + m[0].length, ruleId: 'pii-us-ssn', category: 'privacy_violation', severity: 'critical' });
  }
  IBAN.lastIndex = 0;
  while ((m = IBAN.exec(text)) !== null) {
    const len = ibanPrefixLength(m[0]);
    if (len > 0) spans.push({ start: m.index, end: m.index + len, ruleId: 'pii-iban', category: 'privacy_violation', severity: 'high' });
  }
  if (final) return { spans };
  // Only the last 64 characters can hold a number still being written.
  const tailAt = Math.max(0, text.length - 64);
  const tail = text.slice(tailAt);
  const d = DIGITS_AT_END.exec(tail);
  const i = IBAN_AT_END.exec(tail);
  const at = [d?.index, i?.index].filter((x): x is number => x !== undefined);
  return at.length > 0 ? { spans, pendingFrom: tailAt + Math.min(...at) } : { spans };
}
