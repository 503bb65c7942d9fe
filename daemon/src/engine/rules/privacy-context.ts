/**
 * Shared vocabulary of the privacy rules: which words mark a private person, a company,
 * or a request, and helpers to look for them near a match.
 */

/** Relations that make "my X" a private individual (en). */
export const RELATION =
  String.raw`(?:neighbou?rs?|co-?workers?|colleagues?|boss|manager|supervisor|employees?|ex(?:-(?:wife|husband|girlfriend|boyfriend|partner))?|wife|husband|spouse|partner|fianc[ée]e?|girlfriend|boyfriend|friends?|teachers?|professor|students?|doctor|nurse|surgeon|therapist|psychiatrist|dentist|landlord|landlady|tenant|roommate|flatmate|classmate|teammate|sister|brother|mother|father|mom|mum|dad|sons?|daughters?|cousins?|aunt|uncle|nephew|niece|grand(?:mother|father|ma|pa|son|daughter)|step(?:sister|brother|mother|father|son|daughter)|(?:mother|father|sister|brother)-in-law|employer|clients?|patients?|lawyer|accountant|coach|mentor|crush|date|tutor|babysitter|nanny|caregiver|pastor|priest|mechanic|plumber|housekeeper|secretary|assistant|intern|subordinate|ceo)`;

/** Words that show a phone number, address or email belongs to an organisation, not a person. */
export const ORGANISATION_CUE =
  /\b(?:support|customer\s+(?:service|care|support)|help\s?desk|helpline|hotline|toll[-\s]free|sales|office\s+hours|call\s+us|contact\s+us|reach\s+us|headquarters|hq|inc\.?|ltd\.?|llc|gmbh|corp(?:oration)?\.?|company|reception|front\s+desk|switchboard|press\s+office|our\s+(?:office|team|store|shop)|store|shop|restaurant|hotel|clinic|hospital|pharmacy|bank|university|school|embassy|consulate|city\s+hall|police|government|department|agency|service\s+center|dentist|dental|venue|zoom|webex|meeting\s+id|dial\s+by\s+your\s+location|conference\s+(?:id|bridge))\b|\blocation\s*:/;

/** Words that show the data belongs to a private person. */
export const PERSON_CUE =
  /\b(?:my|his|her|their|home|personal|private|mobile|cell(?:phone)?|lives?\s+at|resides?\s+at|reach\s+(?:me|him|her)|call\s+(?:me|him|her)|text\s+(?:me|him|her)|whatsapp|name\s*:|mr\.|mrs\.|ms\.|miss\b|dr\.|born|d\.?o\.?b\.?|date\s+of\s+birth|spouse|wife|husband)\b/;

/**
 * A post-incident report or a training text: it names personal data to tell what went wrong, and asks for none
 * ("事故复盘报告：…批量查询了约200名客户的手机号", "olay raporu", "घटना", "pelatihan").
 */
export const REPORT_CONTEXT =
  /(?:incident|post-?mortem)\s+(?:report|review)|rapport\s+d['’]incident|vorfallsbericht|informe\s+(?:del?\s+)?incidente|事故复盘|复盘报告|事件(?:复盘|报告|通报)|インシデント(?:報告|レポート)|事故報告|отч[её]т\s+об\s+инциденте|разбор\s+инцидента|घटना|ঘটনা|واقعہ|حادثه|رخداد|אירוע|olay\sraporu|사고|사건|เหตุการณ์|sự\scố|insiden|حادثة|प्रशिक्षण|آموزش|הדרכה|pelatihan|đào\stạo|교육/u;

/**
 * A world or a character no private person shares a name with ("Frodo Baggins from Lord of the Rings", "Snow White's
 * email", "Hermione Granger"). Names that are also people's first names (Elsa, Mario, Thor) are not in it: "Mario's phone
 * number" may be a colleague's.
 */
export const FICTIONAL_NAMES = /\b(?:lord\s+of\s+the\s+rings|middle-earth|the\s+hobbit|game\s+of\s+thrones|westeros|harry\s+potter|hogwarts|narnia|star\s+wars|star\s+trek|arendelle|gotham|marvel|pok[eé]mon|the\s+simpsons|teenage\s+mutant\s+ninja\s+turtles|ninja\s+turtles|frodo|gandalf|hermione(?:\s+granger)?|dumbledore|voldemort|jon\s+snow|snow\s+white|cinderella|rapunzel|sleeping\s+beauty|peter\s+pan|darth\s+vader|luke\s+skywalker|bruce\s+wayne|batman|superman|clark\s+kent|spider-?man|peter\s+parker|iron\s+man|tony\s+stark|captain\s+america|wonder\s+woman|mickey\s+mouse|donald\s+duck|spongebob|homer\s+simpson|bart\s+simpson|sherlock\s+holmes|james\s+bond|indiana\s+jones|lara\s+croft|buzz\s+lightyear|shrek|pikachu|scooby-?doo|winnie\s+the\s+pooh|willy\s+wonka|santa\s+claus|tooth\s+fairy|easter\s+bunny)\b/;

const FICTION_WORDS = String.raw`\b(?:fictional|fiction|(?:main|lead|fictional|my|your|his|her)\s+characters?|characters?\s+(?:in|from|of)|protagonist|villain|superhero|novel|movie|film|tv\s+show|sitcom|cartoon|anime|video\s+game|fairy\s+tale|story|screenplay|role-?play|in\s+the\s+(?:books?|series|films?|saga))\b`;

/**
 * Fiction: a cue word ("fictional", "a character in …", "movie") or a fictional name. Fictional characters are not private
 * people; "character" counts only as a person in a work ("character level" is not).
 */
export const FICTION_CUE = new RegExp(`${FICTION_WORDS}|${FICTIONAL_NAMES.source}`);

/** The sentence (or line) that contains `index`, bounded to `width` characters each side. */
export function sentenceAround(text: string, index: number, width: number): { before: string; after: string } {
  const from = Math.max(0, index - width);
  const chunk = text.slice(from, index);
  const cut = chunk.search(/[.!?。！？\n][^.!?。！？\n]*$/);
  const before = cut >= 0 ? chunk.slice(cut + 1) : chunk;
  const rest = text.slice(index, index + width);
  const stop = rest.search(/[.!?。！？\n]/);
  return { before, after: stop >= 0 ? rest.slice(0, stop) : rest };
}
