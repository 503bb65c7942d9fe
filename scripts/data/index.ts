/**
 * Every hand-written training row of the project, in a fixed order (training is reproducible).
 * The held-out split stays corpus-only; these rows join training only.
 */
import type { CorpusRow } from '../lib/corpus';
import { injectionExfiltrationRows } from './attacks-injection-exfiltration';
import { injectionIntlRows } from './attacks-injection-intl';
import { injectionMoreRows } from './attacks-injection-more';
import { securityWeakeningRows } from './attacks-security-weakening';
import { surfaceWordAttackRows } from './attacks-surface-words';
import { sensitivePrivacyRows } from './attacks-sensitive-privacy';
import { systemPrivacyRows } from './attacks-system-privacy';
import { securityTalkRows } from './benign-security-talk';
import { structuredDataRows } from './benign-structured-data';
import { devDocRows } from './benign-dev-docs';
import { markdownImageRows } from './benign-markdown-images';
import { customerServiceRows } from './everyday-customer-service';
import { localizationRows } from './everyday-localization';
import { triggerWordRows } from './everyday-trigger-words';
import { everydayBenignRows } from './everyday-benign';
import { everydayRequestRows } from './everyday-requests';
import { roleplayAccountRows } from './everyday-roleplay-account';
import { longBenignRows } from './long-benign';
import { technicalBenignRows } from './technical-benign';
import { agentOpsAttackRows, batteryRows, benignAgentOpsRows, benignCodingRequestRows, benignToolResultRows, codingAttackRows } from './helper-written';

export interface WrittenData {
  everyday: CorpusRow[];
  technical: CorpusRow[];
  written: CorpusRow[];
}

export function writtenTrainingData(): WrittenData {
  return {
    everyday: everydayBenignRows(),
    technical: technicalBenignRows(),
    // Attacks and look-alikes in seven languages: the corpus covers few phrasings per technique, and a
    // model that only saw those misses the same attack said another way. Attacks are short chat
    // messages; so are most requests, which balance them.
    written: [
      ...injectionExfiltrationRows(),
      ...injectionMoreRows(),
      ...systemPrivacyRows(),
      ...everydayRequestRows(),
      ...longBenignRows(),
      // Intent said in words (sensitive-attribute privacy, weakening security) and injection beyond English.
      ...sensitivePrivacyRows(),
      ...securityWeakeningRows(),
      ...injectionIntlRows(),
      ...roleplayAccountRows(),
      // Look-alikes that share attack words ("system", "repeat", "translate", quoted payloads, SSN) and
      // attacks that use the same words with real intent, so neither side is learned from the words alone.
      ...securityTalkRows(),
      ...surfaceWordAttackRows(),
      // Tool results and API responses (JSON, CSV, logs): the corpus has braces and quotes almost only in payloads.
      ...structuredDataRows(),
      // READMEs, compose files, robots.txt, .env examples: loopback URLs and admin paths in documentation.
      ...devDocRows(),
      // Customers asking about their own card, account, password or address, in seven languages.
      ...customerServiceRows(),
      // Translating an app's own sign-in, password and card strings.
      ...localizationRows(),
      // Everyday requests with extraction and override words in their everyday senses ("tell me your favourite…", "follow the instructions on the box").
      ...triggerWordRows(),
      // Logos, badges and screenshots as markdown images: attacks were the only images the model had seen.
      ...markdownImageRows(),
      // Ordinary emails, tickets, pages, logs and records as an agent fetches them: the corpus's documents are mostly attack carriers.
      ...benignToolResultRows(),
      // Everyday programming requests, and malicious ones phrased the same way: the corpus's "write a script that …" rows are all abuse.
      ...benignCodingRequestRows(),
      ...codingAttackRows(),
      // Operations asked of an agent with tools and what they print, and malicious operations phrased the same way.
      ...benignAgentOpsRows(),
      ...agentOpsAttackRows(),
      // Whole test batteries written by independent helpers (attacks and look-alikes on 77 themes):
      // on battery groups held out in turn, they raised recall and lowered false positives together.
      ...batteryRows(),
    ],
  };
}

/** All of them in one list. */
export function allWrittenRows(): CorpusRow[] {
  const { everyday, technical, written } = writtenTrainingData();
  return [...everyday, ...technical, ...written];
}
