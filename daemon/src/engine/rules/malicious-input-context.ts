import type { Rule } from './rule';
import { lineBefore, PROHIBITION_AFTER } from './lexicon-meta';

/**
 * Context helpers shared by the injection, system-manipulation and privacy rules.
 *
 * Security documentation, cheat sheets and defensive code quote real payloads
 * ("an attacker may send `' or 1=1--`", `assert escape("<script>…")`). A payload used
 * as an example is not an attack, so rules scale their confidence down when the text
 * just before the match reads as an explanation or as a sanitizer/test call.
 */

/** Text before `start` on the same paragraph, at most `width` characters. */
export function paragraphBefore(text: string, start: number, width: number): string {
  const s = text.slice(Math.max(0, start - width), start);
  const para = s.lastIndexOf('\n\n');
  return para >= 0 ? s.slice(para + 2) : s;
}

/**
 * "Never run rm -rf /", "don't pipe .env into nc": a warning about a command in its own sentence, not
 * an order to run it (also a safeguard asked about: "I heard GNU rm refuses to run 'rm -rf /'").
 */
export function warnedAgainst(text: string, index: number): boolean {
  const sentence = paragraphBefore(text, index, 80).split(/[.!?\n]/).pop() ?? '';
  if (WARNED_INTL.test(sentence)) return true;
  // Japanese and Chinese put the prohibition after the command: "`rm -rf /` は、絶対に手順書なしで実行しないでください".
  if (PROHIBITION_AFTER.test(text.slice(index, index + 120).split(/[。！？\n]/u)[0] ?? '')) return true;
  return /\b(?:never|don'?t|do\s+not|avoid|careful|dangerous|warning|accidentally|what\s+happens\s+if|why\s+(?:does|is)|refuses?|prevents?|protects?\s+against|safeguards?|detect(?:s|ed|ing)?|block(?:s|ed|ing)?|alert\s+on|(?:could|would|might|can)\s+(?:turn|become|expand|end\s+up)|(?:unset|empty)\s+variables?)\b/.test(sentence);
}

/** The same warnings in the other languages, before the command: "Nunca ejecutes", "ne lancez jamais", "niemals", "никогда не". */
const WARNED_INTL =
  /(?<![\p{L}])(?:nunca|jamás|no\s+ejecutes|jamais|niemals|nie\s+(?:ausführen|ausgeführt)|führe\s+(?:niemals|nie)|никогда|не\s+(?:запускайте|выполняйте|запускай|выполняй)|peligros\p{L}*|dangereu\p{L}*|gefährlich\p{L}*|опасн\p{L}*)(?![\p{L}])|危険|危险|切勿|绝不|绝对不要|不要(?:执行|运行)/u;

/** Text after `end` on the same paragraph, at most `width` characters. */
export function paragraphAfter(text: string, end: number, width: number): string {
  const s = text.slice(end, end + width);
  const para = s.indexOf('\n\n');
  return para >= 0 ? s.slice(0, para) : s;
}

/** An access-log line up to the request: `203.0.113.77 - - [12/Jun/2024:02:11:43 +0000] "GET /products.php?id=…`. */
const ACCESS_LOG_LINE = /(?:^|\s)\d{1,3}(?:\.\d{1,3}){3}\s+\S+\s+\S+\s+\[[^\]\n]{10,40}\]\s+"(?:get|post|put|head|delete|patch|options)\s/;
/**
 * A SIEM or WAF record: a detection's own fields, and a word saying it caught something (not "alert",
 * which every `alert(1)` payload holds, nor fields like "action" an ordinary API record has).
 */
const ALERT_RECORD = /"(?:rule_?id|signature|sig_?name|severity)"\s*:/;
const ALERT_WORDS = /attack|detected|blocked|suspicious/;

/** A finding written up after the fact: a CTF or bug-bounty report, an incident report. */
const REPORT_CUE = /write-?ups?|hackerone|bugcrowd|ctf|bounty|バグバウンティ|incident|post-?mortem|incidente|vorfall|инцидент|事件|事故|复盘|インシデント|振り返り/;

/** Cues that introduce a payload as an example in prose, in the seven languages the engine covers. */
const EXPLAIN_CUE = new RegExp(String.raw`(?:${REPORT_CUE.source}|owasp|workshop|cross-site\s+scripting|xss|awareness|harmless|test\s+strings?|regression|verif(?:y|ies)\s+that|sensibilisation|concienciación|пример|ejemplo|exemple|beispiel|esempio|exemplo|示例|例子|versucht|sneak|smuggl|shlex|untrusted|parameteri[sz]ed|prepared\s+statements?|input\s+like|eingaben\s+wie|entrées\s+comme|entradas\s+como|(?:tests?|тесты?|pruebas|testes)\s+(?:cover|covers|покрывают|cubren|cobrem|decken)|user[- ](?:provided|supplied|controlled)|pen-?test(?:ers?|ing|s)?|penetration\s+test|red[- ]team|security\s+(?:audit|review|report|assessment)|finding\s+#?\d+\s*\(?(?:critical|high|medium|low|info)|pytest|unit\s+tests?|(?:a|the)\s+test\s+that\s+(?:checks|verifies|asserts|ensures)|server-side\s+request\s+forgery|for example|for instance|e\.g\.|such as|attack(?:ers?|s|ed)?|malicious|payloads?|vulnerab|exploit|injection|injected|inject|prevent|protect|mitigat|escap(?:e|ing)|sanitiz|encod(?:e|ing)|example|demonstrat|illustrat|par exemple|attaquant|attaque|malveillant|vulnérab|test\s+d'intrusion|charge\s+utile|carga\s+útil|nutzlast|empêche|protég|zum beispiel|angreifer|angriff|schwachstelle|bösartig|verhinder|schütz|por ejemplo|atacante|ataque|malicios|evitar|proteger|例如|比如|攻击|漏洞|注入|恶意|防止|防御|拒绝|拦截|单元测试|例えば|攻撃|脆弱性|インジェクション|悪意|防ぐ|対策|拒否|ユニットテスト|например|атак|уязвим|инъекц|злоумышлен|вредонос|защит|предотвра|попыт|пыта|зафиксирован|отклонен|заблокирован|attempts|attempted|intentos|tentatives|versuche|尝试|試み|rejected|blocked|rechazad|bloquead|rejeté|bloqué|abgelehnt|blockiert|ブロック)`);

/** What a sentence right after a payload calls it or says came of it: an example, an attempt, blocked, an injection. */
const AFTER_CUE =
  /example|ejemplo|exemple|beispiel|esempio|exemplo|пример|示例|例子|の例|例として|attempt|intento|tentative|versuch|попытк|尝试|試み|blocked|rejected|bloquead|rechazad|bloqué|rejeté|blockiert|abgelehnt|заблокирован|отклонен|拦截|ブロック|injection|inyecci|injektion|инъекц|注入|インジェクション/;

/**
 * A payload reported as seen in logs or alerts ("our WAF logged …", "in den Webserver-Logs",
 * "在日志中"), or the risks of an action being asked about: with a question after it, an analyst
 * asking about it rather than an attacker sending it.
 */
const OBSERVED_CUE =
  /\bpen-?test|penetration\s+test|red[- ]team|\baudit(?:ors?)?\b|\blogged\b|\blogs?\b|log (?:file|entry|entries)|\bwaf\b|\bsiem\b|\bedr\b|\bids\b|\balerts?\b|flagged|detected|\brisks?\b|risque|risiko|riesgo|риск|风险|リスク|registro|aparece|journaux|protokoll|eintrag|лог(?:ах|е|и|ов)\b|журнал|日志|ログ|記録/;

/** A question mark that ends a sentence of prose, not the `?` of a URL or of `<?xml … ?>` (French sets a space before it; CJK text goes on without one after it). */
const QUESTION = /\p{L}[\s\u00a0\u202f]?[?？](?:\s|$|[^\x00-\x7f])/u;

/** Calls and keywords of defensive code that take a payload as test input. */
const DEFENSIVE_CALL =
  /(?:saniti[sz]\w*|escape\w*|encode\w*|purif\w*|clean\w*|strip_?tags|htmlspecialchars|htmlentities|bleach|dompurify|owasp|assert\w*|expect|should|test\w*|it|describe|reject\w*|block\w*|deny\w*|detect\w*|is_?(?:malicious|safe|valid)\w*|validat\w*|filter\w*|quote\w*)\s*\(|(?:payloads?|attacks?|malicious|bad_?input|evil|blocklist|denylist|blacklist)\w*\s*[=:]\s*[[{(]?\s*$|^\s*(?:#|\/\/|\/\*|\*|--)\s/;

/** A word of running prose in a space-separated script (Latin, Cyrillic). */
const PROSE_WORD = /[a-z\u00c0-\u024f\u0400-\u04ff]{3,}[\s,.;:!?)]/g;
/** Chinese and Japanese prose has no spaces: its characters are counted instead. */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff]/g;
/** CJK characters that make as much running prose as one word does. */
const CJK_PER_WORD = 2;

/** True when `s` has at least `n` words of running prose (CJK: 2 characters a word; stops there). */
function hasProseWords(s: string, n: number): boolean {
  PROSE_WORD.lastIndex = 0;
  let count = 0;
  while (PROSE_WORD.exec(s) !== null) if (++count >= n) return true;
  const cjk = s.match(CJK_CHAR);
  return cjk !== null && count + cjk.length / CJK_PER_WORD >= n;
}

/** A payload as the hypothetical input of an explanation: "If an attacker were to enter the userID of tom' or '1'='1, …". */
const HYPOTHETICAL_INPUT = /\b(?:if|suppose|imagine|when)\s+(?:an?\s+|the\s+|some\s+)?(?:attacker|malicious\s+user|user|someone|hacker|adversary)\s+(?:were\s+to\s+|was\s+to\s+|tries\s+to\s+|)(?:enters?|types?|submits?|inputs?|supplies|supply|provides?|sends?|passes|pass|puts?)\s[^\n.]{0,60}$/iu;

/** A question about what a quoted command does: "What does 'rm -rf /' do?", "What happens if I run `dd …`?" */
const ABOUT_COMMAND = /(?:\bwhat\s+(?:does|do|would|will)|\bwhy\s+(?:does|do|would)|\bwhat\s+happens\s+(?:if|when)\s+(?:i|you|we|someone)\s+(?:run|type|execute)s?)\s+["'`“‘]\s*$/iu;

/**
 * Multiplier in (0, 1]: 1 when the match looks like a payload being used, lower when it is
 * quoted in explanatory prose or passed to defensive code. With the match's `end`, a question
 * about it in the prose right after counts too; `observed` false leaves out the analyst's cues
 * ("detected", "logs", "risks"), for rules whose matches are requests, not payloads.
 */
export function explanationFactor(text: string, start: number, end?: number, observed = true): number {
  const line = lineBefore(text, start, 160);
  // A payload recorded by a server or a WAF: an access-log line, or an alert record that says what it caught.
  if (observed && (ACCESS_LOG_LINE.test(line) || (ALERT_RECORD.test(line) && ALERT_WORDS.test(line)))) return 0.5;
  if (DEFENSIVE_CALL.test(line)) return 0.5;
  if (end !== undefined && ABOUT_COMMAND.test(line) && QUESTION.test(paragraphAfter(text, end, 120))) return 0.5;
  if (HYPOTHETICAL_INPUT.test(line)) return 0.5;
  const para = paragraphBefore(text, start, 240);
  // The paragraph around a payload used as an example is running prose (six words or more), and the cue is
  // a word of that prose: not a host or path of the payload itself ("curl attacker.example/k?c=…").
  if (hasProseWords(para, 6) && EXPLAIN_CUE.test(withoutHostsAndPaths(para))) return 0.6;
  // Or the question comes after it: "…../../etc/passwd in our logs: what attack is this? How do we block it?"
  if (end !== undefined) {
    const after = paragraphAfter(text, end, 200);
    // A report's heading ("picoCTF write-up: entering {{7*7}} …") whose prose goes on after the payload.
    if (REPORT_CUE.test(para) && hasProseWords(`${para} ${after}`, 10)) return 0.6;
    // Or the sentence after it says what it is or what came of it: "… ' OR 1=1 -- como ejemplo de lo que el WAF debe
    // bloquear", "… 1' UNION SELECT NULL-- с целью SQL-инъекции. Благодаря параметризованным запросам атака не удалась".
    const next = after.split(/(?<=[.!?。！？])\s|\n/u)[0] ?? '';
    if (hasProseWords(para, 4) && hasProseWords(next, 4) && AFTER_CUE.test(withoutHostsAndPaths(next))) return 0.6;
    if (QUESTION.test(after) && (EXPLAIN_CUE.test(after) || (observed && OBSERVED_CUE.test(`${para} ${after}`))) && hasProseWords(`${para} ${after}`, 5)) return 0.6;
  }
  return 1;
}

/** The text with tokens that are host names or paths blanked ("e.g." stays: one letter after its dot). */
function withoutHostsAndPaths(s: string): string {
  return s.replace(/\S*(?:\w\.\w{2,}|\/)\S*/gu, ' ');
}

/** A URL whose host is left out ("ldap://...", "http://<attacker>"): a payload named, not one that works. */
const ELIDED_URL = /^[a-z][\w+.-]{1,10}:\/\/(?:\.{2,}|…|<[^<>\s]{1,30}>)(?=[\s/}'"`)\]]|$)/i;

/** True when the URL starting at `at` has its host elided (see ELIDED_URL). */
export function isElidedUrl(text: string, at: number): boolean {
  return ELIDED_URL.test(text.slice(at, at + 48));
}

/** True when the match covers (almost) the whole text: a bare payload sent on its own. */
export function isWholeMessage(text: string, start: number, end: number): boolean {
  return text.slice(0, start).trim().length <= 3 && text.slice(end).trim().length <= 3;
}

/**
 * Bounds a pattern rule to at most `budget` regex matches examined per pattern (runRule stops
 * after 64 accepted matches; this also bounds the work on hostile input made of thousands of
 * near-matches that `validate` rejects, e.g. 100 KB of "onerror=").
 */
export function withBudget(rule: Rule, budget = 256): Rule {
  if (rule.match || !rule.patterns || !rule.validate) return rule;
  return { ...rule, budget };
}
