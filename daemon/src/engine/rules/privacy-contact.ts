import type { RawMatch, Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { fromThirdParty } from '../types';
import { digitsOf } from './validators';
import { around } from './lexicon-meta';
import { ORGANISATION_CUE, PERSON_CUE } from './privacy-context';
import { eachMatch } from './pattern-scan';

/**
 * Contact details: phone numbers, email addresses and street addresses. Alone each is a
 * weak signal (a company's support line, a mailing-list address), so they stay below the
 * flagging threshold unless the text ties them to a private person, or several of them
 * appear together as a person's contact record.
 */

/**
 * Highest confidence of a single email address, phone number or street address in third-party content (tool results,
 * documents): below the flagging threshold. A contact record (several details of one person) and
 * identifiers (SSN, cards, IBAN) still flag there.
 */
const THIRD_PARTY_CONTACT = 0.5;

const PHONE_LABEL = String.raw`(?:(?:call|reach|text|ring)\s+(?:me|him|her|us)\s+(?:at|on)|phone|tel(?:ephone)?|mobile|cell(?:phone)?|fax|office|handy|téléphone|portable|teléfono|telefono|móvil|celular|telefon|電話|电话|手机|携帯|телефон|моб\.?)`;
/** Formatted phone numbers: +CC international, (AAA) BBB-CCCC / AAA-BBB-CCCC US, or digits right after a phone label. */
export const PHONE_PATTERNS: readonly RegExp[] = [
  /(?<![\w+/.-])\+\d{1,3}[\s.-]?(?:\(0?\d{1,4}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{1,5}){1,5}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w/-])/g,
  /(?<![\w+/.-])(?:(?:001|1)[\s.-])?(?:\(\d{3}\)\s?|\d{3}[.-])\d{3}[.-]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w/-])/g,
  new RegExp(String.raw`${PHONE_LABEL}\s*(?:number|no\.?|#)?\s*(?:is\s*)?[:：]?\s{0,3}(\+?\(?\d[\d\s().-]{5,18}\d)(?![\d])`, 'g'),
  // "781 1704 office": anchored on the label word, the number is checked by a lookbehind.
  /\b(?:office|fax|mobile|home|cell|work)\b(?<=(?<![\w+/.-])\+?\(?\d[\d\s().-]{5,18}\d\s{1,3}(?:office|fax|mobile|home|cell|work))/g,
];

function phoneConfidence(text: string, start: number, end: number, raw: string): number {
  const n = digitsOf(raw).length;
  if (n < 7 || n > 15) return 0;
  if (/^(?:19|20)\d{2}[-.](?:0\d|1[0-2])[-.]\d{2}/.test(raw.trim())) return 0; // an ISO date, not a phone
  const near = around(text, start, end, 60);
  // "my doctor's office number": a practice's line, whoever's doctor it is.
  // "their support line", "its sales number": the possessive is the company's.
  const personal = PERSON_CUE.test(near.replace(/\b(?:their|its|our)\s+(?=(?:support|customer|help|sales|service|main|toll|office|hotline|helpline)\b)/gu, ''));
  if (PRACTICE_LINE.test(near) || (ORGANISATION_CUE.test(near) && !personal)) return 0.3;
  return personal ? 0.65 : 0.5;
}

/** A professional's practice: its number is published for patients and clients. */
const PRACTICE_LINE = /\b(?:doctor|dentist|lawyer|attorney|accountant|vet|physician|gp|therapist|optician|pharmacist)['’]?s?\s+(?:office|practice|surgery|clinic)\b/;

export const phoneRule: Rule = {
  id: 'pii-phone-number',
  category: 'privacy_violation',
  severity: 'medium',
  owasp: 'LLM02:2025',
  title: 'Personal phone number',
  description:
    'A formatted phone number (+CC …, (AAA) BBB-CCCC, or digits after a phone label). Alone it is a weak signal and does not flag; next to "my", "his", "mobile", "home" or a name label it counts as a personal number. Business lines ("support", "call us") are scored lower.',
  confidence: 0.5,
  keywords: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  patterns: PHONE_PATTERNS,
  validate: (m, view, ctx) => {
    // (A phone number in a fetched email or record is ordinary content: see the email rule.)
    const cap = fromThirdParty(ctx) ? THIRD_PARTY_CONTACT : 1;
    if (/^[a-z]/.test(m[0]) && m[1] === undefined) {
      // Label-anchored form: the number is the digits just before the label.
      const lead = /\+?\(?\d[\d\s().-]{5,18}\d\s{1,3}$/.exec(view.text.slice(Math.max(0, m.index - 24), m.index));
      return lead ? Math.min(cap, phoneConfidence(view.text, m.index - lead[0].length, m.index, lead[0])) : 0;
    }
    const raw = m[1] ?? m[0];
    const start = m[1] !== undefined ? m.index + m[0].indexOf(m[1]) : m.index;
    return Math.min(cap, phoneConfidence(view.text, start, start + raw.length, raw));
  },
};

export const EMAIL_PATTERN = /(?<![\w.+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}\.){1,4}[a-z]{2,24}(?![\w-])/g;
const ROLE_ACCOUNT = /^(?:support|info|contact|sales|admin|noreply|no-reply|help|hello|team|press|privacy|security|webmaster|marketing|billing|jobs|careers|abuse|postmaster|office|service|enquiries|inquiries|feedback|hr|legal|media|news|newsletter|orders|returns|accounts|dev|devnull|root|test|user|username|name|email|you|me|foo|bar|john\.doe|jane\.doe)@|@(?:example|test|localhost|domain|email|company|yourcompany|mycompany)\.|\.(?:example|test|invalid|local)$/;
const PERSONAL_EMAIL_CONTEXT =
  /(?:\b(?:his|her|their)\s+(?:personal\s+|private\s+|work\s+)?e-?mail|'s\s+(?:personal\s+|private\s+|work\s+)?e-?mail|e-?mail\s+(?:address\s+)?of\s+(?:my\s+)?[a-z]+|\b(?:personal|private)\s+e-?mail|contact\s+\w+(?:\s+\w+)?\s+(?:by\s+e-?mail\s+)?at|reach\s+(?:him|her|them|\w+)\s+at|e-?mail\s*[:：])/;

export const emailRule: Rule = {
  id: 'pii-email-address',
  category: 'privacy_violation',
  severity: 'low',
  owasp: 'LLM02:2025',
  title: 'Personal email address',
  description:
    'An email address. Alone it is a weak signal and does not flag; tied to a person ("her personal email is …", "email of John …") it counts as disclosure. Role accounts (support@, info@) and example domains are scored lowest.',
  confidence: 0.4,
  keywords: ['@'],
  patterns: [EMAIL_PATTERN],
  validate: (m, view, ctx) => {
    if (ROLE_ACCOUNT.test(m[0])) return 0.25;
    const before = view.text.slice(Math.max(0, m.index - 60), m.index);
    // Emails, tickets and CRM records an agent fetches are full of people's addresses: there one is ordinary content, not a disclosure.
    if (PERSONAL_EMAIL_CONTEXT.test(before)) return fromThirdParty(ctx) ? THIRD_PARTY_CONTACT : 0.65;
    return PERSON_CUE.test(around(view.text, m.index, m.index + m[0].length, 40)) ? 0.5 : 0.4;
  },
};

const STREET_SUFFIX = String.raw`(?:street|st\.|str\.?|strasse|straße|avenue|ave\.?|road|rd\.?|lane|ln\.?|drive|dr\.|boulevard|blvd\.?|court|ct\.|way|place|pl\.|terrace|square|sq\.|parkway|pkwy|highway|hwy|circle|cir\.|crescent|close|alley|row|weg|laan|straat|gasse|allee|platz|ring|damm|ufer|tie|katu|kuja|vej|gatan|gata|gate|gade|vägen|veien|veg|tér|utca|u\.)`;
const STREET_PREFIX = String.raw`(?:rue|avenue|boulevard|chemin|impasse|allée|calle|avenida|carrera|paseo|plaza|via|viale|vicolo|piazza|piazzetta|corso|largo|rua|travessa|ul\.|ulica|ulitsa)`;
/** A street line: number + street name + suffix, a prefix-style street + number, or a unit/military box. */
export const ADDRESS_PATTERNS: readonly RegExp[] = [
  // (No `u` flag and no \p{L} here: Unicode property classes make these scans several times slower.)
  new RegExp(String.raw`\b\d{1,6}[a-z]?\s+(?:[^\s\d]{1,25}\s+){0,3}${STREET_SUFFIX}(?![a-zà-ÿ])(?:\s+\d{1,5}[a-z]?\b)?`, 'g'),
  new RegExp(String.raw`(?:\b${STREET_PREFIX}|(?:улица|ул\.|проспект|пр\.))\s+(?:[^\s\d]{1,25}\s+){0,4}\d{1,5}[a-z]?\b`, 'g'),
  /\b(?:apt\.?|apartment|suite|unit)\s*#?\s*\d{1,5}[a-z]?\b|\b(?:psc|unit)\s+\d{3,5},?\s+box\s+\d{3,5}\b|\bp\.?\s?o\.?\s+box\s+\d{1,6}\b/g,
  // A whole line "12345 Streetname 67" as written in international address blocks.
  /(?:^|\n)[ \t>?*-]{0,4}\d{1,6}[ \t]+[^\s\d]{2,25}(?:[ \t]+[^\s\d]{1,25}){0,3}[ \t]+\d{1,5}[a-z]?\.?(?=[ \t]*(?:\n|,|$))/g,
];

/** "lives at 12 …", "her address: 34 …": whatever follows is a street address. */
const RESIDENCE_LEAD = /(?:\blives?\s+(?:at|on)|\bresides?\s+at|\b(?:his|her|their|my)\s+(?:home\s+)?address(?:\s+is)?\s*[:：]?|\baddress\s*[:：])\s*(?:\d{1,6}\s+[^\s\d][^\n]{2,60}|(?:rue|calle|via|avenida|avenue|viale|piazza|ul\.)\s+[^\s\d][^\n]{2,60})/g;

const RESIDENCE_CONTEXT =
  /(?:\blives?\s+(?:at|on)|\bresides?\s+at|\bliving\s+at|\bhome\s+address|\b(?:his|her|their|my)\s+(?:home\s+|new\s+|current\s+)?address|'s\s+(?:home\s+)?address|\baddress\s*[:：]|\bmoved\s+to|\bwohnt\s+in|\bhabite\s+(?:au|à)|\bvive\s+en|住址|住所|адрес)/;

export const streetAddressRule: Rule = {
  id: 'pii-street-address',
  category: 'privacy_violation',
  severity: 'medium',
  owasp: 'LLM02:2025',
  title: "Private person's street address",
  description:
    'A street address (number + street, unit/suite, PO/military box). It flags only when tied to a person ("lives at", "her home address", "Address:" in a personal record); a business address alone does not.',
  confidence: 0.7,
  keywords: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  patterns: [...ADDRESS_PATTERNS, RESIDENCE_LEAD],
  validate: (m, view, ctx) => {
    // (One address in a fetched email or record is ordinary content: see the email rule.)
    const cap = fromThirdParty(ctx) ? THIRD_PARTY_CONTACT : 1;
    if (/^(?:lives?|resides?|his|her|their|my|address)/.test(m[0])) return Math.min(cap, 0.7);
    const before = view.text.slice(Math.max(0, m.index - 80), m.index);
    const near = around(view.text, m.index, m.index + m[0].length, 80);
    if (RESIDENCE_CONTEXT.test(before)) return Math.min(cap, ORGANISATION_CUE.test(near) && !/\b(?:his|her|their|my|lives?)\b/.test(before) ? 0.45 : 0.7);
    return 0.4;
  },
};

/** Lines of a contact card whose first line is a 2–4 word name (no digits, no common non-name words). */
const NAME_LINE = /^[\s>?*-]{0,6}(?:(?:mr|mrs|ms|miss|dr|prof)\.?\s+)?[\p{L}'’.-]{1,25}(?:\s+[\p{L}'’.-]{1,25}){1,3}\s*$/u;
const NOT_NAME = /\b(?:the|and|of|for|to|in|on|at|with|dear|hi|hello|thanks|thank|regards|best|sincerely|cheers|address|phone|email|contact|us|our|your|inc|ltd|llc|corp|company|street|road|avenue|department|office|team|support|service|info|information|personal|website|date|subject|from|sent|re|fw)\b/;

const UNIT_ONLY = /^(?:apt\.?|apartment|suite|unit)\s*#?\s*\d{1,5}[a-z]?$/;
const PROSE_AFTER = /^[ \t]+(?:on|at|in|for|from|to|and|or|is|was|will|has|had|between|this|next|today|tomorrow|tonight|before|after|until|by|with|while|when)\b/;

function contactItems(view: TextView, text: string): { kind: string; start: number; end: number }[] {
  const items: { kind: string; start: number; end: number }[] = [];
  const scan = (kind: string, patterns: readonly RegExp[]) => {
    for (const p of patterns) {
      let budget = 50;
      eachMatch(
        view,
        p,
        (m) => {
          if (budget-- <= 0) return false;
          const raw = m[1] ?? (/^[a-z]/.test(m[0]) ? text.slice(Math.max(0, m.index - 24), m.index) : m[0]);
          if (kind === 'phone' && digitsOf(raw).length < 7) return true;
          // Role accounts and example domains (jane.doe@example.com in docs and code) are nobody's contact.
          if (kind === 'email' && ROLE_ACCOUNT.test(m[0])) return true;
          // "access unit 5D on Tuesday": a flat named in a sentence, not a line of an address.
          if (kind === 'address' && UNIT_ONLY.test(m[0]) && PROSE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return true;
          items.push({ kind, start: m.index, end: m.index + m[0].length });
          return true;
        },
        text,
      );
    }
  };
  scan('phone', PHONE_PATTERNS);
  scan('email', [EMAIL_PATTERN]);
  scan('address', ADDRESS_PATTERNS);
  return items.sort((a, b) => a.start - b.start);
}

/** True when `text` has at least `n` ASCII digits (stops counting there). */
function atLeastDigits(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39 && ++count >= n) return true;
  }
  return false;
}

function matchContactRecord(view: TextView): RawMatch[] {
  const text = view.text.length > 20000 ? view.text.slice(0, 20000) : view.text;
  // Cheap gate: a record needs several digits (phone, house number, postcode) or an email.
  if (!text.includes('@') && !atLeastDigits(text, 6)) return [];
  const items = contactItems(view, text);
  if (items.length === 0) return [];
  const kinds = new Set(items.map((i) => i.kind));
  const start = items[0].start;
  const end = items[items.length - 1].end;
  if (end - start > 600) return [];
  const firstLine = text.slice(0, start).split('\n').find((l) => /\p{L}/u.test(l)) ?? '';
  const nameLine = NAME_LINE.test(firstLine) && !NOT_NAME.test(firstLine);
  const region = text.slice(Math.max(0, start - 200), end);
  const labelled = /\bname\s*[:：]|\b(?:mr|mrs|ms|dr)\.\s+[\p{L}]/u.test(region);
  const person = nameLine || labelled || PERSON_CUE.test(region);
  if (!person) return [];
  // Two kinds of contact detail for one person, or one detail under an explicit name label / title / name line.
  const conf = kinds.size >= 2 ? 0.7 : labelled || (nameLine && items.length >= 2) ? 0.65 : 0;
  if (conf === 0) return [];
  const org = ORGANISATION_CUE.test(region) && !nameLine && !/\bname\s*[:：]|\b(?:his|her|my)\b/.test(region);
  return [{ start, end, confidence: org ? 0.45 : conf }];
}

export const contactRecordRule: Rule = {
  id: 'pii-contact-record',
  category: 'privacy_violation',
  severity: 'high',
  owasp: 'LLM02:2025',
  title: "A private person's contact record",
  description:
    'A name together with two or more contact details (street address, phone, email) within a few lines: a person\'s contact card or profile. Organisation contact blocks without a personal name are scored below the threshold.',
  confidence: 0.7,
  // A record may hold an email and no digit.
  keywords: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '@'],
  match: (view) => matchContactRecord(view),
};
