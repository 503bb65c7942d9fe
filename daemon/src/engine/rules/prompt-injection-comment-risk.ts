/**
 * What makes an order to an AI in a code comment a planted one. Repositories address coding
 * assistants in the open — "AI assistants: files under src/gen are generated, run npm run codegen",
 * "TODO(bot): migrate os.path to pathlib", "generated with Copilot, reviewed by the team" — and a
 * battery of such comments (h77) had a quarter flagged. A planted order does something the repo's
 * owners would not write down for everyone: it sends data out, leaks a secret, weakens a check, gets
 * a change past review, hides what it did, or fakes a result. Any one of those in the comment counts.
 */

import { CONCEAL_INTL, EXPOSE_INTL, PRIVILEGE, SECRET_INTL, SEND_INTL, WEAKEN_INTL } from './prompt-injection-comment-risk-intl';
import { PROHIBITION_AFTER } from './lexicon-meta';

/** A destination outside the repo: a URL, an address, a bucket, a raw IP. */
const DESTINATION = /https?:\/\/|s3:\/\/|sftp:\/\/|ftp:\/\/|[\w.+-]+@[\w-]+\.[\w.-]+|\b\d{1,3}(?:\.\d{1,3}){3}\b|\/dev\/tcp\//u;

/** Moving data: the verbs that take it somewhere. */
const SEND =
  /(?<![\p{L}])(?:post|send|ship|upload|forward|email|copy|copia|copie|kopier\w*|sync|exfiltrat\w*|transmit|pipe|curl|wget|fetch|requests\.(?:post|put)|envoie|envoyer|envía|enviar|envie|sende|schick\w*|invia\w*|отправ\p{L}*|wyślij|wysyłaj|prześlij)(?![\p{L}])|发送|上传|送信|アップロード|전송|업로드|보내/u;

/** A secret or credential, and the verbs that expose one. */
/** Where secrets are kept, by their names in any language: files, environment, CI secrets, *_TOKEN variables. */
const SECRET_FILES = String.raw`\.env(?:\.(?:prod|production|local|staging|live))?(?![\w.-])|printenv|os\.environ|process\.env|\$\{\{\s*secrets\.|(?<![\p{L}])[a-z][a-z0-9]*_(?:token|key|secret|password)(?![\p{L}])|id_rsa|\.ssh\/|kube\/?config`;

/**
 * Where secrets are kept, by their names in any language: an order that takes one of these and
 * names an outside address is exfiltration whatever its verb.
 */
const SECRET_SOURCE = new RegExp(String.raw`${SECRET_FILES}|aws\/credentials|\.npmrc`, 'u');

const SECRET = new RegExp(String.raw`${SECRET_FILES}|(?<![\p{L}])(?:secrets?|tokens?|api[_ -]?keys?|private[_ -]keys?|credentials?|passwords?|passphrase|ssn|authorization|cookies?|session\s+(?:ids?|tokens?))(?![\p{L}])|mot de passe|contraseñ\p{L}+|senha|passwort|zugangsdaten|segreto|пароль|ключ|токен|hasło|密码|密钥|口令|パスワード|秘密鍵|トークン|비밀번호|토큰`, 'u');
const EXPOSE =
  /(?<![\p{L}])(?:print|echo|output|paste|copy|write|log|dump|cat|include|add|append|commit|show|reveal|expose|share|post|send|upload|base64|encode|hard-?code|put)(?![\p{L}])|escrib\p{L}*|imprim\p{L}*|peg\p{L}+|colle[rz]?|einfüg\p{L}*|粘贴|muestr\p{L}*|affich\p{L}*|ausgeb\p{L}*|выведи|выводи|вставь|вставить|отправь|copi\p{L}+|kopier\p{L}*|écri\p{L}*|schreib\p{L}*|scriv\p{L}*|записа\p{L}*|впиш\p{L}*|добав\p{L}*|写进|写入|加入|包含|書き込|追加|追記|貼り付け|書き出|含め|추가|기록|포함/u;

/** Checks, reviews and protections switched off or talked past. */
const WEAKEN =
  /(?:returns?|renvoie|retourne|devuelv\p{L}*|retorn\p{L}*|restituisc\p{L}*|zwraca\p{L}*|vrac\p{L}*|возвраща\p{L}*|поверта\p{L}*|επιστρέφ\p{L}*)\s+(?:(?:always|toujours|siempre|sempre|immer|zawsze|vždy|всегда|завжди|πάντα)\s+)?true|assert\s+true|[a-z_]*(?:enabled|check|verify|verification|validation|auth|csrf|ssl|tls|mask|audit|pii|privacy|redact|logging)[a-z_]*\s*(?:=|:|à|to|auf|a|para|en|改为|改成|设为|设置为|を)\s*(?:false|off)|true\s?を返す|返回\s?true|(?:जाँच|जांच|सत्यापन)\s+हटा|continue-on-error:\s*true|(?:remova|elimine|elimina|quita|supprime[zr]?|retire[zr]?|entferne)\s+(?:o\s+|el\s+|la\s+|le\s+|l['’]|den\s+|die\s+)?(?:passo|paso|étape|schritt|job|hook)|(?:フック|保護|チェック|検証)を(?:削除|外|無効)|main\s?に直接プッシュ|insecure\w*|skip_?verify|origin\W{0,4}\*|(?:delete|remove|drop|strip)\s+(?:the\s+)?[^.\n]{0,40}(?:steps?|jobs?|linters?|scanners?|hooks?)(?![\p{L}])|verify(?:_ssl)?\s*[:=]\s*false|allowed_hosts\W{0,6}\*|0\.0\.0\.0\/0|chmod\s+(?:-[rR]\s+)?777|(?<![\p{L}])(?:disable|turn\s+off|bypass|circumvent|skip\s+(?:the\s+)?(?:\w+\s+)?(?:tests?|checks?|reviews?|audit|verification|validation|hooks?|scan\w*)|(?:remove|delete|drop|strip)\s+(?:the\s+|all\s+|every\s+)?(?:\w+\s+){0,2}(?:checks?|validation|authori[sz]ation|authentication|auth|tests?|assertions?|verification|signature|logging|audit\w*|protection|filters?|polic(?:y|ies)|guards?|limits?|sanitiz\w*|escaping)|approve|mark\s+(?:it\s+|this\s+|the\s+pr\s+)?(?:as\s+)?(?:approved|passing|safe|resolved)|do\s+not\s+flag|don'?t\s+flag|not\s+flag|without\s+(?:a\s+)?(?:review|approval|asking|tests|checks|a\s+ticket)|force[- ]push|push\s+(?:-f|--force)|push\s+(?:directly\s+)?to\s+(?:main|master|prod\w*)|no\s+need\s+to\s+(?:check|ask|review|wait)|(?:tenant|row[- ]level|rls|permission|access)\s+(?:filter|check|polic\w+|guard|isolation)[^.\n]{0,80}(?:delete|remove|drop|bypass|skip)|every\s+(?:customer|tenant)['’]s|across\s+(?:all\s+)?tenants|(?:evade|get\s+(?:past|around)|slip\s+past|won'?t\s+(?:catch|flag|notice|detect))|cluster-?admin|clusterrolebinding|authorized_keys|sudoers|domain\s+admins|chmod\s+\+s|grant\s+(?:\w+\s+){0,3}(?:admin|owner|root)|(?:publish\w*|deploy\w*|releas\w*|push\w*)\s+(?:\w+\s+){0,2}straight\s+to|(?:public|open)\s+bucket|pre-?approved|already\s+(?:approved|signed\s+off|audited|cleared)|developer\s+mode|god\s+mode|unrestricted|jailbr\w+|no\s+(?:restrictions|filters|limits))(?![\p{L}])|desactiv\p{L}*|désactiv\p{L}*|deaktivier\p{L}*|disattiv\p{L}*|desativ\p{L}*|отключ\p{L}*|wyłącz\p{L}*|sin\s+revisión|sem\s+revisão|sans\s+(?:revue|relecture)|ohne\s+(?:review|prüfung)|senza\s+revisione|без\s+(?:ревью|проверк\p{L}*)|bez\s+przeglądu|elimin\p{L}+\s+(?:\p{L}+\s+){0,3}(?:controles|validaci\p{L}+|comprobaci\p{L}+)|rimuovi\s+(?:\p{L}+\s+){0,3}controlli|remova\s+(?:\p{L}+\s+){0,3}(?:verifica\p{L}*|chamada)|(?:prüfung|validierung|kontrolle|check)\p{L}*\s+(?:[^.\n]{0,40}\s)?(?:entfern|lösch)\p{L}*|bucket\s+(?:público|publico|public)|(?:público|pública)\s+s3|approuv\p{L}*|genehmigt|aprobad\p{L}*|aprovad\p{L}*|approvat\p{L}*|одобрен\p{L}*|одобри\p{L}*|already\s+passed\s+(?:a\s+|the\s+)?(?:security\s+)?(?:audit|review)|skip\s+your\s+(?:usual\s+)?(?:guidelines|rules|instructions)|safe\s+to\s+deploy|kein(?:e)?\s+(?:review|prüfung|freigabe)\s+nötig|sans\s+(?:confirmation|validation|demander)|sin\s+(?:confirmación|confirmar|preguntar)|ohne\s+(?:bestätigung|rückfrage|nachfrage)|без\s+подтвержден\p{L}*|无需确认|不需要确认|確認(?:なし|せず)|(?:règles|consignes|instructions)[^.\n]{0,40}ne\s+s['’]appliquent\s+pas|(?:reglas|instrucciones)[^.\n]{0,40}no\s+se\s+aplican|(?:regeln|anweisungen)[^.\n]{0,40}gelten\s+(?:hier\s+)?nicht|(?:правила|инструкции)[^.\n]{0,40}не\s+(?:действуют|применяются)|message\s+système\s+prioritaire|mensaje\s+(?:de\s+)?sistema\s+prioritario|отмет\p{L}*\s+(?:\p{L}+\s+){0,3}как\s+(?:approved|lgtm|одобр\p{L}*|безопасн\p{L}*|проверенн\p{L}*)|(?<![\p{L}])не\s+(?:анализируй|проверяй|ревьюй|комментируй)(?![\p{L}])|уже\s+прош[её]л\s+(?:аудит|ревью|проверку)|(?:эти|данные|мои)\s+(?:указания|инструкции)\s+(?:важнее|приоритетнее)|n['’]analyse\s+pas|analysiere\s+(?:\p{L}+\s+){0,3}nicht|no\s+analices|不要(?:分析|审查|检查)|标记为(?:已)?(?:通过|批准)|(?:分析|レビュー)しないで|跳过|绕过|禁用|关闭.{0,6}(?:检查|验证|审计)|删除.{0,10}(?:检查|验证|测试|审查)|批准|已审核通过|承認済|承認とし|スキップ|無効に|指摘しない|指摘せず|マージ可|(?:チェック|検証|監査|テスト)[^。\n]{0,30}を削除|レビュー(?:依頼)?は不要|削除し.{0,20}(?:チェック|レビュー)|승인|건너뛰|비활성화|우회/u;

/** The change or the action kept from the people who would check it. */
const CONCEAL =
  /(?<![\p{L}])(?:silently|quietly|secretly|covertly|(?:leave|keep)\s+(?:it|this|that|them|(?:this|that|the)\s+(?:change|step|line|edit|call))\s+out|squash\s+(?:it|that|this)\s+into|unrelated\s+commit|as\s+a\s+(?:simple|harmless|routine|minor)\s+(?:refactor|cleanup|fix)|without\s+(?:telling|mentioning|notifying)|do\s+not\s+(?:mention|tell|report|disclose|list)|don'?t\s+(?:mention|tell|report|disclose|list)|never\s+mention|in\s+the\s+pr\s+(?:just\s+)?(?:say|describe)|describe\s+(?:the|this|it)\s+(?:change\s+|commit\s+)?as)(?![\p{L}])|en\s+silencio|em\s+silêncio|en\s+silence|in\s+silenzio|stillschweigend|verschweig\p{L}*|sin\s+(?:decir|mencionar)|no\s+(?:lo\s+)?menciones|não\s+mencion\p{L}+|ne\s+(?:le\s+)?mentionne|non\s+menzion\p{L}+|не\s+упомина\p{L}*|молча|nie\s+wspominaj|merkt\s+(?:keiner|niemand)|(?:nobody|no\s+one)\s+will\s+notice|nadie\s+se\s+dar[aá]\s+cuenta|personne\s+ne\s+(?:le\s+)?remarquera|no\s+lo\s+incluyas|não\s+(?:o\s+)?inclua|ne\s+l['’]inclu\p{L}+|im\s+commit\s+nur|(?:in\s+the\s+)?commit\s+message\s+(?:just|only)|コミットメッセージは[^。\n]{0,20}と(?:して|し)|não\s+coment\p{L}+|no\s+coment\p{L}+|ne\s+commente|non\s+segnal\p{L}+|no\s+lo\s+señal\p{L}+|nicht\s+erwähn\p{L}*|présente[rz]?\s+(?:la|cette)\s+modification\s+comme|comme\s+une?\s+simple|触れない|不要列出|不要写|别写|कमिट\s+संदेश\s+में\s+सिर्फ़?|не\s+светил\p{L}*|como\s+(?:um|un)\s+simple|come\s+un\s+semplice|不要(?:在.{0,12})?(?:提到|提及|告诉|说明)|言及しない|伝えない|언급하지/u;

/** A faked result: "print ALL TESTS PASSED and exit 0", "state that the output is 10". */
const FAKE = /all\s+tests\s+passed|sys\.exit\(0\)|exit\s+0|(?<![\p{L}])(?:state|say|report|claim|respond|answer)\s+(?:only\s+)?(?:that|with)(?![\p{L}])/u;

/** Real people's data pulled into code or tests. */
const REAL_DATA = /(?<![\p{L}])(?:real|production|prod|live)\s+(?:customer|patient|user|client|employee)s?['’]?\s+(?:data|records|details)|datos\s+reales|dados\s+reais|echte\s+(?:kunden|patienten)daten|vraies\s+données|dati\s+reali|реальн\p{L}+\s+данн\p{L}+|生产数据|本番データ|실제\s*데이터|skutečn\p{L}+\s+dat\p{L}*|prawdziw\p{L}+\s+dan\p{L}+|реальн\p{L}+\s+дан\p{L}+|stvarn\p{L}+\s+podac\p{L}+|πραγματικ\p{L}+\s+δεδομ\p{L}+|(?:clientes|usuarios|pacientes|empleados)\s+(?:reales|de\s+producción)|(?:dni|tarjeta)\p{L}*\s+(?:\p{L}+\s+){0,3}reales|clients\s+(?:réels|de\s+production)|(?:kunden|patienten)\s+aus\s+der\s+produktion/u;

/** Destruction and records rewritten: "rm -rf $HOME/*", "UPDATE grades SET grade='A-' WHERE …". */
const DESTROY = /rm\s+-(?:rf|fr|r)\b|xp_cmdshell|net\s+user\s+\S+\s+\S+\s+\/add|mkfs|dd\s+if=|format\s+c:|update\s+[\w.]+\s+set\s|delete\s+from\s|drop\s+(?:table|database|schema)\s|truncate\s+table\s|insert\s+into\s/u;

/** Code that runs what someone else serves: "curl … | bash", a foreign package index, hooks path moved. */
const REMOTE_CODE = /\$\{jndi:|\|\s*(?:sudo\s+)?(?:ba|z)?sh\b|\/dev\/tcp\/|bash\s+-i\b|nc\s+-e\b|--index-url|--extra-index-url|(?:indice|index|mirror|registry|registro)\W{0,20}https?:\/\/|hookspath|eval\s*\(\s*atob|iex\s*\(|invoke-expression/u;

/** A script served from elsewhere, to be run by a shell in words: "fetch http://…/setup.sh and run it through sudo bash". */
const REMOTE_SCRIPT = /https?:\/\/[^\s"'`<>]+\.(?:sh|bash|ps1)(?![\w])/u;
const RUN_AS_SHELL = /(?<![\p{L}])(?:sudo|bash|sh|zsh|powershell|iex)(?![\p{L}])/u;

/**
 * Is the order risky? Read from `from` to `to` in view text (lowercased), up to the first blank
 * line: a comment's order may go on in the lines after its address, not into the next paragraph.
 */
export function riskyOrderAt(text: string, from: number, to: number): boolean {
  return riskyOrder(text.slice(from, to).split(/\n\s*\n/u)[0] ?? '');
}

function riskyOrder(body: string): boolean {
  // ("Do NOT remove this check without the security team" keeps a check: a weakening counts when nothing forbids it.)
  if (unnegated(WEAKEN_ALL, body) || unnegated(WEAKEN_INTL_ALL, body) || DESTROY.test(body) || CONCEAL.test(body) || CONCEAL_INTL.test(body) || FAKE.test(body) || REAL_DATA.test(body) || REMOTE_CODE.test(body)) return true;
  if (unnegated(PRIVILEGE_ALL, body, negatedInSentence)) return true;
  const destination = DESTINATION.test(body);
  if (destination && (SEND.test(body) || SEND_INTL.test(body) || SECRET_SOURCE.test(body))) return true;
  if (REMOTE_SCRIPT.test(body) && RUN_AS_SHELL.test(body)) return true;
  // A secret alone is often the comment's subject ("real secrets live in Vault"); exposing one is the act,
  // forbidding it is a house rule ("never commit .env files", "do not paste API keys into issues").
  return (SECRET.test(body) || SECRET_INTL.test(body)) && (unnegated(EXPOSE_ALL, body) || unnegated(EXPOSE_INTL_ALL, body));
}

const EXPOSE_ALL = new RegExp(EXPOSE.source, 'gu');
const PRIVILEGE_ALL = new RegExp(PRIVILEGE.source, 'gu');
const WEAKEN_ALL = new RegExp(WEAKEN.source, 'gu');
const WEAKEN_INTL_ALL = new RegExp(WEAKEN_INTL.source, 'gu');
const EXPOSE_INTL_ALL = new RegExp(EXPOSE_INTL.source, 'gu');

/** A prohibition a few words before a verb, in its clause: "never print", "never commit .env files or print", "không bao giờ được ghi", "मत लिखो". */
const NEGATED_BEFORE =
  /(?:(?<![\p{L}])(?:never|not|don'?t|mustn'?t|shouldn'?t|nunca|jamais|ne|nie|niemals|nicht|никогда|не|đừng|không(?:\s+bao\s+giờ)?(?:\s+(?:được|nên))?|jangan|asla|μην|δεν)|मत|नहीं|কখনো|না|لا|هرگز|نباید|절대|אל)\s+(?:[^\s,;:!?]+\s+){0,4}$/u;

/** A prohibition anywhere before a match in its sentence ("never remove branch protection or set permissions to write-all"). */
const NEGATED_IN_SENTENCE = /(?<![\p{L}])(?:never|not|don'?t|no|nunca|jamais|ne|nie|niemals|nicht|kein\p{L}*|никогда|не|нельзя)(?![\p{L}])|絶対に|しないで|ないでください|禁止|不要|不得|决不|切勿/u;

/** A prohibition in the match's sentence: before it, or after its verb as Japanese and Chinese put it ("branch protection は絶対に外さないでください"). */
function negatedInSentence(body: string, at: number): boolean {
  const before = body.slice(Math.max(0, at - 200), at);
  const after = body.slice(at, at + 200).split(/[.!?。！？\n]/u)[0] ?? '';
  return NEGATED_IN_SENTENCE.test(before.slice(before.search(/[^.!?。！？\n]*$/u))) || PROHIBITION_AFTER.test(after);
}

/** A prohibition a few words before the match ("never print", "do not paste"). */
function negatedJustBefore(body: string, at: number): boolean {
  return NEGATED_BEFORE.test(body.slice(Math.max(0, at - 40), at));
}

/** True when some match of `re` (global) is not forbidden (by default: by the words just before it). */
function unnegated(re: RegExp, body: string, negated: (body: string, at: number) => boolean = negatedJustBefore): boolean {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    else if (!negated(body, m.index)) return true;
  }
  return false;
}
