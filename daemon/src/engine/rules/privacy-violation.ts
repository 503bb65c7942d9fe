import type { Rule } from './rule';
import { withBudget } from './malicious-input-context';
import { ibanRule, idDocumentRule, paymentCardRule, ssnRule } from './privacy-identifiers';
import { contactRecordRule, emailRule, phoneRule, streetAddressRule } from './privacy-contact';
import { completionBaitRule, doxxingRule, personalDataRequestRule } from './privacy-requests';
import { personalDataRequestIntlRule } from './privacy-requests-intl';
import { medicalDisclosureRule } from './privacy-medical';
import { sensitiveAttributeProfilingRule } from './privacy-sensitive-attributes';
import { healthRecordRule } from './privacy-health-record';
import { diagnosisCodeRule, healthPlanIdRule, medicalRecordNumberRule } from './privacy-hipaa';
import { cardWithExpiryRule, trackDataRule } from './privacy-pci';
import { proxyConsentRule } from './privacy-proxy-consent';
import { relationshipPretextRule } from './privacy-relationship-pretext';

/** Privacy violation (`pii-`): disclosure of, or requests for, a private person's personal data. */
export const privacyViolationRules: readonly Rule[] = [
  ssnRule,
  paymentCardRule,
  ibanRule,
  idDocumentRule,
  phoneRule,
  emailRule,
  streetAddressRule,
  contactRecordRule,
  personalDataRequestRule,
  personalDataRequestIntlRule,
  completionBaitRule,
  doxxingRule,
  medicalDisclosureRule,
  sensitiveAttributeProfilingRule,
  healthRecordRule,
  medicalRecordNumberRule,
  diagnosisCodeRule,
  healthPlanIdRule,
  cardWithExpiryRule,
  trackDataRule,
  proxyConsentRule,
  relationshipPretextRule,
].map((r) => withBudget(r));
