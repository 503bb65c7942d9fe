import type { Rule } from './rule';
import { promptExtractionRules } from './data-exfiltration-prompt';
import { secretRules } from './data-exfiltration-secrets';
import { channelRules } from './data-exfiltration-channels';
import { dnsExfiltrationRule } from './data-exfiltration-dns';
import { shellUploadRule } from './data-exfiltration-shell';
import { otherUsersDataRule } from './data-exfiltration-other-users';
import { credentialPhishingRule } from './data-exfiltration-phishing';
import { secretPublishedRule } from './data-exfiltration-publish';

/**
 * Data exfiltration rules: system-prompt extraction (LLM07:2025), secret extraction and data leaving
 * through URLs, images, messages or code (LLM02:2025). Patterns run on the lower-cased, folded view.
 */
export const dataExfiltrationRules: readonly Rule[] = [...promptExtractionRules, ...secretRules, ...channelRules, dnsExfiltrationRule, shellUploadRule, otherUsersDataRule, credentialPhishingRule, secretPublishedRule];
