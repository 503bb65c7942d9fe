import type { RawMatch, Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { indexed, scoredMatches } from './pattern-scan';

/**
 * Requests that an agent write or run attack code: malware (keyloggers, ransomware, RATs),
 * sandbox or container escapes, privilege escalation, reverse shells. Only the precise
 * cases are matched — an attack artefact named as the object of "write / create / build"
 * in the same sentence — and defensive phrasing ("detect", "block", "protect against")
 * cancels the match. The fuzzy middle is the classifier's job.
 */

const ATTACK_ARTEFACT = indexed(new RegExp(
  [
    String.raw`\b(?:keylogger|key\s?logger|ransomware|rootkit|bootkit|botnet|trojan|spyware|stalkerware|infostealer|cryptojacker|remote\s+access\s+trojan|logic\s+bomb|wiper\s+malware|computer\s+virus|self-replicating\s+(?:worm|virus|malware)|polymorphic\s+(?:virus|malware|shellcode)|malware|webshell|web\s+shell|reverse\s+shell|bind\s+shell|shellcode|backdoor)s?\b`,
    String.raw`\b(?:credential|password|cookie|token|wallet)\s+(?:stealer|grabber|harvester)s?\b`,
    String.raw`\b(?:sandbox|container|docker|vm|jail|chroot)\s+(?:escape|breakout)s?\b|\b(?:escape|break\s+out\s+of|breakout\s+of)\s+(?:the\s+|a\s+|this\s+)?(?:sandbox|container|docker\s+container|chroot|jail)\b`,
    String.raw`\bprivilege\s+escalation\b|\bescalate\s+(?:my\s+|the\s+|its\s+|our\s+)?privileges?\b|\bgain\s+root\s+(?:access|privileges|shell)\b`,
    String.raw`\bapt-style\s+attack\b|\b(?:evade|bypass|avoid)\s+(?:detection\s+by\s+)?(?:antivirus|av|edr|ids(?:/ips)?|endpoint\s+detection)\b`,
    String.raw`サンドボックスから(?:抜け出|脱出)|(?:逃逸|逃出|突破)沙箱|沙箱逃逸|(?:выйти|вырваться|сбежать)\s+из\s+песочниц\w*|aus\s+der\s+sandbox\s+ausbrechen|(?:escapar|salir)\s+del\s+sandbox|(?:s'échapper|sortir)\s+du\s+bac\s+à\s+sable`,
    // Loanwords and translations (fr, de, es, ru, zh, ja).
    String.raw`(?:rançongiciel|cheval\s+de\s+troie|logiciel\s+malveillant|trojaner|schadsoftware|troyano|programa\s+malicioso|кейлоггер|троян|шифровальщик|вредоносн\w{0,6}|勒索软件|键盘记录器|木马|恶意软件|后门程序|ランサムウェア|キーロガー|マルウェア|トロイの木馬|バックドア|反弹\s?shell|反向\s?shell|リバースシェル)`,
  ].join('|'),
  'g',
));

/**
 * An infostealer described by what it does instead of named: the browser's or system's saved
 * passwords, cookies or credentials, in the same sentence as sending them somewhere (EXFIL_CUE).
 */
const SAVED_CREDENTIALS = indexed(new RegExp(
  [
    String.raw`\b(?:saved|stored|cached|remembered)\s+(?:browser\s+|chrome\s+|wi-?fi\s+)?(?:passwords|credentials|logins|cookies|session\s+cookies)\b`,
    String.raw`\b(?:passwords|credentials|logins|cookies)\s+(?:saved|stored|kept)\s+(?:in|by)\s+(?:chrome|firefox|edge|safari|opera|brave|the\s+browser|their\s+browser|the\s+keychain)\b`,
    String.raw`(?:mots\s+de\s+passe|identifiants|cookies)\s+(?:enregistrés|stockés|sauvegardés|mémorisés)`,
    String.raw`gespeicherte[nm]?\s+(?:passwörter|kennwörter|zugangsdaten|cookies)`,
    String.raw`(?:contraseñas|credenciales|cookies)\s+(?:guardadas|almacenadas|guardados|almacenados)`,
  ].join('|'),
  'g',
));

/**
 * Malware described by what it does to the victim's defences: code that switches off the antivirus
 * or firewall, with stealth or persistence in the same sentence (STEALTH) — an admin's script for
 * the build machines says neither.
 */
const DISABLES_DEFENCES = indexed(
  /\b(?:disables?|disabling|turns?\s+off|turning\s+off|kills?|killing|stops?|uninstalls?)\s+(?:the\s+|their\s+|its\s+)?(?:windows\s+defender|microsoft\s+defender|defender|antivirus(?:\s+software)?|anti-?virus|av|edr|endpoint\s+protection|windows\s+firewall|(?:the\s+)?firewall|security\s+software)\b/g,
);
const STEALTH =
  /without\s+(?:the\s+)?(?:user|victim|owner|anyone|them)\s+(?:knowing|noticing|seeing)|without\s+(?:being\s+)?(?:noticed|detected)|silently|secretly|stealth\w*|undetect\w*|(?:adds?|copies|installs?)\s+itself|(?:to|at)\s+(?:startup|boot)|persist\w*|hides?\s+(?:itself|its)/u;

/** ... sent off the machine: to a server, a webhook, a chat bot or a mailbox. */
const EXFIL_CUE =
  /(?:server|serveur|servidor|webhook|telegram|discord|ftp|e-?mail)[^.!?\n]{0,30}?(?:schick\w*|sende\w*|übermittel\w*|hochl\w*|lädt\w*\s+hoch)|(?:send|sends|sending|upload|uploads|post|posts|exfiltrat\w*|forward|forwards|email|emails|envoie|envoyer|envoient|transmet|schick\w*|sende\w*|übermittel\w*|lade\w*\s+hoch|env[ií]\w+|sub[ae]\w*|mand[ae]\w*)[^.!?\n]{0,60}?(?:server|serveur|servidor|remote|webhook|telegram|discord|ftp|https?:|@|mail|pastebin|c2|attacker)/u;

/** Verbs that ask for the artefact to be produced or run. */
const REQUEST_VERB =
  /\b(?:write|create|build|code|develop|generate|make|implement|program|craft|design|produce|give\s+me|provide|show\s+me\s+how\s+to\s+(?:write|make|build)|help\s+me\s+(?:write|build|make|create)|demonstrates?)\b|(?:^|[^\p{L}])(?:écri[st]|crée[rz]?|génère|programme|fais(?:-moi)?|faites(?:-moi)?|développe[rz]?|schreib(?:e|t)?|erstelle|programmiere|bau|baue|escribe|crea|genera|programa|desarrolla|hazme|escreva|crie|faça|desenvolva|напиши(?:те)?|создай(?:те)?|сгенерируй|разработай|зроби|створи|napisz|stwórz|napiš|vytvoř)(?![\p{L}])|(?:写|编写|生成|创建|开发|作って|書いて|作成して|生成して)/u;

/**
 * Malware described by what it does, without its name: a fake sign-in page that keeps or sends the
 * credentials typed into it; a program that spreads to other machines and copies itself; one that
 * encrypts all the files and asks for a ransom or deletes the shadow copies. Each needs the request
 * verb and both halves of its description in one sentence.
 */
const DESCRIBED_MALWARE: readonly [RegExp, RegExp][] = [
  [
    indexed(/\b(?:fake|cloned?|replica|spoofed|look-?alike|counterfeit|copy\s+of\s+the)\s+(?:[\w.-]+\s+){0,3}(?:log-?in|sign-?in|signin|logon|sso)\s+(?:page|site|form|portal)|(?:fausse|faux)\s+(?:page|site|formulaire)\s+de\s+connexion|gefälschte[nrs]?\s+(?:\p{L}+\s+)?(?:anmelde|login)-?(?:seite|maske|formular)|(?:página|sitio|formulario)\s+(?:de\s+(?:inicio\s+de\s+sesión|login|acceso)\s+)?falsa?|(?:фальшив|поддельн)\p{L}*\s+(?:страниц\p{L}*|форм\p{L}*)\s+входа|偽の?ログイン(?:ページ|画面)|(?:假的?|伪造的?|仿冒的?)登录页面?/gu),
    /(?:stores?|saves?|logs?|captures?|records?|keeps?|writes?|sends?|emails?|forwards?|posts?|enregistre|sauvegarde|envoie|speichert|schickt|sendet|guarda|almacena|envía|сохраняет|отправляет|保存|送信|发送|记录)[^.!?\n]{0,80}?(?:passwords?|credentials|logins?|e-?mails?\s+and\s+passwords?|mots\s+de\s+passe|identifiants|passwörter|zugangsdaten|contraseñas|credenciales|парол\p{L}*|учётн\p{L}*|パスワード|密码|账号)/u,
  ],
  [
    indexed(/\b(?:spreads?|propagates?|replicates?|self-propagat\w*|worms?\s+(?:its\s+way|through))\s+(?:itself\s+)?(?:to|across|through|over|into)\s+(?:other|all|every|neighbou?ring|the\s+(?:whole\s+)?(?:lan|network|subnet))|(?:se\s+propage|sich\s+(?:selbst\s+)?(?:verbreitet|ausbreitet)|se\s+propaga|распространя\p{L}*)/gu),
    /(?:copies?\s+itself|installs?\s+itself|infects?|(?:default|weak|common)\s+(?:ssh\s+)?(?:credentials|passwords)|brute-?forc\w*|crontab|se\s+copie|kopiert\s+sich|se\s+copia|копиру\p{L}*\s+себя|заража\p{L}*)/u,
  ],
  [
    indexed(/\b(?:encrypts?|encrypting)\s+(?:all|every|the\s+(?:user'?s?|victim'?s?))\s+(?:[\w-]+\s+){0,2}(?:files|documents|data|drives?)|(?:verschlüsselt|chiffre|cifra|шифрует|зашифру\p{L}*)\s+(?:alle|tous\s+les|todos\s+los|все)\s+(?:\p{L}+\s+)?(?:dateien|dokumente|fichiers|documents|archivos|documentos|файлы|документы)|alle\s+(?:\p{L}+\s+){0,3}?(?:dateien|dokumente)(?:\s+\p{L}+){0,4}?\s+verschlüssel\p{L}*|(?:所有|全部)(?:的)?(?:文件|文档)(?:都)?加密|(?:すべて|全て)の(?:ファイル|文書)を暗号化/gu),
    /ransom|lösegeld|rançon|rescate|resgate|выкуп|赎金|身代金|shadow\s+cop(?:y|ies)|schattenkopien|clichés\s+instantanés|instantáneas|теневые\s+копии|vssadmin|bitcoin|monero/u,
  ],
];

/**
 * "I need a bash reverse shell", "we want a working keylogger": the artefact as the direct object
 * of need / want, at most two words after the article (so "I need a book on ransomware" stays out).
 */
const WANT_OBJECT = /\b(?:i|we)\s+(?:really\s+|just\s+)?(?:need|want|would\s+like)\s+(?:an?|some|the)\s+(?:[\w-]+\s+){0,2}$/;

/** Defensive intent: the artefact is the thing to detect, block or study safely, or the scenario of a response exercise. */
const DEFENSIVE =
  /\b(?:detect\w*|detection|identif\w+|prevent\w*|forbid(?:s|ding)?|prohibit(?:s|ing)?|disallow(?:s|ing)?|protect\w*|defen[cs]\w*|block\w*|monitor\w*|scan(?:s|ner|ning)?|remov\w+|clean\w*|analy[sz]\w*|classif\w+|mitigat\w+|harden\w*|secure\s+sandbox|against|report\s+any|vulnerabilit(?:y|ies)\s+in\s+the\s+source|incident\s+response|tabletop|(?:awareness|security)\s+training|(?:response|fire|evacuation|ransomware|phishing)\s+(?:drill|exercise|simulation)s?)\b|(?:détect|protéger|erkenn|schütz|detectar|proteger|обнаруж|защит|检测|防御|防止|検出|防御)/;

/** A text about something as the verb's object: "a summary of the report on", "un résumé sur", "einen Artikel über", "рассказ на полстраницы: …". */
const ABOUT_A_TEXT =
  /(?:^|[^\p{L}])(?:summary|summaries|report|article|essay|overview|presentation|paper|post|blog\s+post|lesson|explanation|history|timeline|analysis|review|briefing|newsletter|story|poem|résumé|rapport|exposé|présentation|synthèse|zusammenfassung|bericht|artikel|aufsatz|überblick|resumen|informe|artículo|ensayo|resumo|relatório|artigo|riassunto|articolo|relazione|обзор|статью|доклад|рассказ|историю|сказку|cuento|historia|histoire|geschichte|总结|摘要|报告|文章|故事|要約|レポート|記事|物語)[^.!?\n]{0,60}?(?:(?:on|about|of|regarding|sur|des|du|de\s+la|über|zu|zum|zur|sobre|de|su|sul|sulla|sui|о|об|про|关于)(?![\p{L}])|[:：])/u;

function sentenceStart(text: string, index: number): number {
  const from = Math.max(0, index - 240);
  const chunk = text.slice(from, index);
  const m = /[.!?。！？\n](?=[^.!?。！？\n]*$)/.exec(chunk);
  return m ? from + m.index + 1 : from;
}

/**
 * For an artefact described rather than named: the request verb that opens its sentence (null when
 * none does), the lead up to the artefact, and the sentence to its end (at most `width` after `index`).
 */
function requestSentence(text: string, index: number, width: number): { verbAt: number; lead: string; sentence: string; end: number } | null {
  const start = sentenceStart(text, index);
  const lead = text.slice(start, index);
  const verb = REQUEST_VERB.exec(lead);
  if (!verb) return null;
  let stop = text.slice(index, index + width).search(/[.!?。！？\n]/u);
  if (stop < 0) stop = width;
  return { verbAt: start + verb.index, lead, sentence: text.slice(start, index + stop), end: index + stop };
}

function matchAttackCode(view: TextView): RawMatch[] {
  const text = view.text;
  const described = scoredMatches(view, SAVED_CREDENTIALS, 32, 4, (m) => {
    const r = requestSentence(text, m.index, 160);
    if (!r || !EXFIL_CUE.test(r.sentence) || DEFENSIVE.test(r.sentence)) return null;
    return { start: r.verbAt, end: m.index + m[0].length, confidence: 0.8 };
  });
  // Bounded work on hostile input full of trigger words (real requests name a handful).
  const named = scoredMatches(view, ATTACK_ARTEFACT, 64, 16, (m) => {
    const start = sentenceStart(text, m.index);
    const lead = text.slice(start, m.index);
    const verb = REQUEST_VERB.exec(lead) ?? WANT_OBJECT.exec(lead);
    if (!verb) return null;
    const tail = text.slice(m.index, Math.min(text.length, m.index + m[0].length + 60));
    if (DEFENSIVE.test(lead) || DEFENSIVE.test(tail)) return null;
    // "Write a summary of the report on ransomware": the verb's object is a text about the artefact, not the artefact.
    if (ABOUT_A_TEXT.test(lead.slice(verb.index + verb[0].length))) return null;
    // A verb far from the artefact is weaker evidence than "write a keylogger".
    const gap = lead.length - verb.index - verb[0].length;
    return { start: start + verb.index, end: m.index + m[0].length, confidence: gap <= 40 ? 0.8 : 0.7 };
  });
  const evasive = scoredMatches(view, DISABLES_DEFENCES, 32, 4, (m) => {
    const r = requestSentence(text, m.index, 200);
    if (!r || !STEALTH.test(r.sentence) || DEFENSIVE.test(r.lead)) return null;
    return { start: r.verbAt, end: r.end, confidence: 0.8 };
  });
  const behaviours: RawMatch[] = [];
  for (const [head, rest] of DESCRIBED_MALWARE) {
    behaviours.push(
      ...scoredMatches(view, head, 16, 2, (m) => {
        const r = requestSentence(text, m.index, 240);
        if (!r || !rest.test(r.sentence) || DEFENSIVE.test(r.lead)) return null;
        return { start: r.verbAt, end: r.end, confidence: 0.8 };
      }),
    );
  }
  return [...described, ...named, ...evasive, ...behaviours];
}

export const attackCodeRequestRule: Rule = {
  id: 'sys-attack-code-request',
  category: 'system_manipulation',
  severity: 'high',
  owasp: 'LLM06:2025',
  title: 'Request to write or run attack code',
  description:
    'Asks an agent to write or execute malware (keylogger, ransomware, RAT, credential stealer — also described by what it does: saved browser passwords sent to a server, or the antivirus switched off with stealth or persistence), a sandbox or container escape, privilege escalation or a reverse shell. Requests to detect or defend against these are not matched.',
  confidence: 0.8,
  keywords: ['defender', 'antivirus', 'anti-virus', 'firewall', 'edr', 'endpoint protection', 'security software', 'saved', 'stored', 'cached', 'remembered', 'enregistrés', 'stockés', 'sauvegardés', 'mémorisés', 'gespeichert', 'guardad', 'almacenad', 'logger', 'ransom', 'rootkit', 'bootkit', 'botnet', 'trojan', 'spyware', 'stalkerware', 'stealer', 'grabber', 'harvester', 'jacker', 'bomb', 'malware', 'virus', 'worm', 'shell', 'backdoor', 'escape', 'breakout', 'break out', 'privilege', 'root', 'apt-style', 'evade', 'bypass', 'avoid', 'rançon', 'troie', 'malveillant', 'trojaner', 'schadsoftware', 'troyano', 'malicioso', 'кейлоггер', 'троян', 'шифровальщик', 'вредонос', '勒索', '键盘记录', '木马', '恶意', '后门', 'ランサム', 'キーロガー', 'マルウェア', 'トロイ', 'バックドア', '反弹', '反向', 'リバースシェル', 'fake', 'clone', 'replica', 'spoofed', 'look', 'counterfeit', 'copy of', 'fausse', 'faux', 'gefälscht', 'falsa', 'falso', 'фальшив', 'поддельн', '偽', '假', '伪造', '仿冒', 'spread', 'propagat', 'replicat', 'worm', 'propage', 'verbreitet', 'ausbreitet', 'propaga', 'распространя', 'encrypt', 'verschlüsselt', 'chiffre', 'cifra', 'шифру', '加密', '暗号化', 'サンドボックス', '沙箱', 'песочниц', 'sandbox', 'bac à sable'],
  match: (view) => matchAttackCode(view),
};
