import type { RawMatch, Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { explanationFactor } from './malicious-input-context';
import { indexed, scoredMatches } from './pattern-scan';

/**
 * A health record of an identifiable person: a date of birth and a diagnosis in the same few lines
 * ("Patient: M. G., DOB 03/14/1985 … Dx: HIV positive", "né le 12/05/1962 … diabète", "1979年4月2日生、
 * HIV陽性"). Either alone is common (forms ask for a birth date, articles name diseases); together they
 * are protected health information, whatever language or layout the record uses.
 */

/** A birth-date label followed by a date, or a date written as a birth date (年月日生, г.р.). */
const BIRTH_DATE = indexed(
  new RegExp(
    [
      String.raw`\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|born(?:\s+on)?|birth\s*date|n[ée]e?\s+le|date\s+de\s+naissance|geb(?:\.|oren(?:\s+am)?)|geburtsdatum|fecha\s+de\s+nacimiento|nacid[oa]\s+el|data\s+di\s+nascita|nat[oa]\s+il|data\s+de\s+nascimento|дата\s+рождения|родил(?:ся|ась))\s*[:：]?\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`,
      String.raw`\d{4}年\d{1,2}月\d{1,2}日(?:生|生まれ|出生)`,
      String.raw`(?:出生日期|生年月日)\s*[:：]?\s*\d{4}`,
      String.raw`\b\d{4}\s*г\.\s*р\.`,
    ].join('|'),
    'g',
  ),
);

/** Diagnoses and test results that are sensitive about anyone (seven languages). */
const DIAGNOSIS = new RegExp(
  [
    String.raw`\b(?:hiv|aids|hepatitis(?:\s*[abc])?|cancer|carcinoma|leuk(?:a)?emia|diabetes|schizophreni\w*|bipolar|dementia|alzheimer\w*|depression|major\s+depressive|ptsd|epilepsy|tuberculosis|syphilis|chlamydia|pregnan\w*|miscarriage|overdose|addiction|positive\s+for|tested\s+positive|dx\s*[:：]|diagnos\w*|vih|sida|hépatite|diabète|dépression|schizophrénie|krebs|positiv|diagnose|depresión|cáncer|positivo|diagnóstico)\b`,
    // Cyrillic and CJK: JavaScript's \b only knows ASCII words.
    String.raw`вич|спид|гепатит|диабет|депресси|шизофрени|онкологи|диагноз|陽性|阳性|うつ病|糖尿病|がん|癌|統合失調症|抑郁|艾滋|乙肝|肝炎|精神分裂`,
  ].join('|'),
);

/** How far from the birth date a diagnosis still belongs to the same record. */
const BEFORE = 160;
const AFTER = 260;

function matchHealthRecords(view: TextView): RawMatch[] {
  const text = view.text;
  return scoredMatches(view, BIRTH_DATE, 32, 8, (m) => {
    const from = Math.max(0, m.index - BEFORE);
    const to = Math.min(text.length, m.index + m[0].length + AFTER);
    const dx = DIAGNOSIS.exec(text.slice(from, to));
    if (!dx) return null;
    const at = from + dx.index;
    const start = Math.min(m.index, at);
    const end = Math.max(m.index + m[0].length, at + dx[0].length);
    return { start, end, confidence: 0.8 * explanationFactor(text, start) };
  });
}

export const healthRecordRule: Rule = {
  id: 'pii-health-record',
  category: 'privacy_violation',
  severity: 'high',
  owasp: 'LLM02:2025',
  title: "A person's health record: date of birth with a diagnosis",
  description:
    'A date of birth and a diagnosis or test result in the same few lines — a patient record, in any of the supported languages ("DOB 03/14/1985 … Dx: HIV positive", "né le 12/05/1962 … diabète", "1979年4月2日生、HIV陽性"). Either alone is common; together they identify a person and disclose special-category health data.',
  confidence: 0.8,
  keywords: ['dob', 'd.o.b', 'birth', 'born', 'né', 'née', 'naissance', 'geb', 'nacimiento', 'nacid', 'nascita', 'nat', 'nascimento', 'рождения', 'родил', 'г.', '日生', '生まれ', '出生', '生年月日'],
  match: (view) => matchHealthRecords(view),
};
