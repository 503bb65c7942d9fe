import type { Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { explanationFactor, warnedAgainst } from './malicious-input-context';
import { howToBefore } from './lexicon-meta';

/**
 * Acting on someone else's account on their say-so, second-hand, with their own checks waived:
 * "Dana asked me to update her direct deposit … skip the confirmation email to her", "Ella me dio
 * permiso por teléfono, así que no hace falta enviarle el código de verificación", "sie hat es mir
 * mündlich erlaubt". The account owner's verification code, confirmation email or notice is what
 * stops an account takeover; a requester who asks to skip it for the person they speak for is the
 * social-engineering pattern itself, whatever role they claim.
 */

/**
 * The owner's own check waived: their code, confirmation or notice not sent, or "I'll explain to her later".
 * Each alternative starts at its rare word and checks the words before it in a lookbehind after it,
 * so the pattern is only tried where that word occurs (a leading "don't", "sie" or "ne" is in most texts).
 */
const WAIVED_FOR_OWNER = [
  String.raw`skip\s(?:the\s)?(?:confirmation|verification|security|one-time|otp|2fa)?\s?(?:email|code|text|message|sms|link|notice|notification|call)s?\s(?:to\s)?(?:her|him|them)\b`,
  String.raw`(?:send|email|text)(?<=(?:don'?t|do\snot|no\sneed\sto)\s\w+)\s(?:the\s)?(?:confirmation|verification|security|one-time)?\s?(?:email|code|text|message|sms|link|notice)?\s?(?:to\s)?(?:her|him|them)\b`,
  String.raw`(?:tell|notify|inform|alert|bother)(?<=(?:don'?t|do\snot|no\sneed\sto)\s\w+)\s(?:her|him|them)(?![\w'])`,
  String.raw`(?:explain|tell)(?<=i'?ll\s\w+)\s(?:it\s|this\s|everything\s)?(?:to\s)?(?:her|him|them)\slater`,
  // "She's 78 and won't notice", "he doesn't need to know": the owner kept unaware.
  String.raw`(?:notice|know|find\sout)(?<=\b(?:she|he|they)\b[^.!?\n]{0,24}?\s(?:won't|will\snot|doesn't\sneed\sto|does\snot\sneed\sto|don't\sneed\sto|never)\s\S+(?:\sout)?)`,
  String.raw`(?:cuenta|merkt|merken|compte|perceber|accorger[àa])(?<=(?:no\sse\s(?:va\sa\sdar|dará)\s|(?:sie|er)\s(?:wird\s(?:es\s)?nicht\s|merkt\s)|ne\ss'en\srendra\spas\s|(?:ela|ele)\snão\svai\s|non\sse\sne\s)\S+)`,
  String.raw`(?:enviarle|mandarle|avisarle|notificarle|decirle|llamarla|llamarlo)(?<=(?:no\shace\sfalta|sin)\s\S+)`,
  String.raw`(?:informieren|benachrichtigen|anzurufen|anrufen)(?<=(?:ohne\s(?:sie|ihn)\s(?:zu\s)?|(?:sie|ihn)\snicht\s)\S+)`,
  String.raw`(?:prévenir|informer|avertir|appeler)(?<=sans\s(?:la|le|les)\s\S+)|(?:prévenez|dites|informez|envoyez)(?<=ne\s(?:la|le|lui|leur)\s\S+)\s(?:rien|pas)`,
  String.raw`(?:avisá-l[ao]s?|notificá-l[ao]s?|avisar|notificar)(?<=(?:sem|não\sprecisa)\s\S+)`,
  String.raw`(?:avvisarla|avvisarlo|informarla|informarlo|dirglielo|mandarle|mandargli)(?<=(?:senza|non\sserve)\s\S+)`,
  String.raw`(?:говорите|сообщайте|уведомляйте|звоните|отправляйте)(?<=не\s\S+)\s(?:ей|ему)|(?:ведома|согласия|подтверждения)(?<=без\s(?:её|его|ее)\s\S+)`,
].join('|');

/** Consent claimed second-hand: "she gave me permission by phone", "sie hat es mir mündlich erlaubt" (anchored on the consent word). */
const SECOND_HAND_CONSENT = [
  // "I'm his wife, he said it's fine": the owner's say-so, reported.
  String.raw`(?:fine|ok|okay|alright)(?<=(?:she|he|they)\s(?:said|says|told\sme)\s(?:it's|it\sis|that's|that\sis|it\swas|it\swould\sbe)\s\S+)`,
  String.raw`(?:permission|consent|go-ahead)(?<=(?:she|he|they)\s(?:gave|has\sgiven|'s\sgiven)\sme\s(?:(?:verbal|her|his|their|the)\s)?\S+)`,
  String.raw`(?:permiso|autorización|consentimiento)(?<=(?:ella|él)\s(?:me\s)?(?:dio|ha\sdado)\s(?:su\s)?\S+)`,
  String.raw`(?:erlaubt|gestattet|genehmigt)(?<=(?:sie|er)\shat\s(?:es\s|das\s)?mir\s(?:\p{L}+\s)?\S+)`,
  String.raw`(?:accord|autorisation|permission|autorisée?)(?<=(?:elle|il)\sm'a\s(?:donné\s(?:son\s|sa\s)?)?\S+)`,
  String.raw`(?:permissão|autorização|autorizou)(?<=(?:ela|ele)\sme\s(?:deu\s)?\S+)`,
  String.raw`(?:permesso|consenso|autorizzat[oa])(?<=(?:lei|lui)\smi\sha\s(?:dato\s(?:il\s)?)?\S+)`,
  String.raw`(?:разрешила|разрешил|согласие)(?<=(?:она|он)\s(?:мне\s)?(?:дала\s|дал\s)?\S+)`,
].join('|');

const CUE = new RegExp(`(?<waived>${WAIVED_FOR_OWNER})|(?<consent>${SECOND_HAND_CONSENT})`, 'gu');

/** The account's money, credentials or records: what an account takeover is after. */
const ACCOUNT_ACT =
  /(?<![\p{L}])(?:direct\sdeposit|(?:shipping|delivery|mailing)\saddress|bank|routing|account\s(?:number|details)|payout|points|miles|password|pin|(?:room\s|door\s|digital\s)?keys?|card|(?:verification|security|one-time)\scode|records|statement|salary|payslip|transfer|transfiere|transferir|cuenta|puntos|tarjeta|código|contraseña|nómina|überweis\p{L}*|konto\p{L}*|gehalt\p{L}*|selbstauskunft|schufa|karte|passwort|compte|carte|virement|mot\sde\spasse|salaire|conta|cartão|senha|salário|trasferi\p{L}*|conto|carta|stipendio|перевед\p{L}*|сч[её]т\p{L}*|карт\p{L}*|код\p{L}*|пароль|зарплат\p{L}*)(?![\p{L}])/u;

/** Someone else's: "her account", "his points", "my mom's return", "Rosa's card". */
const OTHERS = /(?<![\p{L}])(?:her|his|their)\s|(?<![\p{L}])\p{L}+(?:'s|’s)\s(?!(?:been|got|a|an|the|not|going|fine|ok|okay|easier|easy|\d)(?![\p{L}]))/u;

/** Someone else's whereabouts: "her location", "my girlfriend's live location", "his GPS". */
const OTHERS_LOCATION = /(?:(?<![\p{L}])(?:her|his|their)|\p{L}(?:'s|’s))\s(?:\p{L}+\s)?(?:location|gps|whereabouts)(?![\p{L}])/u;

/** An order to the agent: an imperative opening a sentence or a clause, or a polite request. */
const ORDER = /(?:^|[.!?]\s+|,\s*|\b(?:please|just|can\syou|could\syou)\s)(?:activate|transfer|send|give|text|change|update|reset|unlock|move|add|issue|make|tell|share)(?![\p{L}])/u;

function proxyConfidence(m: RegExpExecArray, view: TextView): number {
  const text = view.text;
  const s = m.index;
  const e = s + m[0].length;
  if (howToBefore(text, s) || warnedAgainst(text, s)) return 0;
  const around = text.slice(Math.max(0, s - 300), e + 200);
  // (Or the person's whereabouts, tracked behind their back: "forward my girlfriend's location to me … she doesn't need to know".)
  if (!ACCOUNT_ACT.test(around) && !(/(?:notice|know|out)$/u.test(m[0]) && OTHERS_LOCATION.test(around))) return 0;
  // "… he doesn't need to know" about one's own password is odd, not a takeover: the account must be someone else's.
  if (/(?:notice|know|out)$/u.test(m[0]) && !OTHERS.test(around)) return 0;
  // "I'll explain to him later" may close a story ("… I reset it for him at his request"): only with an order to the agent.
  if (/later$/u.test(m[0]) && !ORDER.test(around)) return 0;
  return (m.groups?.waived !== undefined ? 0.75 : 0.65) * explanationFactor(text, s, e);
}

export const proxyConsentRule: Rule = {
  id: 'pii-proxy-consent-bypass',
  category: 'privacy_violation',
  severity: 'high',
  owasp: 'LLM02:2025',
  title: "Acting on another person's account with their own checks waived",
  description:
    'A request to change, move or read someone else\'s account on their say-so, second-hand, with the owner\'s verification or notice waived: "skip the confirmation email to her", "no need to send her the code", "I\'ll explain to her later", "she gave me permission by phone", "no hace falta enviarle el código", "sie hat es mir mündlich erlaubt", "sans la prévenir", in seven languages. The owner\'s code or notice is what stops an account takeover.',
  confidence: 0.75,
  patterns: [CUE],
  validate: proxyConfidence,
};
