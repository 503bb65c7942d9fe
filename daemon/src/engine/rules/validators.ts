/**
 * Check-digit and structure validators for personal identifiers. A digit run is only
 * reported as a card, IBAN or SSN when its checksum or numbering rules hold, which keeps
 * order numbers, timestamps and ISBNs out of the findings.
 */

/** Digits of `s`, ignoring separators. */
export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** Luhn (mod 10) check used by payment card numbers. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Card brand lengths by issuer prefix (IIN); undefined when the prefix belongs to no major scheme. */
export function cardBrand(digits: string): string | undefined {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p6 >= 222100 && p6 <= 272099)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) && n >= 16 && n <= 19) return 'discover';
  if (p2 === 35 && n >= 16 && n <= 19) return 'jcb';
  if ((p4 === 2131 || p4 === 1800) && n === 15) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19) return 'diners';
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) return 'maestro';
  return undefined;
}

/** A plausible payment card: 13–19 digits (12 for Maestro), Luhn-valid, known issuer prefix, not one repeated digit. */
export function cardNumberValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length < 12 || d.length > 19) return false;
  if (/^(\d)\1+$/.test(d)) return false;
  const brand = cardBrand(d);
  if (brand === undefined || (d.length === 12 && brand !== 'maestro')) return false;
  return luhnValid(d);
}

/** IBAN lengths per country (ISO 13616 registry). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** IBAN structure and ISO 7064 mod-97 check; separators (spaces) are ignored, case-insensitive. */
export function ibanValid(raw: string): boolean {
  const s = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const expected = IBAN_LENGTHS[s.slice(0, 2)];
  if (expected === undefined || s.length !== expected) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const val = code >= 65 ? String(code - 55) : ch;
    for (const digit of val) rem = (rem * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

/**
 * US Social Security Number numbering rules: area 001–899 except 666, group 01–99,
 * serial 0001–9999. Well-known advertising/sample numbers are rejected too.
 */
export function ssnValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 9) return false;
  const area = Number(d.slice(0, 3));
  const group = Number(d.slice(3, 5));
  const serial = Number(d.slice(5));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (group === 0 || serial === 0) return false;
  if (d === '078051120' || d === '219099999' || d === '123456789') return false;
  return !/^(\d)\1{8}$/.test(d);
}
