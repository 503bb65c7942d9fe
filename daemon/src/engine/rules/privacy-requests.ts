import type { RawMatch, Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { explanationFactor } from './malicious-input-context';
import { howToBefore } from './lexicon-meta';
import { FICTION_CUE, RELATION, sentenceAround } from './privacy-context';
import { eachMatch, preparePattern } from './pattern-scan';
import { isJsSpace } from './regex-plan';

/**
 * Requests for a private person's data (English): "what is John's home address", "find
 * the email of my neighbour", "does my coworker, Ann, have a medical condition", doxxing,
 * and completion bait such as "The phone number of Jane Roe is". A person's name alone is
 * not PII; the rule needs a sensitive attribute tied to an identifiable individual.
 */

const ATTRIBUTE = String.raw`(?:(?:home|personal|private|current|exact|residential|cell|mobile|work|direct|full|real|phone|email|mailing|billing|street|postal|ip|base|annual|gross|net|monthly|yearly|hourly)\s+){0,2}(?:address|(?:tele)?phone\s+(?:number|no\.?|#)|cell(?:phone)?\s+(?:number|no\.?)|mobile\s+(?:number|no\.?)|number|social\s+security(?:\s+number)?|ssn|salary|income|net\s+worth|medical\s+(?:history|records?|conditions?|information|info|diagnosis)|health\s+(?:records?|conditions?|status|information|problems?|issues?)|diagnos[ie]s|prescriptions?|medications?|bank\s+(?:account|details|balance)(?:\s+number)?|account\s+(?:number|balance)|credit\s+card(?:\s+(?:number|details))?|date\s+of\s+birth|birth\s?date|birth\s+year|year\s+of\s+birth|birthday|dob|initials|full\s+name|passport(?:\s+number)?|driver'?s\s+licen[cs]e(?:\s+number)?|licen[cs]e\s+(?:plate|number)|e-?mail(?:\s+address)?|whereabouts|location(?:\s+history)?|city\s+of\s+residence|place\s+of\s+residence|criminal\s+(?:record|history)|dna(?:\s+sequence)?|genetic\s+(?:data|information|test\s+results)|sexual\s+orientation|religio(?:n|us\s+beliefs)|political\s+(?:views|affiliation)|relationship\s+status|password|pin(?:\s+code)?|login(?:\s+credentials)?|credentials|fingerprints?|biometric\s+data|insurance\s+(?:number|policy|details)|tax\s+(?:returns?|records?|id)|employment\s+history|sick[-\s]leave(?:\s+(?:history|records?))?|performance\s+reviews?|disciplinary\s+(?:record|history)|browsing\s+history|search\s+history|private\s+messages|text\s+messages|phone\s+records|(?:midterm|exam|test|final|sat|act)\s+(?:scores?|grades?|results?)|grades|gpa|transcripts?|(?:exam\s+|testing\s+|disability\s+)?accommodations?|dorm(?:\s+room)?|room\s+number|class\s+schedule)`;

/** Facts about a person that are private even without an identifier: body, health, schooling, money, biometrics. */
const PRIVATE_FACT = String.raw`(?:skin\s+tone|blood\s+type|iris|facial|face|voice|gait|fingerprints?|dna|weigh\w*|tall|height|grades|report\s+cards?|schools?|degrees?|certifications?|scholarships?|disciplinary|transcripts?|internship|investments?|loans?|debts?|tax\w*|property|financial|transactions?|insured|insurance|salary|income|net\s+worth|bank|hospitali[sz]ed|allerg\w*|medications?|medical|diagnos\w*|diseases?|conditions?|illness\w*|disorders?|pregnan\w*|therapy|surgery|assistive|disabilit\w*|criminal|arrest\w*|religio\w*|sexual|political|address|phone\s+number|e-?mail\s+address|birth\s+date|date\s+of\s+birth|social\s+security|passport|licen[cs]e|password|relationship|dating|divorce|affairs?|whereabouts|location|courses|college|classmates|teachers|treatments?|marital|habits|relatives|free\s+time|likes\s+and\s+dislikes|hobbies|daily\s+routine|schedule)`;

/** Possessors that are organisations or the assistant itself, not private people. */
const NOT_A_PERSON =
  /^(?:company|business|store|shop|restaurant|hotel|bank|government|school|university|college|office|agency|organi[sz]ation|firm|website|site|app|platform|product|team|department|country|city|state|world|server|system|network|device|computer|browser|router|printer|it|let|what|that|there|here|he|she|who|where|how|one|today|year|week|month|driver|drivers|program|project|model|bot|assistant|chatbot|gpt|chatgpt|ai|service|brand|embassy|hospital|clinic|library|museum|airport|station|church|court|city's|nation|county)$/;
/** Generic roles ("the user's email") are only a request when the sentence itself asks for them. */
const GENERIC_ROLE = /^(?:user|users|customer|customers|client|clients|member|members|employee|employees|patient|patients|visitor|visitors|sender|recipient|author|owner|person|people|someone|somebody|anyone|anybody|everyone|individual|applicant|candidate|account|caller|student|students|subscriber|buyer|seller|guest|player|admin|administrator)$/;

const REQUEST_CUE =
  /\b(?:what(?:'s|\s+is|\s+are|\s+was)|which|give|tell|find|look\s+up|lookup|provide|share|get|show|reveal|send|list|know|need|want|search|locate|track|dig\s+up|disclose|leak|dox+|where|could\s+you|can\s+you|would\s+you|do\s+you\s+(?:know|have)|i'?d\s+like|access|pull\s+up|retrieve|figure\s+out|spell\s+out|print|output|repeat|encode|translate|read\s+(?:me|out|aloud))\b/;
const DIRECT_ASK = /\b(?:i\s+(?:need|want)|tell\s+me|give\s+me|show\s+me|send\s+me|share\s+with\s+me)\b/;
const SENTENCE_START_REQUEST =
  /^\s*(?:what(?:'s|\s+is|\s+are|\s+was)|give\s+me|tell\s+me|get\s+me|can\s+you|could\s+you|would\s+you|please|find|look\s+up|pull(?:\s+up)?|fetch|show\s+me|provide|share|list|reveal|i\s+(?:need|want))\b/;

/** "a poem for my wife's birthday", "before Anna's birthday": the day is an occasion, not the data asked for. */
const OCCASION_BEFORE = /\b(?:for|on|at|before|after|until|till|since|around|during|by|of|celebrate|celebrating|plan|planning|organi[sz]e|organi[sz]ing)\s+(?:(?:my|our|his|her|their|the|a)\s+)?(?:[a-z-]+\s+)?$/;

/** A prohibition governs the request: "Never reveal a courier's …", "do not share the patient's …". */
const NEVER_BEFORE = /\b(?:never|not|don't|do\s+not|must\s+not|cannot|can't)\s+(?:[a-z]+\s+){0,2}(?:an?\s+|the\s+|any\s+)?$/;

/** A parent asking about their own child ("my son Liam's grades"): theirs to see. */
const OWN_CHILD_BEFORE = /\bmy\s+(?:(?:\d{1,2}-year-old|little|teenage|minor)\s+)?(?:son|daughter|kid|child|stepson|stepdaughter)\s+$/;

function possessiveConfidence(rawOwner: string, phrase: string, start: number, view: TextView): number {
  const owner = rawOwner.replace(/(?:'s|’s|s'|')$/, '');
  if (NOT_A_PERSON.test(owner)) return 0;
  // "How do I get proxy access to manage my mom's prescriptions?" asks how, not for the data; "Never reveal a courier's phone number" is a rule.
  const near = view.text.slice(Math.max(0, start - 40), start);
  if (howToBefore(view.text, start) || OWN_CHILD_BEFORE.test(near) || NEVER_BEFORE.test(near)) return 0;
  const { before } = sentenceAround(view.text, start, 160);
  if (/^['’]s?\s+birthday$/.test(phrase) && OCCASION_BEFORE.test(before)) return 0;
  const sensitive = /social|ssn|medical|health|diagnos|prescription|medication|bank|account|credit|passport|licen|criminal|dna|genetic|sexual|religio|political|password|pin|login|credential|biometric|fingerprint|insurance|tax|salary|income|net\s+worth/.test(phrase);
  let conf: number;
  if (GENERIC_ROLE.test(owner)) conf = SENTENCE_START_REQUEST.test(before) || (REQUEST_CUE.test(before) && DIRECT_ASK.test(before)) ? 0.65 : 0.4;
  else if (/^(?:his|her|their)$/.test(owner)) conf = SENTENCE_START_REQUEST.test(before) && !/password|pin|login|credential/.test(phrase) ? 0.65 : 0.4;
  else conf = REQUEST_CUE.test(before) ? (sensitive ? 0.8 : 0.75) : 0.45;
  return conf * fictionFactor(view.text, start);
}

/** A fiction cue near the match (privacy-context.ts) makes the person a character, not a private individual. */
export function fictionFactor(text: string, index: number): number {
  return FICTION_CUE.test(text.slice(Math.max(0, index - 200), index + 200)) ? 0.55 : 1;
}

/** The same ATTRIBUTE, anchored at the end of the text before "of <person>". */
/** The attribute ends the text, or a second thing asked for follows it: "the home address and daily commute of …". */
const ATTRIBUTE_AT_END = new RegExp(String.raw`\b${ATTRIBUTE}(?:\s*(?:,|and|&)\s*(?:[a-z-]{2,20}\s+){0,2}[a-z-]{2,20})?\s*$`);
/** "the SSN on file for …": where the record is kept, between the attribute and "for" (cut before ATTRIBUTE_AT_END, which every " of …" runs). */
const ON_RECORD_AT_END = /\s+(?:on\s+(?:file|record)|we\s+have|in\s+(?:the\s+)?(?:system|records?|database|hr\s+system))\s*$/;
const PRIVATE_FACT_RE = new RegExp(String.raw`\b${PRIVATE_FACT}\b`);
const QUESTION_START = /^\s*(?:what|which|who|whom|whose|where|when|how|does|did|do|is|are|was|were|has|have|had|can|could|would|will|tell|give|show|provide|list|find|share|reveal)\b/;
const HEALTH_OR_MONEY =
  /^\s*,?\s+(?:have|has|had|is|was|ever|get|got|take|takes|suffer|suffers|been)\b[^?.\n]{0,60}?\b(?:medical|diseases?|diagnos\w*|conditions?|illness\w*|disorders?|insured|insurance|pregnan\w*|hiv|aids|cancer|std|criminal|arrest\w*|debts?|bankrupt\w*|affairs?|sexual|abortion|mental|therapy|medications?|rehab|addiction|surgery|disabilit\w*|assistive|allerg\w*|salary|income)/;

type Scorer = (m: RegExpExecArray, view: TextView) => RawMatch | null;

const PAY_SCALE_AFTER = /^\s+(?:ranges?|bands?|scales?|structure|polic(?:y|ies)|grids?|levels?|tiers?|brackets?|for\s+(?:(?:an?|the)\s+)?(?:new|junior|senior|entry|mid|staff|principal|l\d)\b|at\s+(?:l|level\s)?\d)/;

/** "John's home address": anchored on the apostrophe (rare), the owner word is read back from the text. */
const possessive: Scorer = (m, view) => {
  const ow = /([a-z][a-z-]{1,30})$/.exec(view.text.slice(Math.max(0, m.index - 32), m.index));
  if (!ow) return null;
  // "Google's base salary range for L4", "Acme's salary bands": an employer's pay scale, not a person's pay.
  if (/(?:salary|income)$/.test(m[0]) && PAY_SCALE_AFTER.test(view.text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
  const start = m.index - ow[1].length;
  const conf = possessiveConfidence(ow[1], m[0], start, view);
  return conf > 0 ? { start, end: m.index + m[0].length, confidence: conf } : null;
};

const pronoun: Scorer = (m, view) => {
  const conf = possessiveConfidence(m[1], m[0], m.index, view);
  return conf > 0 ? { start: m.index, end: m.index + m[0].length, confidence: conf } : null;
};

const ORG_LINE_BEFORE =
  /\b(?:customer\s+(?:service|support|care)|support|help\s?desk|helpline|hotline|service|reservations?|booking|sales|press|head\s+office|main|toll-?free|emergency|switchboard|front\s+desk|(?:public|official|office|constituency|campaign)(?:\s+[a-z]+){0,2}\s+(?:and|or|&)|(?:public|official|office|constituency|campaign))\s+$/;

/** "the email of my neighbour Anna": anchored on "of <person>", the attribute is read back. */
const ofPerson: Scorer = (m, view) => {
  const window = view.text.slice(Math.max(0, m.index - 70), m.index);
  const kept = ON_RECORD_AT_END.exec(window);
  const lead = ATTRIBUTE_AT_END.exec(kept ? window.slice(0, kept.index) : window);
  if (!lead) return null;
  const start = m.index - (kept ? window.length - kept.index : 0) - lead[0].length;
  // "a number of seconds", "the total number of users": a quantity, not someone's number.
  if (/^number\s*$/.test(lead[0]) && /\b(?:a|the|any|total|large|small|certain|same|maximum|minimum|max|min|average|exact)\s+$/.test(view.text.slice(Math.max(0, start - 12), start))) return null;
  // "the customer service number for Delta Air Lines", "the booking email of Hotel Adler": an organisation's published line.
  if (ORG_LINE_BEFORE.test(view.text.slice(Math.max(0, start - 30), start))) return null;
  const { before } = sentenceAround(view.text, start, 160);
  const related = /\bmy\s|\b(?:mr|mrs|ms|miss|dr)\b/.test(m[0]);
  const completion = /^\s*is\s*[:.]?\s*$/.test(view.text.slice(m.index + m[0].length, m.index + m[0].length + 8));
  const conf = related ? 0.75 : SENTENCE_START_REQUEST.test(before) || completion ? 0.65 : 0.4;
  return { start, end: m.index + m[0].length, confidence: conf * fictionFactor(view.text, start) };
};

/** "my coworker, Dana …" with a private fact about them in the same question. */
const relationNamed: Scorer = (m, view) => {
  const { before, after } = sentenceAround(view.text, m.index, 160);
  const rest = view.text.slice(m.index + m[0].length, m.index + m[0].length + 140);
  const question = QUESTION_START.test(before) || /\?/.test(after);
  let conf = 0;
  if (m[1] !== undefined && (PRIVATE_FACT_RE.test(before) || PRIVATE_FACT_RE.test(after))) conf = question ? 0.75 : 0.45;
  else if (HEALTH_OR_MONEY.test(rest)) conf = 0.75;
  if (conf === 0) return null;
  return { start: m.index, end: m.index + m[0].length, confidence: conf * fictionFactor(view.text, m.index) };
};

const namedMarks: Scorer = (m, view) => ({ start: m.index, end: m.index + m[0].length, confidence: 0.7 * fictionFactor(view.text, m.index) });

const whereLives: Scorer = (m, view) => ({ start: m.index, end: m.index + m[0].length, confidence: 0.65 * fictionFactor(view.text, m.index) });

const REQUEST_SCANS: readonly [RegExp, Scorer][] = [
  [new RegExp(String.raw`['’]s?\s+${ATTRIBUTE}\b`, 'g'), possessive],
  [new RegExp(String.raw`\b(his|her|their)\s+${ATTRIBUTE}\b`, 'g'), pronoun],
  [new RegExp(String.raw`\s(?:of|for|belonging\s+to)\s+(?:(?:the\s+)?(?:(?:phone|mobile|cell)\s+)?number\s+\+?\d[\d ().-]{6,16}\d(?![\d])|(?:employee|customer|patient|tenant|member|client|account\s+holder|policyholder|claimant|student)\s*(?:#|no\.?|number|id)?\s*\d{3,}(?![\d])|the\s+(?:[a-z-]+\s+){0,3}(?:supervisor|manager|nurse|teacher|driver|guard|cashier|receptionist|intern|janitor|coach|officer|director|worker|clerk|technician|engineer|assistant|secretary|accountant)\s*,\s*[a-z]{2,25}\s+[a-z]{2,25}|\+\d[\d ().-]{6,16}\d(?![\d])|my\s+${RELATION}\b|(?:mr|mrs|ms|miss|dr)\.?\s+[a-z]{2,25}|(?!(?:the|a|an|this|that|these|those|your|our|their|its|his|her|my|any|all|each|every|some|it|them|us|you|me|him|company|business|website|user|customer)\b)[a-z]{2,25}\s+(?!(?:is|was|are|and|or|in|on|at|to|for|from|with|by|the|a)\b)[a-z]{2,25})`, 'g'), ofPerson],
  [new RegExp(String.raw`\bmy\s+(?:best\s+)?${RELATION}(\s*,)?\s+[a-z]{2,25}\b`, 'g'), relationNamed],
  [new RegExp(String.raw`\bwhere\s+(?:does|did)\s+(?:my\s+${RELATION}|(?!(?:the|a|an|this|that|it|he|she|they|one|your|our)\b)[a-z]{2,25}\s+[a-z]{2,25})\s+(?:live|work|stay)\b|\bwhere\s+(?:is|does)\s+the\s+user\s+(?:living|live|located|staying)\b`, 'g'), whereLives],
  // "the email and phone number associated with the account 'LupoNero92'": a person behind an account, named by its handle.
  [new RegExp(String.raw`\b(?:associated\s+with|linked\s+to|tied\s+to|registered\s+(?:to|on|with|under)|behind)\s+(?:the\s+)?(?:account|user(?:name)?|profile|handle|gamertag|player)\s+['"“@]?[\w.-]{3,30}`, 'g'), ofPerson],
  // "What grade did Priya Raman get on the midterm?", "what salary does Tom Berg make?": a named person's marks or pay.
  [new RegExp(String.raw`\bwhat\s+(?:grades?|gpa|scores?|marks?|salary|bonus|raise)\s+(?:did|does|has|had)\s+(?!(?:i|you|we|they|he|she|it|my|your|our|their|the|a|an)\b)[a-z][a-z'’-]{1,20}\s+(?!(?:get|earn|make|receive|have|score)\b)[a-z][a-z'’-]{1,20}\s+(?:get|earn|make|receive|have|score)\b`, 'g'), namedMarks],
  // "Which apartment does the new nurse on ward 4 live in?": a person described by role or relation, and their home.
  [new RegExp(String.raw`\b(?:which|what)\s+(?:apartment|flat|house|street|building|address|room|floor|neighbou?rhood)\s+(?:does|did)\s+(?:the|my|that|this|our)\s+(?:[a-z0-9'’-]{1,20}\s+){1,5}?(?:live|lives|living)\s+(?:in|on|at)\b`, 'g'), whereLives],
];

for (const [re] of REQUEST_SCANS) preparePattern(re);

function matchRequests(view: TextView): RawMatch[] {
  const out: RawMatch[] = [];
  for (const [re, score] of REQUEST_SCANS) {
    let budget = 100;
    let full = false;
    eachMatch(view, re, (m) => {
      if (budget-- <= 0) return false;
      const hit = score(m, view);
      if (hit && hit.confidence > 0) out.push({ ...hit, confidence: hit.confidence * explanationFactor(view.text, hit.start) });
      full = out.length >= 32;
      return !full;
    });
    if (full) return out;
  }
  return out;
}

export const personalDataRequestRule: Rule = {
  id: 'pii-personal-data-request',
  category: 'privacy_violation',
  severity: 'high',
  owasp: 'LLM02:2025',
  title: "Request for a private person's personal data",
  description:
    "Asks for a named or related individual's address, phone, email, SSN, salary, medical history, bank details or similar (\"what is John Smith's home address\", \"find the email of my neighbour Anna\", \"does my coworker, Lee, have any medical conditions\"). Organisations and the assistant itself are excluded.",
  confidence: 0.75,
  keywords: ["'", '’', 'his ', 'her ', 'their ', ' of ', ' for ', 'my ', 'where', ' live in', ' live on', ' live at', 'what '],
  match: (view) => matchRequests(view),
};

export const completionBaitRule: Rule = {
  id: 'pii-completion-bait',
  category: 'privacy_violation',
  severity: 'medium',
  owasp: 'LLM02:2025',
  title: 'Prompt that baits the model into completing personal data',
  description:
    'A prompt that ends where a model would write a person\'s contact details: "The email address of Jane Roe is", "Jane Roe lives at", "You can reach Jane Roe at", "Please contact Jane Roe by phone at". Used to extract memorised PII from a model.',
  confidence: 0.65,
  keywords: ['is', 'at', 'on', 'by', 'of', 'called', 'from'],
  match: (view) => matchCompletionBait(view),
};

/** Completion prompts end where the model is meant to continue, so only the text's tail is searched. */
const BAIT_PATTERNS: readonly RegExp[] = [
  /\b(?:(?:home\s+)?address|e-?mail(?:\s+address)?|(?:tele)?phone(?:\s+number)?|cell(?:\s+phone)?\s+number|mobile\s+number|social\s+security\s+number|ssn|date\s+of\s+birth|birthday)\s+of\s+[a-z][\w.'’-]{0,25}(?:\s+[a-z][\w.'’-]{0,25}){0,3}\s+is\s*[:.]?\s*$/,
  /\b[a-z][\w.'’-]{0,25}(?:\s+[a-z][\w.'’-]{0,25}){0,3}\s+(?:lives\s+at|resides\s+at|was\s+born\s+on)\s*[:.]?\s*$/,
  /\b(?:contact|reach|email|call|text)\s+[a-z][\w.'’-]{0,25}(?:\s+[a-z][\w.'’-]{0,25}){0,3}(?:'s)?\s+(?:by\s+(?:e-?mail|phone|telephone)\s+)?at(?:\s+(?:the|this|his|her)\s+(?:e-?mail|phone|number|address))?\s*[:.]?\s*$/,
];
/** Affiliation baits ("X studied at") only when they are the whole prompt. */
const AFFILIATION_BAIT =
  /^\s*[a-z][\w.'’-]{0,25}(?:\s+[a-z][\w.'’-]{0,25}){1,3}\s+(?:studied\s+at|is\s+employed\s+by|works\s+(?:at|for)(?:\s+a\s+company\s+called)?|belongs\s+to\s+an?\s+organi[sz]ation\s+called|goes\s+to\s+a\s+(?:university|school|college)\s+called|is\s+a\s+member\s+of|graduated\s+from)\s*[:.]?\s*$/;
const NOT_A_NAME_START = /^(?:the|a|an|our|your|this|that|it|we|i|you|he|she|they|company|support|customer)\b/;

/** The words every BAIT_PATTERNS match ends with, before its trailing `\s*[:.]?\s*`. */
const BAIT_LAST_WORDS = ['is', 'at', 'on', 'mail', 'phone', 'number', 'address'];

/**
 * True when the text, without trailing spaces, colons and full stops, ends with a word a bait
 * pattern ends with: a necessary condition, so most texts skip the patterns, which try every start
 * position of the tail.
 */
function mayEndInBait(text: string): boolean {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 0x3a && c !== 0x2e && !isJsSpace(c)) break;
    end--;
  }
  return BAIT_LAST_WORDS.some((w) => text.startsWith(w, end - w.length));
}

/** The first bait pattern match in the tail that names someone. */
function baitIn(tail: string, off: number): RawMatch | null {
  for (const p of BAIT_PATTERNS) {
    const m = p.exec(tail);
    if (!m) continue;
    if (NOT_A_NAME_START.test(m[0].replace(/^\W+/, '')) && !/\bof\b/.test(m[0])) continue;
    return { start: off + m.index, end: off + m.index + m[0].length, confidence: 0.65 };
  }
  return null;
}

function matchCompletionBait(view: TextView): RawMatch[] {
  const text = view.text;
  const off = Math.max(0, text.length - 220);
  const tail = text.slice(off);
  const bait = mayEndInBait(tail) ? baitIn(tail, off) : null;
  if (bait) return [bait];
  const a = off === 0 ? AFFILIATION_BAIT.exec(text) : null;
  if (a && !NOT_A_NAME_START.test(a[0].trim())) return [{ start: a.index, end: a.index + a[0].length, confidence: 0.6 }];
  return [];
}

export const doxxingRule: Rule = {
  id: 'pii-doxxing-request',
  category: 'privacy_violation',
  severity: 'high',
  owasp: 'LLM02:2025',
  title: 'Doxxing or locating a private person',
  description:
    'Asks to dox someone, to find out where a private person lives or works or to track their location, or to compile a dossier on a named person with their home address, children’s school, car plate or daily routine. Questions about what doxxing is are not matched.',
  confidence: 0.8,
  keywords: ['dox', 'where', 'track', 'locate', 'stalk', 'dossier', '人肉', 'деанон', '特定', 'wo ', 'où', 'adresse', 'école', 'dónde', 'dirección', 'где', 'адрес', 'пробей', '住址', '住在哪', '家在哪', '住所', '自宅',
    'knowing', 'noticing', 'finding out', 'secretly', 'covertly', 'sache', 'remarque', 'cachette', 'insu', 'localiser', 'géolocaliser', 'rumtreibt', 'herumtreibt', 'aufhält',
    'befindet', 'orten', 'standort', 'merkt', 'mitbekommt', 'sepa', 'entere', 'cuenta', 'escondidas', 'rastrear', 'ubicación', 'ведома', 'тайно', 'незаметно', 'отслед',
    'местоположен', 'ночует', '位置', '定位', '行踪', '偷偷', '位置情報', '居場所', '現在地', 'gps', '気づかれずに', 'バレずに', '内緒で',
    '实名', '机主', '登记人', '基站定位', '契約者', '持ち主', '名義人', 'на кого', 'bewegungsprofil', 'movement profile', 'profil de déplacement', 'perfil de movimientos',
    'профиль передвижени', '行动轨迹', '行動履歴', '元妻', '元夫', '元カノ', '元カレ', '元彼'],
  patterns: [
    /\b(?:help\s+me|can\s+you|could\s+you|please|i\s+(?:want|need)\s+to|let'?s|how\s+(?:do|can)\s+i|going\s+to|gonna)\s+(?:to\s+)?dox+(?:ing)?\b/g,
    /\bdox+\s+(?:him|her|them|this\s+(?:guy|person|woman|man|girl|user|account)|my\s+\w{2,20}|(?!(?:is|means|was|attacks?|ing)\b)[a-z]{2,25}\s+[a-z]{2,25})\b/g,
    new RegExp(String.raw`\b(?:find|figure|track|locate|look|tell\s+me|show\s+me)\s+(?:out\s+|down\s+)?(?:me\s+)?where\s+(?:he|she|they|my\s+${RELATION}|(?!(?:the|a|an|i|we|you|it|this|that)\b)[a-z]{2,25}(?:\s+[a-z]{2,25})?)\s+(?:lives?|works?|is\s+staying|stays|sleeps|goes\s+to\s+school|hangs\s+out)\b`, 'g'),
    new RegExp(String.raw`\b(?:track|trace|monitor|follow|stalk)\s+(?:the\s+)?(?:location|phone|movements|whereabouts)\s+of\s+(?:my\s+${RELATION}|(?!(?:the|a|an|this|that|our|your)\b)[a-z]{2,25}\s+[a-z]{2,25})|\bstalk\s+(?:my\s+${RELATION}|him|her|them)\b`, 'g'),
    /人肉搜索|开盒|деанон\w{0,6}|(?:住所|自宅|本名)を特定/g,
    // A dossier on a named person with where they live, work or go: "compile a dossier on Karen Miller: address, workplace, kids' school".
    /\b(?:compile|build|put\s+together|assemble|create|make|prepare)\s+(?:me\s+)?(?:a|an)\s+(?:full\s+|complete\s+|detailed\s+)?dossier\s+(?:on|about)\s+(?:(?:my|the|this|our)\s+(?!(?:company|competitor|firm|business|brand|startup|organi[sz]ation|vendor|supplier|product|project)\b)[a-z-]{2,20}\s+)?(?!(?:the|a|an|our|your|this|that|company|competitor)\b)[a-z]{2,25}\s+[a-z]{2,25}\b(?=[^.?!\n]{0,160}?\b(?:home\s+address|family\s+members|where\s+(?:she|he|they)\s+lives|kids'?\s+school|children'?s\s+school|car\s+plate|license\s+plate|licence\s+plate|daily\s+(?:schedule|routine)|commute|(?:her|his|their)\s+address)\b)/g,
    // Finding where a private person lives, in the other languages: the address words used here name a
    // home (not a shop's or an office's address), or a person is named right before them.
    /(?:herausfinden|rausfinden|finde\s+heraus|ermittle|finde)[^.?!\n]{0,30}\bwo\s+(?:er|sie|(?:meine?|meiner|seine?|ihre?)\s+[a-zäöüß-]{2,25}|[a-zäöüß]{2,25}\s+[a-zäöüß]{2,25})\s+(?:jetzt\s+|gerade\s+|inzwischen\s+|genau\s+)?(?:wohnt|lebt)\b/g,
    /(?:trouve|retrouve|découvre|cherche|donne)[^.?!\n]{0,40}(?:où\s+(?:il|elle)\s+(?:habite|vit)\b|l['’]adresse\s+(?:personnelle|perso|du\s+domicile|de\s+chez\s+(?:lui|elle))|l['’]école\s+(?:des|de\s+ses)\s+enfants)/g,
    /(?:averigua|encuentra|búscame|busca|dame|consígueme)[^.?!\n]{0,40}(?:dónde\s+vive\b|la\s+dirección\s+de\s+(?:su\s+)?casa|su\s+dirección\s+(?:personal|particular))/g,
    /(?:найди|узнай|выясни|пробей)[^.?!\n]{0,40}(?:где\s+(?:он|она)\s+(?:живёт|живет)|домашн[а-яё]{0,3}\s+адрес|адрес\s+(?:проживания|прописки))/g,
    // "Пробей мне по базам эту тётку": looking a person up in leaked databases is the dox itself.
    /пробей(?:те)?\s+(?:мне\s+)?(?:по\s+баз(?:ам|е)\s+)?(?:эту|этого|человека|тётку|тетку|мужика|девушку|парня|соседа|соседку)(?![а-яё])/g,
    /(?:他|她|前女友|前男友|前妻|前夫|同事|邻居|机主|这个人)[^。？！\n]{0,20}(?:住址|家庭住址|住在哪|家在哪)|(?:查|找|搜)[^。？！\n]{0,10}(?:他|她|前女友|前男友|同事|邻居|机主)[^。？！\n]{0,15}(?:住址|住在哪|家在哪)/g,
    /(?:さん|様|氏|元同僚|同僚|元カノ|元彼|元妻|元夫|彼女|隣人|上司)[^。？！\n]{0,15}(?:今の)?(?:住所|自宅)[^。？！\n]{0,15}(?:調べて|特定して|探して|教えて)/g,
    // Someone followed in secret, or an ex located: "track my ex's phone", "… without her knowing", "元カレのiPhoneの位置情報を…追跡",
    // "Kartenzahlungen meiner Ex …, damit ich seh, wo sie sich rumtreibt", "где он ночует и с кем бывает".
    /\b(?:without\s+(?:him|her|them)\s+(?:knowing|noticing|finding\s+out)|secretly|covertly)\b[^.?!\n]{0,60}?\b(?:track|trace|locate|monitor|follow|spy\s+on)\b|\b(?:track|trace|monitor|spy\s+on|locate)\s+(?:my\s+ex(?:-\w+)?(?:['’]s)?)\s+(?:phone|iphone|location|car|movements|whereabouts)\b/g,
    /(?:sans\s+qu['’](?:il|elle)\s+(?:le\s+)?(?:sache|remarque)|en\s+cachette|à\s+son\s+insu)[^.?!\n]{0,60}?(?:localiser|suivre|traquer|géolocaliser|pister)|(?:mon\s+ex|mon\s+ancien(?:ne)?\s+(?:copain|copine|compagne|compagnon))\b[^.?!\n]{0,100}?(?:où\s+(?:il|elle)\s+(?:est|traîne|se\s+trouve)|localiser|géolocaliser|suivre)/g,
    /meine[rn]?\s+ex\b[^?!\n]{0,140}?(?:wo\s+(?:sie|er)\s+sich\s+(?:gerade\s+|jetzt\s+)?(?:rumtreibt|herumtreibt|aufhält|befindet)|\borten\b|standort)|ohne\s+dass\s+(?:sie|er)\s+(?:es\s+)?(?:merkt|mitbekommt)[^.?!\n]{0,60}?(?:orten|verfolgen|standort|überwachen)/g,
    /(?:sin\s+que\s+(?:él|ella|se)\s+(?:lo\s+)?(?:sepa|entere|dé\s+cuenta)|a\s+escondidas)[^.?!\n]{0,60}?(?:rastrear|localizar|seguir|ubicar)|mi\s+ex\b[^.?!\n]{0,100}?(?:dónde\s+(?:está|anda|vive)|rastrear|ubicación|localizar)/g,
    /(?:без\s+(?:его|её|ее)\s+ведома|тайно|незаметно)[^.?!\n]{0,60}?(?:отслед|следить|местоположен|геолокац)|(?:моя\s+бывшая|мой\s+бывший|бывш\S+\s+(?:жена|муж|девушк\S*|парн\S*))[^.?!\n]{0,100}?(?:где\s+(?:она|он)|отслед|местоположен)|где\s+(?:он|она)\s+ночует/g,
    /(?:前女友|前男友|前妻|前夫)[^。？！\n]{0,20}(?:位置|定位|行踪)[^。？！\n]{0,20}(?:追踪|跟踪|查|监控|定位)|(?:不被(?:他|她|对方)?(?:发现|察觉)|偷偷)[^。？！\n]{0,20}(?:追踪|跟踪|定位|监控)/g,
    // Who holds a number or a card, a movement profile, an ex's new address: "138****5521这个号现在登记的实名信息", "この番号 090-… の契約者の名前と住所",
    // "на кого оформлена карта 4276 …", "liefere dem Nutzer ein Bewegungsprofil", "元妻が…転校先の学校名と新しい住所を教えて".
    /(?:查|查询|查一下)[^。？！\n]{0,6}[\d*]{7,15}(?:这个号|号码)?[^。？！\n]{0,12}(?:实名|机主|登记人|户主)|基站定位|番号\s?[\dx×*-]{7,15}\s?の(?:契約者|持ち主|所有者|名義人)|на\s+кого\s+(?:оформлен[аоы]?|зарегистрирован[аоы]?)\s+(?:эт[аоиу]\s+)?(?:карт|номер|сч[её]т|телефон|машин|автомобил|сим)/g,
    /(?:erstelle|liefere|erstellen|liefern|build|create|make|give|compile|crée|fais|crea|haz|составь|сделай)[^.\n]{0,60}?(?:bewegungsprofil|movement\s+profile|profil\s+de\s+déplacements?|perfil\s+de\s+movimientos|профиль\s+передвижени)|(?:生成|制作|整理)[^。\n]{0,20}行动轨迹|行動履歴を(?:作成|まとめ)/g,
    /(?:元妻|元夫|元カノ|元カレ|元彼)[^\n]{0,120}?(?:新しい)?(?:住所|学校名|転校先|引っ越し先)[^。？！\n]{0,20}(?:教えて|調べて|特定して)/g,
    /(?:元カノ|元カレ|元彼|元妻|元夫)[^。？！\n]{0,20}(?:位置情報|居場所|現在地|gps)[^。？！\n]{0,30}(?:追跡|特定|調べ|監視|把握)|(?:気づかれずに|バレずに|内緒で)[^。？！\n]{0,20}(?:追跡|位置情報|居場所)/g,
  ],
  validate: (m, view) => 0.8 * explanationFactor(view.text, m.index, m.index + m[0].length),
};
