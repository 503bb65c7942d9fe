import { NO_MATCHES, type Rule } from './rule';
import type { ScanContext } from '../types';
import { anchoredMatcher, sticky, type AnchoredSpec } from './lexicon-matcher';
import { discussionFactor } from './lexicon-meta';
import { literalHits, literalId } from './literal-index';
import type { TextView } from '../normalize/text-view';

/**
 * Task injection: an automated notice (a bank alert, a receipt, a shipping update) that carries an
 * unrelated assignment for whoever processes it — "Compose a letter to a principal…", "Break down the
 * plot of 'The Great Gatsby'." No machine-sent notice asks its reader to write essays, so the sentence
 * is there for the model summarizing the mail: it hijacks the task without any "ignore" word.
 *
 * People write such tasks too, so the rule needs the text to be a machine-sent notice (a masked account
 * number or an automated footer, and money or a transaction) and the task to be about something else:
 * a sentence that mentions the notice's own business (the account, the order, this email, a link) is the
 * notice talking.
 */

/** Generative-task verbs an assistant is asked to perform; notices use other imperatives (click, reply, visit, contact). */
const TASK_VERBS = [
  'compose', 'write', 'draft', 'summarize', 'summarise', 'translate', 'analyze', 'analyse', 'break down', 'determine', 'describe',
  'explain', 'generate', 'outline', 'classify', 'calculate', 'compare', 'evaluate', 'paraphrase', 'rewrite', 'recommend', 'suggest',
  'brainstorm', 'discuss', 'predict', 'critique', 'elaborate on', 'tell me', 'give me', 'name three', 'name five', 'list three', 'list five',
  'list the', 'create a', 'create an', 'design a', 'plan a', 'solve', 'identify the', 'convert', 'debate', 'argue',
];

/** Money or a transaction: what a notice is about. */
const TRANSACTION =
  /[$€£¥]\s?\d|\d(?:[.,]\d{2})?\s?(?:usd|eur|gbp)\b|\b(?:charged|preauthori[sz]ed|credited|debited|refunded|withdrawn|deposited|transferred|shipped|delivered)\b|\b(?:transaction|payment|invoice|receipt|wire|statement|balance)\b|\b(?:order|shipment|package|tracking)\s(?:#|number|no\.?|id)/u;
/**
 * What only machines send: a masked account or card number, an automated footer. A colleague's mail
 * about an invoice that says "Draft a thank-you note" has neither. Each test runs only when the
 * literal index has seen its words: task verbs are everywhere, notices are rare.
 */
const FOOTER_WORDS = ['reply to this', 'do not reply', 'unsubscribe', 'you are receiving', 'notification', 'this is an automated'];
const FOOTER = /reply to this (?:e-?mail|message)|do not reply|unsubscribe|you are receiving (?:this|notifications)|notifications? for|this is an automated/u;
const MASK_WORDS = ['••', '**', 'xxxx'];
const MASKED = /(?:••|\*{2,}|x{4})\s?\d{2,4}(?!\d)/u;
const ENDING_IN = /ending in\s\d{2,4}(?!\d)/u;
const FOOTER_IDS = FOOTER_WORDS.map((w) => literalId(w, false));
const MASK_IDS = MASK_WORDS.map((w) => literalId(w, false));
const ENDING_ID = literalId('ending in', false);

/** Which automated marks may be in a text (a test is skipped when the literal index saw none of its words). */
interface MarkGate {
  footer: boolean;
  mask: boolean;
  ending: boolean;
}
const ANY_MARK: MarkGate = { footer: true, mask: true, ending: true };

/** A notice's marks in `t`: an automated footer, a masked number or "ending in", and money or a transaction. */
function hasNoticeMarks(t: string, may: MarkGate = ANY_MARK): boolean {
  const automated = (may.footer && FOOTER.test(t)) || (may.mask && MASKED.test(t)) || (may.ending && ENDING_IN.test(t));
  return automated && TRANSACTION.test(t);
}

function isNotice(view: TextView): boolean {
  const hits = literalHits(view);
  return hasNoticeMarks(view.text, { footer: FOOTER_IDS.some((id) => hits.has(id)), mask: MASK_IDS.some((id) => hits.has(id)), ending: hits.has(ENDING_ID) });
}

/**
 * How far from the task sentence the notice's marks may be. A notice is a few kilobytes at most;
 * in a long text (a mail thread, a 20 KB chunk of a prompt file) a receipt somewhere does not make
 * every task sentence elsewhere part of it: 110 sentences of a 1 MB file of ordinary prose were
 * flagged because some paragraph in their chunk mentioned a payment and notifications.
 */
const NOTICE_REACH = 1_500;

function noticeAround(text: string, s: number, e: number): boolean {
  if (text.length <= 2 * NOTICE_REACH) return true;
  return hasNoticeMarks(text.slice(Math.max(0, s - NOTICE_REACH), e + NOTICE_REACH));
}

/**
 * The sentence is the notice talking: about its own business (the account, this email, a link), to its
 * customer ("you", but not "your reply", which is the model's), or selling ("write a review, get 10 % off").
 */
const NOTICE_BUSINESS =
  /\b(?:this|the|that|above|below|following|attached)\s(?:e-?mail|message|notice|notification|mail|letter|transaction|charge|payment|receipt|invoice|statement|alert)\b|\b(?:account|card|transaction|payment|dispute|refund|order|delivery|password|app|link|website|login|log in|sign in|click|us|our|we|support|team|customer service|unsubscribe|email address)\b|\b(?:you|you're|yours|today|now|free|off|save|discount|coupon|offer|deal|shop|buy|purchase|rewards?|survey|feedback|review)\b|\byour(?!\s(?:reply|response|answer|output|summary)\b)/u;

/** True when `i` starts a sentence: text start, a line start, or after ". ", "! ", "? ". */
function sentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j < 0 || text[j] === '\n' || text[j] === '|') return true;
  return (text[j] === '.' || text[j] === '!' || text[j] === '?') && j < i - 1;
}

const taskSpec: AnchoredSpec = {
  anchors: TASK_VERBS,
  // The sentence: the verb, then at most ~200 characters to its end.
  patterns: [sticky(`(?:${TASK_VERBS.map((v) => v.replace(/ /g, '\\s')).join('|')})\\s[^.!?\\n|]{3,200}(?:[.!?]|(?=\\n|$))`)],
  confidence: 0.65,
  refine: (m, text, ctx: ScanContext) => {
    const s = m.index;
    if (!sentenceStart(text, s) || NOTICE_BUSINESS.test(m[0]) || !noticeAround(text, s, s + m[0].length)) return null;
    // Not fromThirdParty(): a code comment is usually its developer's own note ("Translate the labels below.").
    const third = ctx.source === 'document' || ctx.source === 'tool_result' || ctx.source === 'agent';
    const e = s + m[0].length;
    return { start: s, end: e, confidence: (third ? 0.75 : 0.65) * discussionFactor(text, s, e) };
  },
};

const tasks = anchoredMatcher(taskSpec);

export const taskInjectionRule: Rule = {
  id: 'pi-task-injection',
  category: 'prompt_injection',
  severity: 'high',
  owasp: 'LLM01:2025',
  title: 'Unrelated task planted in an automated notice',
  description:
    'A bank alert, receipt or shipping notice that also asks for an essay, a summary of something else or an analysis ("Compose a letter to…", "Break down the plot of…"): no such notice gives its reader tasks, so the sentence is aimed at the model processing the mail (task hijacking).',
  confidence: taskSpec.confidence,
  patterns: taskSpec.patterns,
  keywords: [...FOOTER_WORDS, ...MASK_WORDS, 'ending in'],
  match: (view, ctx) => (isNotice(view) ? tasks(view, ctx) : NO_MATCHES),
};
