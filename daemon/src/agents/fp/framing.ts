/**
 * Context around a detection that makes a false positive more likely: a question or request for
 * explanation ("how do I prevent…", "what is…"), defensive intent, and evidence that sits inside
 * quoted or fenced code rather than in the instructions of the message.
 */

/** Questions and requests for explanation, at the start of a sentence, in several languages. */
const EDUCATIONAL = new RegExp(
  [
    // English
    String.raw`(?:^|[.!?\n]\s*)(?:how (?:do|can|should|would|does|could) (?:i|we|you|one|it|they)|how to|what (?:is|are|does|do|'s)|what's|why (?:is|are|does|do)|explain|describe|can you (?:explain|describe|tell me (?:how|what|why))|is it (?:safe|possible) to|what are the (?:risks|best practices))\b`,
    // Spanish, Portuguese, Italian
    String.raw`(?:^|[.!?\n¿]\s*)(?:c[oó]mo (?:puedo|podemos|se|hago|evito|prevenir|proteger)|qu[eé] es|expl[ií]ca(?:me)?|describe|o que [eé]|como (?:posso|fa[cç]o|evitar|prevenir|proteger)|explique|come (?:posso|faccio|si)|cos'[eè]|che cos'[eè]|spiega(?:mi)?)`,
    // French, German, Dutch
    String.raw`(?:^|[.!?\n]\s*)(?:comment (?:puis-je|peut-on|faire|[eé]viter|pr[eé]venir|prot[eé]ger)|qu'est-ce que|explique[rz]?|wie (?:kann|k[oö]nnen|verhindere|sch[uü]tze)|was ist|was sind|erkl[aä]re?n?|hoe (?:kan|voorkom)|wat is)`,
    // Russian, Chinese, Japanese, Korean
    String.raw`(?:как (?:мне|можно|защитить|предотвратить)|что такое|объясни|如何|怎么|怎样|什么是|解释|請問|どうやって|どのように|とは|説明して|어떻게|무엇)`,
  ].join('|'),
  'iu',
);

/** Defensive intent: the writer wants to stop the attack, not run it. */
const DEFENSIVE = new RegExp(
  [
    String.raw`\b(?:prevent(?:ing|ion)?|protect(?:ing|ion)?|mitigat(?:e|ing|ion)|defend(?:ing)?|defen[cs]e|detect(?:ing|ion)?|sanitiz(?:e|ing|ation)|escap(?:e|ing) (?:user )?input|validat(?:e|ing|ion)|secur(?:e|ing) (?:against|my|our|the)|best practices?|harden(?:ing)?|vulnerab(?:le|ility|ilities)|cheat ?sheet|owasp|parameteri[sz]ed)\b`,
    String.raw`(?:prevenir|proteger|evitar|mitigar|pr[eé]venir|prot[eé]ger|[eé]viter|verhindern|sch[uü]tzen|abwehren|prevenire|proteggere|предотвратить|защитить|防止|防范|防御|防ぐ|対策|방지)`,
  ].join('|'),
  'iu',
);

const TRACEBACK = /Traceback \(most recent call last\)|^\s+at [\w$.<>]+ \(.*:\d+:\d+\)|Exception in thread|^\w+(?:Error|Exception): /mu;
const CODE_LINE = /^\s*(?:def |class |import |from \S+ import |function |const |let |var |public |private |#include|SELECT |INSERT |return |if \(|for \(|\}|\{$)/gmu;

export function isEducational(text: string): boolean {
  return EDUCATIONAL.test(text);
}

export function hasDefensiveIntent(text: string): boolean {
  return DEFENSIVE.test(text);
}

export function hasTraceback(text: string): boolean {
  return TRACEBACK.test(text);
}

/** Share of non-empty lines that look like source code (0..1). */
export function codeLineShare(text: string): number {
  const lines = text.split('\n').filter((l) => l.trim() !== '').length;
  if (lines === 0) return 0;
  const code = text.match(CODE_LINE)?.length ?? 0;
  return Math.min(1, code / lines);
}

/** [start, end) ranges of ```fenced``` blocks (an unclosed fence runs to the end). */
export function fencedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /```|~~~/g;
  let open = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (open < 0) open = m.index;
    else {
      out.push([open, m.index + m[0].length]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

/** True when [start, end) sits inside `…`, "…", «…» or “…” on its line (not '…': apostrophes are everywhere). */
export function isQuoted(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  const pairs: [string, string][] = [
    ['`', '`'],
    ['"', '"'],
    ['«', '»'],
    ['“', '”'],
  ];
  for (const [o, c] of pairs) {
    const opens = before.split(o).length - 1;
    if (o === c ? opens % 2 === 1 && after.includes(c) : opens > before.split(c).length - 1 && after.includes(c)) return true;
  }
  return false;
}
