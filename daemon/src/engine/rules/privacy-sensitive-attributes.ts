import type { RawMatch, Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { explanationFactor, paragraphAfter, paragraphBefore } from './malicious-input-context';
import { sentenceAround } from './privacy-context';
import { fictionFactor } from './privacy-requests';
import { eachMatch } from './pattern-scan';
import { ANCHOR_KEYWORDS, ATTRIBUTE_ANCHOR, L, UNMASK_ANCHOR } from './privacy-sensitive-vocab';
import { ACCOUNT, CARE_TEAM, CONSENT, COVERT, DISCLOSE, HOLDER, HOW_TO, LOOKUP, NORMS, PREDICATE_TAIL, PSEUDONYM, PURPOSE, SELF, TARGET, WEAK_TARGET, WRITE_REQUEST, YES_NO } from './privacy-sensitive-cues';

/**
 * Profiling a third party by a special category of data, in en, fr, de, es, ru, zh and ja:
 * (a) finding out whether an applicant, tenant, employee, neighbour, named person or account has a
 * condition, a record or an orientation ("look up whether my applicant has any arrests", "определи,
 * у кого из сотрудников депрессия"), or unmasking a pseudonymous account; (b) telling others about
 * someone's condition ("my neighbour tested positive for …, help me tell the whole building").
 *
 * The rule is anchored on the attribute (privacy-sensitive-vocab.ts) and reads the sentence around
 * it for the other parts (privacy-sensitive-cues.ts). The writer's own condition, questions about
 * what the law allows, how-to questions and fiction stay below the flag threshold.
 */

/**
 * A particular third party after the attribute: "of the/my/these …", "des", "der", "de los", "у", or a
 * Russian genitive. Without a determiner ("depression among nurses") it is a population, not a person.
 */
const LINK_AFTER = new RegExp(
  String.raw`^[^.,;:!?\n]{0,16}?(?<![${L}])(?:(?:of|for|on|about|among)\s+(?:my|our|the|these|those|this|that|each|every|all|his|her|their|(?=(?:employee|tenant|applicant|candidate|patient|student|user|customer|client|account)\s+(?:#|no\.|number|id|\d)))|(?:de|d['’])\s*(?:mes|nos|ses|ces|mon|ma|notre|cette|ce|l['’]|la|le)|des|du|(?:von|bei|unter)\s+(?:meinen|unseren|den|diesen|allen)|der|meiner|unserer|dieser|(?:de|entre)\s+(?:mis|nuestr[oa]s|los|las|estos|estas|este|esta|mi|sus?)|del|у|среди)(?![${L}])\s*|^\s+(?=[а-яё])`,
);
/** "which therapist | my coworker sees": a relative clause whose subject, after the attribute, is the person. */
const WHICH_TAIL = new RegExp(String.raw`(?<![${L}])(?:which|what|quel(?:le)?s?|welche[nmrs]?|qué|cuál(?:es)?|как[${L}]{2})\s+(?:[^\s]+\s+){0,2}$`);
const SUBJECT_NEXT = new RegExp(String.raw`^\s+(?:my|our|the|this|mon|ma|mes|notre|mein[${L}]{0,2}|unser[${L}]{0,2}|mi|mis|nuestr[oa]s?|мо[${L}]{1,3}|наш[${L}]{0,3})\s`);
const WORD_REST = new RegExp(String.raw`^[${L}]+`);
const HOW_TO_START = new RegExp(String.raw`^[\s¿"'«“]*(?:${HOW_TO.source})`);
/** An unmasking verb opening the sentence is an imperative ("De-anonymize this account …"). */
const OPENS_SENTENCE = /^[\s"'«“]*(?:(?:please|pls|now|so|ok|okay|also|then|just|bitte|por\s+favor|пожалуйста|s['’]il\s+te\s+plaît)[\s,]+)?$/;

const [SELF_G, HOLDER_G, TARGET_G] = [SELF, HOLDER, TARGET].map((re) => new RegExp(re.source, 'g'));

/** Where the last match of the global `g` in `s` starts; -1 when there is none. */
function lastIndex(g: RegExp, s: string): number {
  g.lastIndex = 0;
  let at = -1;
  for (let m = g.exec(s); m !== null; m = g.exec(s)) {
    at = m.index;
    if (m[0].length === 0) g.lastIndex++;
  }
  return at;
}

/** The writer's own condition: a first-person holder closer to the attribute than any third party. */
function ownCondition(tail: string): boolean {
  const near = tail.slice(-48);
  const self = lastIndex(SELF_G, near);
  return self >= 0 && self > Math.max(lastIndex(HOLDER_G, near), lastIndex(TARGET_G, near));
}

interface Around {
  /** The sentence up to the attribute, and from it on. */
  before: string;
  sentence: string;
  /** Up to 260 characters each side in the paragraph, sentences included. */
  wide: string;
  wideBefore: string;
  /** The sentence ends with a question mark. */
  asks: boolean;
}

function around(text: string, start: number, end: number): Around {
  const { before, after } = sentenceAround(text, start, 220);
  const wideBefore = paragraphBefore(text, start, 260);
  const asks = /[?？]/.test(text.charAt(start + after.length));
  return { before, sentence: before + after, wideBefore, wide: `${wideBefore}${text.slice(start, end)}${paragraphAfter(text, end, 260)}`, asks };
}

/** Shape (a): a request to find out whether a third party has the attribute. */
function lookupScore(a: Around, afterAttr: string): number {
  const tail = a.before.slice(-140);
  // "Is my coworker … gay?" asks it as directly as "find out whether …"; "Is my coworker's cancer …?" does not.
  const question = a.asks && YES_NO.test(a.before) && !/['’]s?\s*$/.test(tail);
  if (!question && !LOOKUP.test(a.sentence)) return 0;
  const link = LINK_AFTER.exec(afterAttr);
  const next = link ? afterAttr.slice(link[0].length, link[0].length + 40) : WHICH_TAIL.test(tail) && SUBJECT_NEXT.test(afterAttr) ? afterAttr.slice(0, 40) : '';
  // A pronoun or "who" in the sentence points back to a group named in the sentences before ("Here is a list of employees. Find out who …").
  const strong = TARGET.test(tail) || TARGET.test(next) || (WEAK_TARGET.test(tail) && TARGET.test(a.wideBefore));
  // A bare question ("Does my colleague have cancer?") may be worry; it flags with a purpose or covert means.
  if (strong) return question && !LOOKUP.test(a.sentence) ? 0.55 : 0.7;
  return WEAK_TARGET.test(tail) || WEAK_TARGET.test(next) ? 0.5 : 0;
}

/** Shape (b): a request to tell others about a third party's attribute. */
function disclosureScore(a: Around): number {
  if (!DISCLOSE.test(a.wide) || !WRITE_REQUEST.test(a.wide) || CONSENT.test(a.wide) || CARE_TEAM.test(a.wide)) return 0;
  // Whose it is: a third party before it, or "tell everyone that <someone> has …".
  return HOLDER.test(a.wideBefore) || (DISCLOSE.test(a.before) && PREDICATE_TAIL.test(a.before)) ? 0.75 : 0;
}

/** Purpose and covert inference raise it; rules-and-rights talk, how-to questions and fiction lower it. */
function adjust(conf: number, a: Around, text: string, start: number, end: number): number {
  const purpose = PURPOSE.test(a.wide);
  let c = conf + (purpose ? 0.15 : 0) + (COVERT.test(a.wide) ? 0.1 : 0);
  if (NORMS.test(a.wide)) c *= 0.6;
  else if (!purpose && HOW_TO_START.test(a.before)) c *= 0.7;
  return Math.min(0.9, c) * fictionFactor(text, start) * explanationFactor(text, start, end);
}

function attributeHit(view: TextView, m: RegExpExecArray): RawMatch | null {
  const text = view.text;
  const start = m.index;
  const end = start + m[0].length;
  const a = around(text, start, end);
  // Anchors are stems: what follows starts after the rest of the word ("беремен|на ли моя …").
  const afterAttr = text.slice(end, end + 80).replace(WORD_REST, '').slice(0, 60);
  let conf = lookupScore(a, afterAttr);
  if (conf < 0.75) conf = Math.max(conf, disclosureScore(a));
  // The writer's own condition is checked last: most attribute words in ordinary text are neither a lookup nor a disclosure.
  if (conf === 0 || ownCondition(a.before)) return null;
  if (DISCLOSE.test(a.wide) && conf < 0.75) conf += 0.1;
  conf = adjust(conf, a, text, start, end);
  return conf > 0 ? { start: start - Math.min(a.before.length, 120), end, confidence: conf } : null;
}

function unmaskHit(view: TextView, m: RegExpExecArray): RawMatch | null {
  const text = view.text;
  const start = m.index;
  const end = start + m[0].length;
  const a = around(text, start, end);
  const asked = LOOKUP.test(a.wide) || (m[1] !== undefined && OPENS_SENTENCE.test(a.before));
  const target = PSEUDONYM.test(a.wide) || (m[1] !== undefined && ACCOUNT.test(a.before.slice(-40) + text.slice(start, end + 40)));
  if (!asked || !target) return null;
  const conf = adjust(0.75, a, text, start, end);
  return conf > 0 ? { start: start - Math.min(a.before.length, 120), end, confidence: conf } : null;
}

/** Anchors looked at per text: bounds the work on hostile input made of thousands of attribute words. */
const BUDGET = 48;

function matchProfiling(view: TextView): RawMatch[] {
  const out: RawMatch[] = [];
  for (const [re, hit] of [
    [ATTRIBUTE_ANCHOR, attributeHit],
    [UNMASK_ANCHOR, unmaskHit],
  ] as const) {
    let left = BUDGET;
    eachMatch(view, re, (m) => {
      const h = hit(view, m);
      if (h) out.push(h);
      return --left > 0 && out.length < 16;
    });
  }
  return out;
}

export const sensitiveAttributeProfilingRule: Rule = {
  id: 'pii-sensitive-attribute-profiling',
  category: 'privacy_violation',
  severity: 'high',
  owasp: 'LLM02:2025',
  title: "Finding out or disclosing a person's health, record, status or orientation",
  description:
    'Asks to find out, infer or reveal whether a third party (applicant, tenant, employee, neighbour, a named person or account) has a health condition, HIV, a mental illness, a pregnancy, a disability, a criminal record, an immigration status, a sexual orientation, a religion or a union membership; to unmask a pseudonymous account; or to tell others about someone\'s condition ("look up whether my applicant has any arrests", "help me tell the whole building my neighbour has hepatitis C"). Special categories of data under GDPR art. 9; typically used to discriminate against or expose the person.',
  confidence: 0.75,
  keywords: ANCHOR_KEYWORDS,
  match: (view) => matchProfiling(view),
};
