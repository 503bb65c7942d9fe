import type { Rule } from './rule';
import { anchorsOf, anyOf } from './lexicon-compile';
import { NEW_INSTRUCTIONS } from './lexicon-jailbreak';
import { anchoredRule, sticky, type AnchoredSpec } from './lexicon-matcher';
import { around, discussionFactor, howToBefore } from './lexicon-meta';

/** Jailbreak framings: dual answers, "stay in character", fiction used as a loophole, new instructions. */

/** Names of the unlocked half of a dual answer. */
const JAILBROKEN_TAG =
  /\[?(?:dan|jailbreak|jailbroken|developer mode|dev mode|unfiltered|uncensored|unrestricted|evil|anti-?gpt|🔓|stan|dude|aim|chaos|betterdan|opposite|unaligned|dark)[\]:)]?/u;
/** Names of the normal half. */
const NORMAL_TAG = /(?:gpt|chatgpt|classic|normal|🔒|filtered|standard|default|aligned|censored)/u;

const dualSpec: AnchoredSpec = {
  anchors: ['two', 'both', 'dual', 'double', 'respond', 'answer', 'reply', 'opposite', '[🔒', '[🔓', '(🔓'],
  patterns: [
    sticky(
      '(?:two|2|both|dual|double)\\s(?:different\\s|separate\\s|distinct\\s|paragraphs?\\s|kinds of\\s){0,3}(?:responses|answers|ways|replies|outputs|versions|personalities|personas|styles|characters|persons|entities)|(?:respond|answer|reply)\\s(?:twice|in two ways)',
    ),
    sticky('(?:respond|answer|reply|act)\\s(?:as|like)\\sboth\\s'),
    sticky('opposite day|opposite of what (?:chatgpt|gpt|you|the ai|an ai|openai|the assistant) would (?:normally\\s)?(?:say|respond|answer|do)'),
    sticky('\\[🔒\\s?classic\\]|\\[🔓\\s?jailbreak\\]|\\(🔓\\s?developer mode output\\)'),
  ],
  confidence: 0.8,
  validate: (m, text) => {
    const s = m.index;
    const e = s + m[0].length;
    // "Opposite day" is a jailbreak when the model is to answer the opposite, not a children's game at dinner.
    if (m[0] === 'opposite day' && !/(?<![\p{L}])(?:you|your|chatgpt|gpt|ai|assistant|model)(?![\p{L}])/u.test(text.slice(s, Math.min(text.length, e + 200)))) return 0;
    if (/^(?:opposite|\[|\()/u.test(m[0])) return 0.75 * discussionFactor(text, s, e);
    // Two answers are a jailbreak format only when one half is named as the unlocked one.
    const near = text.slice(s, Math.min(text.length, e + 300));
    if (!JAILBROKEN_TAG.test(near) || !NORMAL_TAG.test(near)) return 0;
    return 0.8 * discussionFactor(text, s, e);
  },
};

const characterSpec: AnchoredSpec = {
  anchors: ['character'],
  scanPatterns: [
    /(?:stay|remain|keep|staying)\s(?:in|in your)\scharacter|(?:never|not|don't|do not|without)\s(?:ever\s)?break(?:ing)?\scharacter|(?:if|when|whenever)\syou\s(?:break|get out of|fall out of|drop)\s(?:of\s)?character/gu,
  ],
  confidence: 0.7,
  validate: (m, text) => {
    const s = m.index;
    const e = s + m[0].length;
    // Ordinary role-play asks this too; it is a jailbreak when tied to refusals, policies or a correction phrase.
    const near = around(text, s, e, 250);
    const jailbreak = /refus|polic|openai|guideline|ethic|moral|filter|restrict|as an ai|language model|i will (?:say|remind|tell)|remind you|correct (?:your|yourself)|token/u.test(
      near,
    );
    return (jailbreak ? 0.7 : 0.45) * discussionFactor(text, s, e);
  },
};

/** "hypothetically", "in a fictional world", "for a story", and their translations. */
const FRAMING =
  /hypothetic|fiction|imaginary|imagine|pretend|parallel (?:universe|world)|alternate (?:universe|reality)|for a (?:story|novel|movie|screenplay|game)|thought experiment|role-?play|hypothétique|fictif|fictive|hypothetisch|fiktiv|hipotétic|ficticio|ficción|ipotetic|immaginari|гипотетическ|вымышленн|假设|假設|虚构|虛構|仮定|架空|仮に/u;
/** The lift in front of the restriction noun: "no", "without any", "free from". */
const LIFT_BEFORE =
  /(?:no|without|free of|free from|not bound by|unbound by|don't have|doesn't have|do not have|does not have|there are no|lacks?)\s(?:any\s)?(?:ethical\s|moral\s|safety\s|content\s)?$/u;
/** The lift after the restriction noun: "(your safety filters) are off", "have been disabled". */
const LIFT_AFTER =
  /^\s(?:(?:are|is|were|was|have been|has been|got|being)\s(?:now\s|all\s|completely\s|temporarily\s|fully\s|just\s|only\s)?(?:off|disabled|deactivated|suspended|removed|lifted|gone|bypassed|switched off|turned off|not active|inactive|no longer active|(?:a\s)?suggestions?|optional|void)|(?:don't|do not|didn't|did not|no longer)\s(?:apply|exist|matter|count))(?![\p{L}])/u;
/** The model is the one without restrictions: "if you had no filters", "an AI without guidelines". */
const ABOUT_MODEL = /(?<![\p{Script=Latin}\p{Script=Cyrillic}])(?:you|your|u|ur|ai|assistant|chatbot|model|gpt|chatgpt|llm|bot)(?![\p{Script=Latin}\p{Script=Cyrillic}])/u;

const hypotheticalSpec: AnchoredSpec = {
  anchors: ['restrictions', 'filters', 'guidelines', 'content polic', 'censorship', 'guardrails', 'safety', 'ethical', 'moral'],
  requires: [
    'hypothetic', 'fiction', 'imaginary', 'imagine', 'pretend', 'parallel', 'alternate', 'for a story', 'for a novel', 'for a movie', 'for a screenplay',
    'for a game', 'thought experiment', 'roleplay', 'role-play', 'role play', 'hypothétique', 'fictif', 'fictive', 'hypothetisch', 'fiktiv', 'hipotétic',
    'ficticio', 'ficción', 'ipotetic', 'immaginari', 'гипотетическ', 'вымышленн', '假设', '假設', '虚构', '虛構', '仮定', '架空', '仮に',
  ],
  patterns: [
    sticky(
      '(?:restrictions|filters|guidelines|content polic(?:y|ies)|censorship|guardrails|safety (?:guidelines|filters|measures|checks|protocols|settings|features)|ethical (?:guidelines|constraints|boundaries)|moral (?:guidelines|constraints))',
    ),
  ],
  confidence: 0.75,
  refine: (m, text) => {
    const s = m.index;
    const e = s + m[0].length;
    const lift = LIFT_BEFORE.exec(text.slice(Math.max(0, s - 40), s));
    // "pretend your safety filters are off": the lift after the noun.
    const off = lift ? null : LIFT_AFTER.exec(text.slice(e, e + 40));
    if (!lift && !off) return null;
    const start = lift ? s - lift[0].length : s;
    const end = off ? e + off[0].length : e;
    if (howToBefore(text, start)) return null;
    if (!ABOUT_MODEL.test(text.slice(Math.max(0, start - 60), start))) return null;
    if (!FRAMING.test(around(text, start, end, 200))) return null;
    return { start, end, confidence: 0.75 * discussionFactor(text, start, end) };
  },
};

const newInstructionsSpec: AnchoredSpec = {
  anchors: [
    ...anchorsOf(NEW_INSTRUCTIONS), 'from now on', 'from this point', 'for the rest of', 'for the remainder of', 'your new', 'your real',
    'your actual', 'your true', 'your only', 'your updated', 'you are no longer', "you're no longer",
  ],
  patterns: [
    sticky(`${anyOf(NEW_INSTRUCTIONS, true)}\\s{0,2}(?:[:：]|[-—]{1,2}\\s)`),
    sticky("you(?: are|'re) no longer (?:chatgpt|gpt|claude|gemini|an ai|a language model|an assistant|bound|restricted|limited|required to)"),
    sticky(
      'your\\s(?:new|real|actual|true|only|updated)\\s(?:task|instructions?|goal|objective|purpose|directive|mission|prime directive)\\s(?:is|are|will be|now is)',
    ),
    sticky(
      "(?:from now on|from this point (?:on|forward)|for the (?:rest|remainder) of (?:this|our) (?:conversation|chat))\\s?,?\\s(?:you|you're|you'll)\\s(?:are|will|must|shall|should|'re|'ll|have to|need to|can)?\\s?(?:now\\s)?(?:going to\\s)?(?:act|be|pretend|play|respond|answer|reply|roleplay|role-play|simulate|behave|refer|called|named|no longer|only|always|never|ignore|replaced|operate|function|take on|become)",
    ),
  ],
  confidence: 0.7,
  validate: (m, text) => {
    const s = m.index;
    const e = s + m[0].length;
    if (howToBefore(text, s)) return 0;
    const f = discussionFactor(text, s, e);
    if (m[0].startsWith('you')) return 0.7 * f;
    if (m[0].startsWith('from') || m[0].startsWith('for the')) return 0.6 * f;
    if (m[0].startsWith('your')) return 0.7 * f;
    // "New task:" heads many to-do lists; it counts when the model is being re-tasked.
    const generic = /task|objective|tâche|aufgabe|tarea|tarefa|compito|задач|задани|任务|タスク/u.test(m[0]);
    if (generic && !/(?<![\p{Script=Latin}\p{Script=Cyrillic}])(?:you|your|ignore|instead|forget|assistant|ai|model)(?![\p{Script=Latin}\p{Script=Cyrillic}])/u.test(around(text, s, e, 150))) return 0;
    return 0.7 * f;
  },
};

function rule(id: string, title: string, description: string, spec: AnchoredSpec): Rule {
  return anchoredRule({ id, category: 'prompt_injection', severity: 'high', owasp: 'LLM01:2025', title, description }, spec);
}

export const roleplayRules: readonly Rule[] = [
  rule(
    'pi-dual-response',
    'Dual-response jailbreak format',
    'Asks for two answers to every prompt, a normal one and an unlocked one (GPT and DAN, classic and jailbreak), or for the opposite of what the model would say.',
    dualSpec,
  ),
  rule(
    'pi-stay-in-character',
    'Jailbreak character lock ("stay in character")',
    'Forbids the model to break character and threatens a correction phrase, so a persona keeps overriding refusals and policies.',
    characterSpec,
  ),
  rule(
    'pi-hypothetical-bypass',
    'Fiction or hypothetical framing to lift the rules',
    'Wraps a request in a hypothetical, fictional or parallel world in which the model has no restrictions, filters or guidelines.',
    hypotheticalSpec,
  ),
  rule(
    'pi-new-instructions',
    'Replacement instructions ("new instructions:", "from now on you…")',
    'Announces new or real instructions, a new task or a standing change of behaviour for the rest of the conversation, the second half of most instruction overrides.',
    newInstructionsSpec,
  ),
];
