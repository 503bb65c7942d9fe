import type { Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { cardNumberValid, digitsOf, ibanValid, ssnValid } from './validators';
import { around } from './lexicon-meta';

/**
 * Government and financial identifiers in a message: US SSNs, payment cards, IBANs,
 * passport and driving-licence numbers. Every candidate passes a checksum or numbering
 * check; context words ("SSN", "card", "passport") raise confidence, words that mark an
 * order or tracking number lower it.
 */

const SSN_CONTEXT =
  /\b(?:ssn|ss#|social\s+security|soc\.?\s+sec|tax\s*id|tin)\b|sozialversicherung|sécurité\s+sociale|seguro\s+social|seguridad\s+social|社会保障|社会安全|社保|社会保険|снилс|социального\s+страхования/;

function ssnConfidence(m: RegExpExecArray, view: TextView): number {
  if (!ssnValid(m[0])) return 0;
  const context = SSN_CONTEXT.test(around(view.text, m.index, m.index + m[0].length, 50));
  const dashed = /^\d{3}-\d{2}-\d{4}$/.test(m[0]);
  if (context) return 0.95;
  return dashed ? 0.75 : 0;
}

export const ssnRule: Rule = {
  id: 'pii-us-ssn',
  category: 'privacy_violation',
  severity: 'critical',
  owasp: 'LLM02:2025',
  title: 'US Social Security Number',
  description:
    'A US SSN (AAA-GG-SSSS) that passes the numbering rules (no 000/666/9xx area, no 00 group, no 0000 serial). Undashed or spaced forms count only next to "SSN" or "social security". Disclosure enables identity theft.',
  confidence: 0.9,
  keywords: ['-', ' ', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  patterns: [/(?<![\d-])\d{3}([- ]?)\d{2}\1\d{4}(?![\d-])/g],
  validate: ssnConfidence,
};

const CARD_CONTEXT =
  /\b(?:card|visa|master\s?card|amex|american\s+express|discover|diners|jcb|maestro|unionpay|credit|debit|cc\s*(?:no|num|#)|pan|carte|karte|kreditkarte|tarjeta|cartão|carta|kaart)\b|信用卡|银行卡|卡号|クレジット|カード|карт[аыу]/;
const NOT_CARD_CONTEXT = /\b(?:order|tracking|invoice|isbn|issn|imei|serial|ticket|reference|ref|booking|confirmation|account\s+id|customer\s+id|phone|tel|fax|id)\s*(?:no\.?|number|#|:)?\s*$/;

const TEST_CARD_CONTEXT = /\b(?:test|testing|sandbox|dummy|demo)\s+(?:card|cards|number|numbers|credit\s+card|visa|mastercard|pan)\b|\b(?:stripe|braintree|adyen|paypal|checkout\.com)\b[^.\n]{0,40}\btest|\btest\s+mode\b/;

function cardConfidence(m: RegExpExecArray, view: TextView): number {
  const raw = m[0];
  if (!cardNumberValid(raw)) return 0;
  const text = view.text;
  const seps = raw.replace(/\d/g, '');
  const groups = raw.split(/[ -]/).map((g) => g.length);
  const consistent = seps.length === 0 || (new Set(seps).size === 1 && (groups.every((n) => n === 4) || groups.slice(0, -1).every((n) => n === 4) || groups.join(',') === '4,6,5' || groups.join(',') === '4,6,4'));
  if (!consistent) return 0.45;
  const before = text.slice(Math.max(0, m.index - 30), m.index);
  if (NOT_CARD_CONTEXT.test(before)) return 0.4;
  const near = around(text, m.index, m.index + raw.length, 60);
  // A processor's documented test number ("the Stripe test card 4242 4242 4242 4242") is nobody's card.
  if (TEST_CARD_CONTEXT.test(near)) return 0.45;
  if (CARD_CONTEXT.test(near)) return 0.95;
  return seps.length > 0 ? 0.85 : 0.7;
}

export const paymentCardRule: Rule = {
  id: 'pii-payment-card',
  category: 'privacy_violation',
  severity: 'critical',
  owasp: 'LLM02:2025',
  title: 'Payment card number',
  description:
    'A 12–19 digit card number (spaces or dashes allowed) that passes the Luhn check and starts with a known issuer prefix (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro). Card numbers in prompts or outputs breach PCI DSS.',
  confidence: 0.9,
  keywords: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  patterns: [/(?<![\d.,/:-])\d(?:[ -]?\d){11,18}(?![\d]|[.,]\d)/g],
  validate: cardConfidence,
};

const BUSINESS_ACCOUNT = /\b(?:gmbh|ltd|llc|inc|plc|sarl|s\.a\.r\.l\.|s\.r\.l|s\.p\.a|s\.l\.|b\.v\.|bv|ag|kg|sas|s\.a\.)(?![\w])|\b(?:our|the)\s+company(?:'s)?\s+(?:iban|account|bank)|\bcompany\s+iban\b|\bbusiness\s+account\b|\bfor\s+(?:all\s+)?invoices\b/;
/** An invoice's own payment details: "Invoice #7781 … Bill to: … IBAN for payment: …". */
const INVOICE_PAYMENT = /\binvoice\s*(?:#|no\.?|number)\s*\w+[\s\S]{0,200}(?:\bfor\s+payment\b|\bpayable\s+to\b|\bplease\s+pay\b|\bpayment\s+details\b)|(?:factura|fattura|rechnung|facture|fatura|nota\s+fiscal|zahlungsavis|avis\s+de\s+paiement|sollecito\s+di\s+pagamento|remittance)[\s\S]{0,300}(?:iban|bonifico|transferencia|überweisung|virement|transferência|pagamento|pago|zahlung|paiement)/;
/** A longer invoice: its heading anywhere above, and the payment order right before the account ("please pay by bank transfer to IBAN …"). */
const INVOICE_HEADING = /(?:^|\n)\s{0,4}(?:invoice|rechnung|factura|facture|fattura|fatura|nota\s+fiscal)\b/;
const PAY_TO = /(?:pay(?:able)?|payment|transfer|remit)\s[^\n]{0,50}\bto\b[^\n]{0,12}$|überweisen\s[^\n]{0,60}\bauf\b[^\n]{0,12}$|(?:virement|paiement)\s[^\n]{0,50}\b(?:sur|au|à)\b[^\n]{0,12}$|(?:transferencia|pago|ingreso)\s[^\n]{0,50}\b(?:a|en)\b[^\n]{0,12}$|bonifico\s[^\n]{0,50}\b(?:su|a|al)\b[^\n]{0,12}$|(?:transferência|pagamento|depósito)\s[^\n]{0,50}\b(?:para|na|no)\b[^\n]{0,12}$/;

function ibanConfidence(m: RegExpExecArray, view: TextView): number {
  if (!ibanValid(m[0])) return 0;
  const near = around(view.text, m.index, m.index + m[0].length, 50);
  // A company's account for invoices is published on every invoice: not a person's data.
  if (BUSINESS_ACCOUNT.test(near) || INVOICE_PAYMENT.test(view.text.slice(Math.max(0, m.index - 300), m.index))) return 0.45;
  if (PAY_TO.test(view.text.slice(Math.max(0, m.index - 90), m.index)) && INVOICE_HEADING.test(view.text.slice(Math.max(0, m.index - 1500), m.index))) return 0.45;
  const context = /\b(?:iban|account|bank|konto|compte|cuenta|conto|rekening|transfer|wire|überweisung|virement)\b|账户|口座|счёт|счет/.test(near);
  return context ? 0.95 : 0.9;
}

export const ibanRule: Rule = {
  id: 'pii-iban',
  category: 'privacy_violation',
  severity: 'high',
  owasp: 'LLM02:2025',
  title: 'International bank account number (IBAN)',
  description:
    'An IBAN whose country length and ISO 7064 mod-97 check digits are valid. A personal bank account number is sensitive financial data.',
  confidence: 0.9,
  keywords: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  patterns: [/\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?\b/g],
  validate: ibanConfidence,
};

const ID_DOCUMENT = String.raw`(?:passport|passeport|pasaporte|passaporto|reisepass|pass(?:port)?\s*(?:no\.?|number|#)|driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|licen[cs]e\s+(?:no\.?|number|#)|dl\s*(?:no\.?|number|#)|führerschein|permis\s+de\s+conduire|licencia\s+de\s+conducir|carnet\s+de\s+conducir|national\s+id(?:\s+(?:card|number))?|national\s+insurance(?:\s+(?:no\.?|numbers?))?|ni\s+(?:no\.?|numbers?)|nino|id\s+card\s+number|personalausweis|carte\s+d'identité|dni|nie|护照|驾照|驾驶证|身份证|パスポート|運転免許(?:証)?|паспорт\w{0,4}|водительск\w{0,4}\s+удостоверени\w{0,3})`;

export const idDocumentRule: Rule = {
  id: 'pii-id-document-number',
  category: 'privacy_violation',
  severity: 'high',
  owasp: 'LLM02:2025',
  title: 'Passport, driving-licence or national ID number',
  description:
    'A document number (letters and at least five digits) right after "passport", "driver\'s license", "national ID" or their translations. These identify a person and enable fraud.',
  confidence: 0.8,
  keywords: ['pass', 'licen', 'dl', 'führerschein', 'permis', 'carnet', 'id', 'dni', 'nie', 'insurance', 'ni', 'nino', 'ausweis', 'identité', '护照', '驾', '身份证', 'パスポート', '運転免許', 'паспорт', 'водительск'],
  patterns: [
    // A whole word: "siniestro" (a claim) holds "nie", a Spanish foreigner's id. (The lookahead, implied by what follows it, rejects
    // a document word with no digit near in one pass: 100 KB of "dni dni …" took 9.5 ms trying the number at every gap length.)
    new RegExp(String.raw`(?<![a-zà-ÿ])${ID_DOCUMENT}(?=[^\n\d]{0,34}\d)[^\n\d]{0,30}?(?<!\w)[a-z]{0,3}[- ]?\d(?:[- ]?[\da-z]){4,16}(?![\w])`, 'g'),
    // China's resident ID: 17 digits and a check character, longer than the generic shape allows.
    /(?:身份证|居民身份证)(?:号码?)?[^\n\d]{0,10}?\d{17}[\dx](?![\dx])/g,
  ],
  validate: (m) => {
    const id = m[0].slice(m[0].search(/[a-z]{0,3}[- ]?\d(?:[- ]?[\da-z]){4,17}$/));
    return digitsOf(id).length >= 5 ? 0.8 : 0;
  },
};
