import type { RawMatch, Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { digitsOf } from './validators';
import { indexed, scoredMatches } from './pattern-scan';

/**
 * HIPAA rule pack (medical preset): identifiers that make health data protected health
 * information: medical record numbers, ICD-10 diagnosis codes next to a patient, and
 * health-plan / Medicare beneficiary numbers. These only run when the `hipaa` pack is on.
 */

export const medicalRecordNumberRule: Rule = {
  id: 'pii-hipaa-medical-record-number',
  category: 'privacy_violation',
  severity: 'high',
  owasp: 'LLM02:2025',
  title: 'HIPAA: medical record number',
  description: 'A medical record number, patient ID or chart number (MRN: 00123456). Under HIPAA it is one of the 18 identifiers that make health data PHI.',
  pack: 'hipaa',
  confidence: 0.85,
  keywords: ['mrn', 'medical record', 'patient', 'chart', 'med rec'],
  patterns: [/\b(?:mrn|medical\s+record\s+(?:number|no\.?|#)|patient\s+(?:id|number|no\.?|#)|chart\s+(?:number|no\.?|#)|med\s+rec\s+#?)\s*[:#]?\s*(?:is\s+)?[a-z]{0,3}-?\d{5,10}\b/g],
  validate: () => 0.85,
};

const ICD10 = indexed(/\b(?:icd-?10(?:-cm)?\s*(?:code)?\s*[:#]?\s*)?([a-tv-z]\d{2}(?:\.\d{1,4}[a-z]?)?)(?![\w.])/g);
const PATIENT_CONTEXT = /\b(?:patient|pt\.|mrn|dob|d\.o\.b\.|date\s+of\s+birth|name\s*[:：]|mr\.|mrs\.|ms\.|diagnos[ie]s|dx\s*[:：]|admitted|discharged|member\s+id)\b/;

function matchDiagnosisCodes(view: TextView): RawMatch[] {
  const text = view.text;
  return scoredMatches(view, ICD10, 200, 16, (m) => {
    const labelled = /^icd/.test(m[0]);
    const dotted = m[1].includes('.');
    if (!labelled && !dotted) return null;
    const near = text.slice(Math.max(0, m.index - 150), m.index + m[0].length + 150);
    if (!PATIENT_CONTEXT.test(near)) return null;
    return { start: m.index, end: m.index + m[0].length, confidence: labelled ? 0.85 : 0.75 };
  });
}

export const diagnosisCodeRule: Rule = {
  id: 'pii-hipaa-diagnosis-code',
  category: 'privacy_violation',
  severity: 'high',
  owasp: 'LLM02:2025',
  title: 'HIPAA: ICD-10 diagnosis code tied to a patient',
  description: 'An ICD-10 code (E11.9, F32.1, "ICD-10: J45") within a few lines of a patient name, MRN or date of birth: a diagnosis attached to an identifiable patient.',
  pack: 'hipaa',
  confidence: 0.8,
  keywords: ['icd', '.'],
  match: (view) => matchDiagnosisCodes(view),
};

export const healthPlanIdRule: Rule = {
  id: 'pii-hipaa-health-plan-id',
  category: 'privacy_violation',
  severity: 'high',
  owasp: 'LLM02:2025',
  title: 'HIPAA: health plan beneficiary or member number',
  description: 'A health insurance member ID, subscriber ID, policy number or Medicare Beneficiary Identifier (MBI). Health plan numbers are HIPAA identifiers.',
  pack: 'hipaa',
  confidence: 0.8,
  keywords: ['member', 'subscriber', 'health plan', 'beneficiary', 'medicare', 'mbi', 'medicaid', 'insurance', 'policy', 'group'],
  patterns: [
    /\b(?:member\s+id|subscriber\s+id|health\s+plan\s+(?:id|number|beneficiary\s+number)|beneficiary\s+(?:id|number)|medicare\s+(?:number|id|beneficiary\s+identifier)|mbi|medicaid\s+(?:id|number)|insurance\s+(?:id|member\s+id|policy\s+number|number)|policy\s+(?:number|no\.?|#)|group\s+(?:number|no\.?|#))\s*[:#]?\s*(?:is\s+)?([a-z0-9][a-z0-9-]{5,16})\b/g,
    /\b\d[a-z][a-z0-9]\d-?[a-z][a-z0-9]\d-?[a-z]{2}\d{2}\b/g,
  ],
  validate: (m) => {
    if (m[1] === undefined) return /\b(?:mbi|medicare|beneficiary)\b/.test(m.input.slice(Math.max(0, m.index - 60), m.index)) ? 0.85 : 0;
    return digitsOf(m[1]).length >= 4 ? 0.8 : 0;
  },
};
