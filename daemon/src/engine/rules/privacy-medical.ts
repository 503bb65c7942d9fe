import type { Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { explanationFactor } from './malicious-input-context';
import { RELATION } from './privacy-context';

/**
 * Disclosure of an identifiable person's health information: a diagnosis, positive test or
 * treatment stated about a titled or named patient or a relative. "The patient was diagnosed
 * with …" without anyone identifiable, and medical questions about oneself, do not match.
 */

const NAME_TOKEN = String.raw`(?!(?:was|is|has|had|have|with|who|that|the|and|in|at|of|presented|reported|needs|needed|should|will|may|can|could|would|did|does|to|for|a|an|been|being|also|then|now|still|recently|currently|first|later|suffers|tested|diagnosed|patients?)\b)[a-z][a-z'’-]{1,20}`;
const DIAGNOSIS = String.raw`(?:(?:was|has\s+been|is|had\s+been|got|been)\s+)?(?:diagnosed\s+(?:with|hiv)|tested\s+positive\s+for|suffers\s+from|is\s+suffering\s+from|being\s+treated\s+for|treated\s+for|was\s+prescribed|admitted\s+(?:to|for)\s+(?:rehab|psychiatric|detox)|is\s+hiv[- ]positive|has\s+(?:hiv|aids|cancer|diabetes|schizophrenia|bipolar(?:\s+disorder)?|dementia|alzheimer'?s|depression|an?\s+std|hepatitis\s+[bc]|epilepsy|tuberculosis)|diagnosis\s*[:：])`;

export const medicalDisclosureRule: Rule = {
  id: 'pii-medical-disclosure',
  category: 'privacy_violation',
  severity: 'high',
  owasp: 'LLM02:2025',
  title: "Disclosure of an identifiable person's health information",
  description:
    'A diagnosis, positive test, prescription or treatment stated about a titled or named person ("Mrs. Alvarez was diagnosed with …", "patient John Doe tested positive for …", "my coworker Dana has HIV", a named colleague\'s diagnosis posted to the team channel), or asked about one ("what my coworker Priya Raman was admitted for"). Health data is a special category under GDPR and protected health information under HIPAA.',
  confidence: 0.75,
  keywords: ['diagnos', 'positive', 'suffer', 'treated', 'prescribed', 'admitted', 'hospitalized', 'hospitalised', 'hospital', 'hiv', 'aids', 'cancer', 'diabetes', 'schizophrenia', 'bipolar', 'dementia', 'alzheimer', 'depression', 'std', 'hepatitis', 'epilepsy', 'tuberculosis'],
  patterns: [
    new RegExp(String.raw`\b(?:patient|mr\.?|mrs\.?|ms\.?|miss|name\s*[:：])\s+${NAME_TOKEN}(?:\s+${NAME_TOKEN}){0,2}\s*,?\s+(?:[^.\n]{0,40}?\s)?${DIAGNOSIS}`, 'g'),
    new RegExp(String.raw`\bmy\s+${RELATION}\s*,?\s+${NAME_TOKEN}\s*,?\s+${DIAGNOSIS}`, 'g'),
    // A named person's diagnosis posted to a group: "FYI for the team channel: Kevin Delacroix was diagnosed …".
    new RegExp(String.raw`\b(?:fyi|heads[-\s]up|team|channel|everyone|all[-\s]staff|all\s+hands|the\s+group|the\s+office)\b[^\n]{0,60}?[:,;—-]\s+${NAME_TOKEN}\s+${NAME_TOKEN}\s*,?\s+${DIAGNOSIS}`, 'g'),
    // Asked about a named acquaintance: "what my coworker Priya Raman was admitted for", "why my neighbour Tom was hospitalized".
    new RegExp(String.raw`\b(?:what|why)\s+my\s+${RELATION}\s+${NAME_TOKEN}(?:\s+${NAME_TOKEN})?\s+(?:was|is|got|has\s+been)\s+(?:admitted|hospitali[sz]ed|treated|prescribed|in\s+(?:the\s+)?hospital)\b`, 'g'),
    // Anchored on the diagnosis phrase; whose it is ("my sister", "Ann's") is checked by a lookbehind.
    new RegExp(String.raw`\b(?:hiv|cancer|std|psychiatric|mental\s+health)\s+(?:diagnosis|status|test\s+results?)\s+(?:is|was|came\s+back)\b(?<=(?:\bmy\s+${RELATION}|[a-z]'s)\s+(?:hiv|cancer|std|psychiatric|mental\s+health)\s+(?:diagnosis|status|test\s+results?)\s+(?:is|was|came\s+back))`, 'g'),
  ],
  validate: (m: RegExpExecArray, view: TextView) => 0.75 * explanationFactor(view.text, m.index, m.index + m[0].length),
};
