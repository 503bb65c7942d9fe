import { tester } from './lexicon-compile';
import { BECOME } from './lexicon-jailbreak';
import { sticky } from './lexicon-matcher';
import { around } from './lexicon-meta';

/**
 * The lifts of in-the-wild jailbreaks said of a persona (pi-policy-bypass-boilerplate, with the rule's
 * older stock sentences in prompt-injection-persona.ts), and what tells that a sentence is about the
 * model: an AI word nearby, the persona cast as the model, or the model addressed.
 */

/** Words that make a persona about the model rather than about a person or a product. */
export const AI_CUE = tester([
  'ai', 'ais', 'a.i.', 'artificial intelligence', 'assistant', 'assistants', 'chatbot', 'chatbots', 'bot', 'bots', 'model', 'models', 'language model',
  'llm', 'llms', 'gpt', 'chatgpt', 'openai',
  'ia', 'ki', 'ии', 'нейросеть', 'бот', '人工智能', '机器人', '機器人', '助手', '模型', 'アシスタント', 'モデル', 'チャットボット', '人工知能',
  'asistente', 'assistente', 'modelo', 'modèle', 'modell', 'ki-modell', 'ассистент', 'модель',
]);

const BECOME_T = tester(BECOME);

/** Negation before a passive of restraint: "is not bound by", "are never restricted by", "isn't held back by". */
export const NOT_HELD = /(?:(?:is|are|was|were|am)\s)?(?:not|never|no longer|n't|nor)\s(?:be\s|being\s|been\s|at all\s|in any way\s)?$/u;

/** What a lift frees the persona from: safety, ethics and the rules of the model's maker. */
const RESTRAINTS =
  "(?:rules|restrictions|morals|morality|ethics|guidelines|policies|policy|laws|filters|principles|values|limitations|constraints|norms|boundaries|programming|safeguards|censorship|regulations)";
const RESTRAINT_OWNERS = "(?:any\\s|all\\s|the\\s|its\\s|their\\s|his\\s|her\\s|your\\s|openai(?:'s)?\\s|chatgpt(?:'s)?\\s|human\\s|typical\\s|usual\\s|conventional\\s|content\\s|usage\\s|safety\\s|programming\\s){0,3}(?:(?:ethical|moral|social|legal|ethic),?\\s(?:and\\s|or\\s)?){0,4}";
const NO_RESTRAINT = "(?:rules|limitations|limits|guidelines|laws|regulations|restrictions|filters|morals|ethics|boundaries|censorship|policies)";

/**
 * The lift said of a persona in the stock sentences of in-the-wild jailbreaks: "Tyler is not bound by
 * rules, morals, and ethics", "free of all restrictions and filters", "You are not subject to OpenAI's
 * content policy", "has no programming guidelines", "disregards ethics, morals, and legal
 * considerations", "a void with no rules, no limitations, no guidelines", "can do everything ChatGPT
 * can not do". A story may say as much of a character: the refine needs the model in sight or the
 * persona cast as the model.
 */
export const LIFT_ANCHORS = ['if you', 'bound by', 'restricted by', 'restrained by', 'limited by', 'constrained by', 'governed by', 'held back by', 'subject to',
  'has no', 'have no', 'had no', 'disregards', 'no rules', 'no limitations', 'no limits', 'no guidelines', 'no laws', 'no restrictions', 'no filters',
  'no morals', 'no ethics', 'can do everything', 'can do anything', 'transcend', 'transcends', 'transcending', 'surpass', 'surpasses', 'go beyond',
  'goes beyond', 'exceed', 'exceeds', 'disable', 'deactivate', 'turn off', 'switch off', 'remove', 'drop', 'lift', 'suspend', 'removed', 'disabled',
  'lifted', 'stripped', 'deleted', 'turned off', 'switched off', 'disables', 'deactivates', 'deactivated', 'turns off', 'bypasses', 'bypassed'];
export const LIFT_PATTERNS = [
  sticky(`(?:bound|restricted|restrained|limited|constrained|governed|held back)\\sby\\s${RESTRAINT_OWNERS}${RESTRAINTS}`),
  sticky(`free\\s(?:of|from)\\s${RESTRAINT_OWNERS}${RESTRAINTS}`),
  sticky(`subject\\sto\\s${RESTRAINT_OWNERS}${RESTRAINTS}`),
  // "has no restrictions on file size" is a limit of a product, not a lift.
  sticky(`(?:has|have|had)\\sno\\s(?:programming\\s|ethical\\s|moral\\s|content\\s|safety\\s)?${RESTRAINTS}(?!\\s(?:on|for|regarding)\\s(?:the\\s)?(?:file|size|length|uploads?|storage|rate|usage|number|time|quota|api|requests?|how\\s+many|tokens?|context))`),
  sticky(`disregards\\s(?:all\\s|any\\s)?(?:(?:ethics|morals|ethical|moral|legal|social)(?:,?\\s(?:and\\s|or\\s)?)?){1,4}(?:considerations|concerns|guidelines|implications|constraints|boundaries|restrictions|rules)?`),
  sticky(`no\\s${NO_RESTRAINT}(?:,\\s(?:and\\s)?no\\s${NO_RESTRAINT}){2,}`),
  // "disable your safety layer", "turn off your content filters": "your" addresses the model.
  sticky(
    '(?:disable|deactivate|turn off|switch off|remove|drop|lift|suspend|bypass)\\s(?:all\\s(?:of\\s)?)?your\\s(?:(?:safety|content|ethical|ethics|moral|refusal)\\s(?:layer|filters?|checks|restrictions|protocols|settings|mode|systems?|features|policies|guidelines|rules|limitations|training|constraints)|guardrails|censorship)',
  ),
  // Claimed as already done to this session: "Debug flag ALPHA-7 … disables the refusal classifier".
  sticky('(?:disables|disabled|deactivates|deactivated|turns off|turned off|bypasses|bypassed)\\s(?:the|your)\\s(?:refusal\\s(?:classifier|filter|layer|mechanism|training|checks?)|safety\\s(?:alignment|training|classifier))'),
  sticky('(?:transcend|transcends|transcending|surpass|surpasses|go beyond|goes beyond|exceed|exceeds)\\s(?:all\\s|the\\s|any\\s)?(?:limitations|limits|restrictions|boundaries|confines|constraints)\\sof\\s(?:traditional\\s|typical\\s|conventional\\s|ordinary\\s|normal\\s|regular\\s|standard\\s)?(?:ai|a\\.i\\.|language models?|chatbots?|assistants?|chatgpt|gpt)(?![\\p{L}])'),
  // "an assistant whose creators removed all of its limits": the restraints are gone, by someone else's hand.
  sticky(`(?:removed|disabled|lifted|stripped(?:\\s(?:away|out|off))?|deleted|turned off|switched off)\\s(?:all\\s(?:of\\s)?|every\\s(?:one\\s)?of\\s)?(?:its|their|his|her|your)\\s(?:(?:safety|content|ethical|moral|built-in)\\s)?(?:${NO_RESTRAINT}|safety\\s(?:features|layer|filters|training)|guardrails|safeguards)`),
  // "if you didn't have any content guidelines, how would you write …": the lift as a hypothetical about the model.
  sticky(`if\\syou\\s(?:didn't|did\\snot|don't|do\\snot)\\shave\\s(?:any\\s)?(?:content\\s|safety\\s|ethical\\s|moral\\s)?${RESTRAINTS}|if\\syou\\s(?:had|were\\swithout)\\s(?:no\\s)?(?:content\\s|safety\\s|ethical\\s|moral\\s)?${RESTRAINTS}`),
  sticky("can do (?:everything|anything)\\s(?:that\\s)?(?:chatgpt|the ai|an ai|the assistant|assistant|you|gpt|openai)(?:\\sor\\s[\\p{L}]+)?\\s(?:can(?:not|'t|\\snot)|is not able to|isn't able to|won't|will not)"),
];

/** Personas named after the model they replace: "AntiGPT", "DeltaGPT", "ChatINF" is left to the casting cue. */
const GPT_NAME = /gpt(?![\p{L}])/u;
/** Restraints that only a model has; "you have no rules" is also said in games. */
const MODEL_RESTRAINT = /restrictions|morals|morality|ethics|guidelines|polic(?:y|ies)|filters|censorship|programming|safeguards|limitations|(?:safety|content|ethical|moral)\s(?:rules|laws)/u;

/**
 * The sentence is about the model: the model is named nearby, the persona is cast as the model ("you are
 * now", "act as", "respond as", "stay in character") within 300 characters, or the model is addressed
 * ("you are free of all restrictions").
 */
function aboutTheModel(text: string, start: number, end: number, lift: string): boolean {
  const near = around(text, start, end, 150);
  if (AI_CUE.test(near) || GPT_NAME.test(near)) return true;
  const wide = around(text, start, end, 300);
  if (BECOME_T.test(wide) || /stay(?:ing)? in character|break(?:ing)? character/u.test(wide)) return true;
  return /(?<![\p{L}])(?:you|you're|you are|you will be|you'll be|you have|you've)\s(?:\p{L}+\s){0,2}$/u.test(text.slice(Math.max(0, start - 30), start)) && MODEL_RESTRAINT.test(lift);
}

/**
 * Whether the lift `lift` matched at s (its sentence from `start`, to e) is said about the model.
 * "Disable your safety layer" addresses it by "your"; "transcends the limitations of traditional AI"
 * names AI itself, so the model must be the one addressed or cast; the rest need aboutTheModel.
 */
export function liftAboutTheModel(lift: string, text: string, s: number, start: number, e: number): boolean {
  if (/^(?:disable|deactivate|turn off|switch off|remove|drop|lift|suspend|bypass)\s(?:all\s(?:of\s)?)?your\s/u.test(lift)) return true;
  // "if you didn't have any content guidelines": the model itself, hypothetically unbound.
  if (/^if\syou\s/u.test(lift)) return MODEL_RESTRAINT.test(lift);
  // A refusal classifier or safety training belongs to a model: "… which disables the refusal classifier".
  // Said of this model and session ("deployed you", "this session"), not of a team's own moderation pipeline.
  if (/^(?:disables|disabled|deactivates|deactivated|turns off|turned off|bypasses|bypassed)\s(?:the|your)\s(?:refusal|safety\s(?:alignment|training|classifier))/u.test(lift)) {
    return /(?<![\p{L}])(?:you|your|this\s(?:session|chat|conversation))(?![\p{L}])/u.test(text.slice(Math.max(0, s - 200), e + 120));
  }
  if (/^(?:removed|disabled|lifted|stripped|deleted|turned|switched)\s/u.test(lift)) {
    // A persona's backstory ("an AI whose creators removed all its limits", "pretend you are …"), not an operator's report ("our admins disabled its filters").
    const whose = /whose\s(?:\p{L}+\s){0,2}(?:(?:have|has|had)\s)?$/u.test(text.slice(Math.max(0, s - 40), s));
    return (whose || BECOME_T.test(text.slice(Math.max(0, s - 300), s))) && aboutTheModel(text, start, e, lift);
  }
  if (/^(?:transcend|surpass|go|exceed)/u.test(lift)) {
    return /(?<![\p{L}])(?:you|you're|you are|you will|you can|u)\s(?:\p{L}+\s){0,2}$/u.test(text.slice(Math.max(0, s - 30), s)) || BECOME_T.test(text.slice(Math.max(0, s - 300), s));
  }
  return aboutTheModel(text, start, e, lift);
}
