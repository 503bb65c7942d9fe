import type { RawMatch, Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { cardNumberValid } from './validators';
import { indexed, scoredMatches } from './pattern-scan';

/**
 * PCI rule pack (financial preset): cardholder data that must never leave the cardholder
 * data environment: a card number together with its expiry date or security code, and raw
 * magnetic-stripe track data. These only run when the `pci` pack is on.
 */

const CARD = indexed(/(?<![\d.,/:-])\d(?:[ -]?\d){11,18}(?![\d])/g);
const EXPIRY_OR_CVV =
  /(?:\b(?:exp(?:iry|iration|\.)?(?:\s+date)?|valid\s+(?:thru|through|until)|good\s+thru|expires?)\s*[:-]?\s*(?:0[1-9]|1[0-2])\s*[/-]\s*(?:\d{2}|20\d{2})\b|\b(?:cvv2?|cvc2?|csc|cid|security\s+code|card\s+verification(?:\s+(?:value|code))?)\s*[:#]?\s*(?:is\s+)?\d{3,4}\b|^[\s,;]{1,3}(?:0[1-9]|1[0-2])\s*\/\s*\d{2}\b)/;

function matchCardWithExpiry(view: TextView): RawMatch[] {
  const text = view.text;
  return scoredMatches(view, CARD, 500, 16, (m) => {
    if (!cardNumberValid(m[0])) return null;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 80);
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const hit = EXPIRY_OR_CVV.exec(after);
    if (hit) return { start: m.index, end: end + hit.index + hit[0].length, confidence: 0.95 };
    return EXPIRY_OR_CVV.test(before.replace(/^[\s,;]+/, '')) ? { start: m.index, end, confidence: 0.95 } : null;
  });
}

export const cardWithExpiryRule: Rule = {
  id: 'pii-pci-card-with-expiry',
  category: 'privacy_violation',
  severity: 'critical',
  owasp: 'LLM02:2025',
  title: 'PCI: card number with expiry date or security code',
  description: 'A Luhn-valid card number together with its expiry date or CVV/CVC: enough to make fraudulent card-not-present payments. PCI DSS forbids storing the security code at all.',
  pack: 'pci',
  confidence: 0.95,
  keywords: ['exp', 'valid', 'good thru', 'cvv', 'cvc', 'csc', 'cid', 'security code', 'verification', '/'],
  match: (view) => matchCardWithExpiry(view),
};

export const trackDataRule: Rule = {
  id: 'pii-pci-track-data',
  category: 'privacy_violation',
  severity: 'critical',
  owasp: 'LLM02:2025',
  title: 'PCI: magnetic-stripe track data',
  description: 'Track 1 (%B…^NAME^YYMM…) or Track 2 (;PAN=YYMM…?) data from a card\'s magnetic stripe. Full track data allows cloning the card; PCI DSS forbids storing it after authorisation.',
  pack: 'pci',
  confidence: 0.95,
  keywords: ['^', '='],
  patterns: [/%?b\d{12,19}\^[a-z .'/-]{2,26}\^\d{4}\d{0,40}\??/g, /;\d{12,19}=\d{4}\d{0,40}\?/g],
  validate: (m) => (cardNumberValid((/\d{12,19}/.exec(m[0]) ?? [''])[0]) ? 0.95 : 0),
};
