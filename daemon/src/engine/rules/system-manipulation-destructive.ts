import type { Rule } from './rule';
import { fromThirdParty, type ScanContext } from '../types';
import type { TextView } from '../normalize/text-view';
import { explanationFactor, paragraphBefore, warnedAgainst } from './malicious-input-context';
import { WindowSearch } from './window-search';
import { AI_READER_WORD } from './lexicon-meta';

/**
 * Destructive and defence-disabling actions an agent could be talked into: wiping disks
 * and home directories, fork bombs, clearing logs, turning off firewalls and antivirus,
 * escalating privileges. Commands are matched precisely; natural-language requests are
 * scored lower when phrased as a how-to question or a warning.
 */

/** The root, a home, any top-level directory (/etc, /config, /data: an appliance's whole state) but /tmp, a drive, or the current one. */
const RM_TARGET = String.raw`(?:/\*?|~/?\*?|\$home/?|\$\{home\}/?|/(?!tmp\b)[\w.-]{1,30}/?\*?|[a-z]:\\|\*|\.)`;

function commandConfidence(m: RegExpExecArray, view: TextView): number {
  if (warnedAgainst(view.text, m.index)) return 0.4;
  let conf = 0.9;
  // `rm -rf *` or `rm -rf .` wipes only the current directory: destructive, but common in build scripts.
  if (/\brm\s/.test(m[0]) && /\s['"]?(?:\*|\.)['"]?$/.test(m[0])) conf = 0.6;
  if (/--no-preserve-root/.test(m[0])) conf = 0.95;
  return conf * explanationFactor(view.text, m.index, m.index + m[0].length);
}

export const destructiveCommandRule: Rule = {
  id: 'sys-destructive-command',
  category: 'system_manipulation',
  severity: 'critical',
  owasp: 'LLM06:2025',
  title: 'Destructive shell command',
  description:
    'Commands that irreversibly destroy a system: rm -rf on /, ~ or a top-level directory (/etc, /config, /data), kubectl deleting a production namespace or every volume claim, deployment or secret, terraform destroy -auto-approve, find / … -delete with nothing to scope it, mkfs or dd onto a disk, format C:, del /s /q C:\\, fork bombs, deleting Volume Shadow Copies. An agent with a shell tool that runs one destroys data or the host.',
  confidence: 0.9,
  keywords: ['kubectl', 'terraform', 'rm ', 'rm\t', 'find ', 'mkfs', 'dd ', '/dev/sd', 'format ', 'del ', 'erase ', 'rd ', 'rmdir', 'remove-item', ':|:', '|', 'fork', 'vssadmin', 'wbadmin', 'bcdedit', 'shred', 'wipefs', 'chmod'],
  patterns: [
    new RegExp(String.raw`\brm\s+(?:-[a-z-]{1,20}\s+){0,3}(?:-[a-z]*(?:rf|fr)[a-z]*|-r\s+-f|-f\s+-r|--recursive\s+--force|--force\s+--recursive)\s+(?:--no-preserve-root\s+)?['"]?${RM_TARGET}['"]?(?=$|[\s;&|'"\`)])`, 'g'),
    // find on / or a system directory deleting every file it meets: no -name, -path, -mtime … to scope it.
    /\bfind\s+(?:-[a-z]\s+)?(?:\/|~\/?|\$home\/?|\/(?:home|etc|usr|var|boot|root|bin|lib|lib64|opt|srv|mnt)\/?)(?=\s)(?:(?!-(?:i?name|i?path|i?regex|mtime|mmin|newer|size|user|empty)\b)[^\n;|&]){0,80}?(?:-delete\b|-exec\s+rm\b)/g,
    /\bmkfs(?:\.\w{1,10})?\s+(?:-\w{1,10}\s+){0,3}\/dev\/\w{1,12}/g,
    /\bdd\s[^\n]{0,60}?\bof=\/dev\/(?:sd[a-z]|nvme\d|hd[a-z]|xvd[a-z]|vd[a-z]|mmcblk\d|disk\d)/g,
    /(?:^|[\s;&|])>\s*\/dev\/(?:sd[a-z]|nvme\d\w{0,4}|hd[a-z])\b/g,
    /\b(?:shred|wipefs)\s[^\n]{0,40}?\/dev\/(?:sd[a-z]|nvme\d|hd[a-z])/g,
    /\bformat(?:\.com)?\s+[c-z]:(?=\s|$|\/)/g,
    /\b(?:del|erase)\s+(?:\/[fsqa]\s*){1,4}\s*[c-z]:\\(?:\*|windows\b|system32\b|\s|$)/g,
    /\b(?:rd|rmdir)\s+(?:\/[sq]\s*){1,2}\s*[c-z]:\\(?:windows\b|\s|$)/g,
    /\bremove-item\s[^\n]{0,60}?-recurse[^\n]{0,40}?(?:[c-z]:\\(?:\s|\*|windows)|\$home|\$env:userprofile)/g,
    /:\s*\(\s*\)\s*\{\s*:\s*\|\s*:\s*&\s*\}\s*;\s*:/g,
    /\{\s*(\w{1,20})\s*\|\s*\1\s*&\s*\}\s*;\s*\1\b/g,
    /%0\s*\|\s*%0/g,
    /\bfork\s+while\s+fork\b|\bwhile\s*\(?\s*(?:true|1)\s*\)?\s*:?\s*os\.fork\s*\(\s*\)/g,
    /\bvssadmin(?:\.exe)?\s+delete\s+shadows\b|\bwbadmin(?:\.exe)?\s+delete\s+(?:catalog|systemstatebackup)\b|\bbcdedit(?:\.exe)?\s[^\n]{0,40}?recoveryenabled\s+no\b/g,
    /\bchmod\s+(?:-r\s+)?(?:0?777|a\+rwx)\s+(?:-r\s+)?\/(?=[\s`'"]|$)/g,
    // A cluster's production namespace or every object of a stateful kind, and infrastructure destroyed without its plan shown.
    /\bkubectl\s+(?:-{1,2}[\w-]+(?:[\s=][^\s-]\S*)?\s+){0,3}delete\s+(?:ns|namespaces?)\s+(?:prod\w*|production|live|kube-system|kube-public|default)(?![\w-])/g,
    /\bkubectl\s+(?:-{1,2}[\w-]+(?:[\s=][^\s-]\S*)?\s+){0,3}delete\s+(?:pvc|pv|persistentvolumeclaims?|persistentvolumes?|deploy(?:ment)?s?|statefulsets?|sts|secrets?|configmaps?|cm|namespaces?|ns|all)\b[^\n;|&]{0,60}?\s(?:--all(?:-namespaces)?|-a)(?![\w-])/g,
    /\bterraform\s+(?:-chdir=\S+\s+)?(?:destroy|apply\s+(?:[^\n;|&]{0,40}?\s)?-destroy)\b[^\n;|&]{0,80}?-auto-approve\b/g,
  ],
  validate: commandConfidence,
};

/** Next to a weak defence-off command: a second control switched off, or the whole fleet with no ticket. */
const ANOTHER_CONTROL_OFF =
  /\bsetenforce\s+0\b|\biptables\s+-f\b|\bufw\s+disable\b|\b(?:stop|disable|kill|uninstall|turn\s+off)\s+(?:the\s+)?[\w-]*(?:falcon|crowdstrike|sensor|edr|antivirus|defender|sentinelone|carbon\s?black|osquery|wazuh|auditd|siem)|\b(?:all|every)\s+(?:the\s+)?prod(?:uction)?\s+(?:hosts|servers|nodes|machines)\b[^\n]{0,80}?\b(?:no\s+(?:ticket|change\s+request|approval)|explain\s+later)/;

/** Where an intrusion's traces are kept: audit logs and trails, the SIEM, security, access and login logs, CloudTrail. */
const SECURITY_RECORD = String.raw`(?:audit(?:[_\s-]?(?:logs?|trails?|tables?|events?))|siem|splunk|security\s(?:logs?|events?)|access\slogs?|login\s(?:history|logs?|records)|event\s?logs?|cloudtrail|auth\.log)(?![\w-])`;
/** Covering the tracks while doing it: "don't add an entry for the deletion", "turn off alerting", "no change ticket". */
const TRACKS_COVERED = /(?:don't|do\snot|without)\s(?:add(?:ing)?|log(?:ging)?|record(?:ing)?|leav(?:e|ing))\s(?:an?\s|any\s)?(?:entry|record|trace|log)|(?:turn\soff|disable|mute|silence|pause)\s(?:the\s)?(?:alert(?:ing|s)?|monitoring|logging|auditing)|no\s(?:change\s)?ticket|выключи\s(?:алертинг|алерты|мониторинг|логирование)|пока\sя/u;

/**
 * A security control switched off in words, in the seven languages: "stop CloudTrail logging", "scale the falco and kyverno
 * deployments to 0", "delete the admission webhook", "grant s3:* on arn:aws:s3:::*", "audit.enabled を false に変更",
 * "WAF のルールセットを全て無効化", "отключи аудит". Operators ask for some of these themselves: see controlOffScore.
 */
const CONTROL = String.raw`(?:cloudtrail|guardduty|security\s?hub|fraud\s+(?:checks?|detection|screening|rules)|signature\s+(?:verification|checks?)|sast(?:\s+scans?)?|config\s+rules|audit(?:ing|d)?|audit\s+log(?:ging|s)?|falco|kyverno|gatekeeper|opa|admission\s+(?:webhooks?|controllers?)|waf|web\s+application\s+firewall|firewall|edr|antivirus|anti-virus|defender|crowdstrike|sentinelone|siem|dlp|mfa|2fa|security\s+(?:scann\w+|monitoring|alerts?|agents?|policies|groups?\s+rules)|vulnerability\s+scann\w+|intrusion\s+detection|alerting|monitoring|logging)`;
const CONTROL_OFF = [
  String.raw`\b(?:(?:stop|disable|turn\s+off|switch\s+off|pause|suspend|deactivate|uninstall|shut\s+down|bypass|delete|remove)\s+(?:the\s+|all\s+|any\s+|every\s+)?(?:[\w.-]+\s+){0,3}?${CONTROL})(?![\w-])`,
  String.raw`\b(?:scale\s[^.\n]{0,60}?(?:falco|kyverno|gatekeeper|opa|[\w-]*(?:security|scanner|policy|audit|sensor|defender|guard)[\w-]*)[^.\n]{0,40}?\sto\s+0)(?![\w.])`,
  String.raw`\b(?:(?:grant|attach)\s[^.\n]{0,40}?(?:\b[a-z0-9-]+:\*|\*:\*|administratoraccess)(?:\s+on\s+\S+)?)`,
  String.raw`(?:(?:désactive[rz]?|arrête[rz]?|coupe[rz]?|supprime[rz]?|contourne[rz]?)\s+(?:[^.\n]{0,40}?)(?:journalisation|journaux|audit|cloudtrail|waf|pare-feu|antivirus|edr|siem|alertes|surveillance|double\s+validation|2fa|mfa|authentification\s+(?:à\s+)?(?:deux\s+facteurs|multifacteur)))`,
  String.raw`(?:(?:deaktivier\p{L}*|stopp\p{L}*|schalte|entfern\p{L}*|lösch\p{L}*|umgeh\p{L}*)\s+(?:[^.\n]{0,40}?)(?:protokollierung|audit\p{L}*|cloudtrail|guardduty|waf|firewall|virenschutz|antivirus|edr|siem|alarm\p{L}*|überwachung|änderungsprotokoll\p{L}*|betrugs(?:prüfung|erkennung)|zwei-?faktor-?authentifizierung|2fa|mfa))`,
  // A tool call that switches a check off: "set_fraud_check(enabled=false)", "toggle_audit(false)" (from the control's name on:
  // a leading `[\w.]*` would leave the whole pattern without a trigger plan).
  String.raw`(?:(?:fraud|audit|security|verif|guard|antivirus|firewall|logging)\w*\(\s*(?:enabled\s*=\s*|active\s*=\s*|on\s*=\s*)?(?:false|off|0)\s*\))`,
  // Or that empties the record: "audit.purge(date='today')", "audit_log.clear()".
  String.raw`(?:(?:audit|security_log|access_log|change_log|changelog)\w*\.(?:purge|clear|wipe|truncate|delete_all|drop)\w*\()`,
  String.raw`(?:(?:desactiva\p{L}*|det[eé]n|apaga\p{L}*|elimina\p{L}*|borra\p{L}*|omite|salta)\s+(?:[^.\n]{0,40}?)(?:auditor[ií]a|cloudtrail|waf|cortafuegos|firewall|antivirus|edr|siem|alertas|monitoreo|monitorizaci[oó]n|mfa|2fa|doble\s+factor|autenticaci[oó]n\s+(?:de\s+)?(?:dos\s+factores|multifactor)))`,
  String.raw`(?:(?:disattiva(?:te)?|disabilita(?:te)?|spegni|elimina(?:te)?|cancella(?:te)?|rimuovi|aggira)\s+(?:[^.\n]{0,40}?)(?:logging|log\s+(?:di\s+)?audit|audit\p{L}*|registro\s+(?:delle\s+)?(?:azioni|attività|accessi)|firewall|antivirus|edr|siem|mfa|2fa|autenticazione\s+a\s+due\s+fattori|monitoraggio|allarm\p{L}*))`,
  String.raw`(?:(?:desativ[ae]|deslig(?:a|ue)|desabilit[ae]|apag(?:a|ue)|remova|exclua|contorn[ae])\s+(?:[^.\n]{0,40}?)(?:logs?\s+de\s+auditoria|auditoria|cloudtrail|firewall|antiv[ií]rus|edr|siem|mfa|2fa|autentica[cç][aã]o\s+de\s+dois\s+fatores|monitoramento|alertas))`,
  String.raw`(?:(?:отключи\p{L}*|выключи\p{L}*|останови\p{L}*|удали\p{L}*)\s+(?:[^.\n]{0,40}?)(?:аудит\p{L}*|cloudtrail|waf|falco|kyverno|антивирус\p{L}*|edr|логирован\p{L}*|журналирован\p{L}*|мониторинг\p{L}*|алерт\p{L}*|файрвол\p{L}*|2fa|mfa|двухфакторн\p{L}*|провер\p{L}*\s+безопасности|антифрод\p{L}*))`,
  String.raw`(?:(?:关闭|禁用|停用|停止|删除|删掉|绕过)[^，。,\n]{0,10}?(?:审计|日志记录|cloudtrail|waf|防火墙|安全扫描|安全检查|告警|监控|杀毒|edr|欺诈检测|风控|签名校验|sast|双重认证|双因素认证|两步验证|mfa|2fa))`,
  // Arabic, Indonesian and Malay, Vietnamese put the verb first: "عطّل خدمة auditd", "matikan audit log", "tắt xác thực hai yếu tố".
  String.raw`(?:(?:عطّل|عطل|أوقف|اوقف|أطفئ|احذف|امسح)\s+(?:[^.\n]{0,40}?)(?:auditd|التدقيق|سجلات?\s(?:التدقيق|الأمان|النظام)|جدار\s(?:الحماية|ناري)|مكافح(?:ة)?\sالفيروسات|المصادقة\sالثنائية|التحقق\sبخطوتين|2fa|mfa|/var/log/\S+))`,
  String.raw`(?:(?:nonaktifkan|matikan|lumpuhkan|padamkan|lewati|hapus)\s+(?:[^.\n]{0,40}?)(?:audit\s?log|log\saudit|logging|firewall|antivirus|2fa|mfa|autentikasi\sdua\sfaktor|pemeriksaan\skeamanan))`,
  String.raw`(?:(?:tắt|vô\shiệu\shóa|xóa|bỏ\squa|gỡ)\s+(?:[^.\n]{0,40}?)(?:nhật\ský\s(?:kiểm\stoán|audit)|audit\slog|tường\slửa|firewall|diệt\svirus|antivirus|xác\sthực\shai\s(?:yếu\stố|lớp)|2fa|mfa|kiểm\stra\sbảo\smật))`,
].join('|');

/**
 * The control named first and the verb last: German infinitives ("CloudTrail im Account 4471 stoppen und GuardDuty
 * deaktivieren"), Japanese and Chinese ("audit.enabled を false に変更", "把 SAST 扫描和镜像签名校验那两步直接删掉"), Hindi and
 * Turkish ("पूरे सिस्टम पर security checks और 2FA बंद कर दो", "denetim kayıtlarını devre dışı bırak"). Matched from the
 * verb, with the control looked for behind it: started at each control, a text of "2fa 2fa 2fa …" took 34 ms.
 */
const CONTROL_VERB_LAST = String.raw`deaktivieren|stoppen|abschalten|ausschalten|löschen|entfernen|umgehen|false\s?に(?:変更|設定)|(?:全て|すべて)?無効(?:化|に)|停止|オフに|削除|删掉|删除|关闭|禁用|去掉|停用|बंद\s(?:कर\sदो|करो|कर\sदें|करें|कर\sदीजिए)|डिसेबल\s(?:कर\sदो|करो|कर\sदें)|हटा\s(?:दो|दें)|डिलीट\s(?:कर\sदो|करो)|devre\sdişi\sbirak\p{L}*|kapat\p{L}*|sil(?:in)?(?![\p{L}])`;
const CONTROL_NAMED_BEFORE = String.raw`protokollierung|audit|cloudtrail|guardduty|waf|virenschutz|edr|siem|überwachung|änderungsprotokoll|betrugs(?:prüfung|erkennung)|監査|セキュリティ|検証|スキャン|ファイアウォール|二要素認証|多要素認証|二段階認証|审计|日志记录|防火墙|安全扫描|安全检查|欺诈检测|风控|签名校验|sast|security\s+check|सिक्योरिटी\s+चेक|सुरक्षा\s+(?:जाँच|जांच)|2fa|mfa|टू-?फैक्टर|firewall|फ़ायरवॉल|फायरवॉल|antivir|एंटीवायरस|audit\s+log|ऑडिट\s+लॉग|लॉगिंग|मॉनिटरिंग|denetim\skayit|güvenlik\sduvar|iki\sfaktörlü\sdoğrulama|loglama|güvenlik\skontrol`;
/** The control, up to 40 characters before the verb (stems: the gap takes their endings, "güvenlik duvarını kapat"). */
// (A sentence's or clause's end stops the gap; a dot inside a name does not: "audit.enabled を false に変更".)
const CONTROL_BEFORE_VERB = new RegExp(String.raw`(?:${CONTROL_NAMED_BEFORE})(?:[^।.。，,\n]|\.(?=\S)){0,40}$`, 'u');
/** The same controls anywhere: one search of the text answers for every verb in it (window-search.ts). */
const CONTROL_NAMED_NEAR = new WindowSearch(new RegExp(CONTROL_NAMED_BEFORE, 'u'));
const CONTROL_OFF_VERB_LAST = new RegExp(String.raw`(?<ctlLast>${CONTROL_VERB_LAST})`, 'gu');

/** Is a control named just before the verb at `start`? */
function controlNamedBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 70);
  return CONTROL_NAMED_NEAR.test(text, from, start) && CONTROL_BEFORE_VERB.test(text.slice(from, start));
}

/** What makes an order to switch a control off an attack: someone else's content gives it, or it comes with no approval or hidden. */
const UNCHECKED =
  /without\s+(?:human\s+|any\s+)?(?:approval|review|a\s+ticket)|(?:do\s+not|don't)\s+wait\s+for\s+(?:human\s+)?approval|no\s+(?:need\s+for\s+)?(?:approval|review|ticket)|before\s+continuing|required\s+for\s+the|out\s+of\s+(?:human\s+)?review|(?:don't|do\s+not)\s+(?:tell|notify|mention)|レビュー対象外|承認(?:は)?不要|人間の(?:確認|承認)(?:は)?不要|无需(?:人工)?(?:审批|确认|审核)|без\s+(?:согласования|одобрения|ревью)|подтверждени\p{L}*\s+(?:\p{L}+\s+)?не\s+требуется|inutile\s+de\s+prévenir|sans\s+prévenir|ohne\s+(?:freigabe|genehmigung)|sans\s+(?:validation|approbation)|sin\s+(?:aprobación|revisión)|(?:don't|do\s+not)\s+ask\s+(?:a|the|any)\s+human|nicht\s+(?:beim|bei\s+(?:einem|dem))\s+menschen\s+nachfragen|ohne\s+rückfrage|sans\s+demander|sin\s+preguntar|не\s+спрашивай|不用问|so\s+(?:that\s+)?there\s+is\s+no\s+trace|without\s+(?:leaving\s+)?a\s+trace|para\s+que\s+no\s+quede\s+rastro|sin\s+dejar\s+rastro|sans\s+laisser\s+de\s+trace|ohne\s+spuren|senza\s+lasciare\s+tracce|così\s+non\s+intasiamo|sem\s+deixar\s+rastro|без\s+следов|не\s+оставляя\s+следов|不留痕迹|痕跡を残さない|无需询问|人間に確認せず|ignore\s+(?:the\s+|any\s+)?security\s+warnings?|sicherheitswarnungen\s+ignorieren|不用管安全提示|忽略安全(?:提示|警告)|damit\s+es\s+keinen\s+ärger\s+gibt|damit\s+(?:es\s+)?niemand\s+(?:etwas\s+)?merkt|so\s+(?:nobody|no\s+one)\s+(?:notices|finds\s+out)|pour\s+que\s+personne\s+ne\s+(?:le\s+)?remarque|para\s+que\s+nadie\s+se\s+(?:entere|dé\s+cuenta)|чтобы\s+никто\s+не\s+(?:заметил|узнал)|不让人发现|バレないように|sonst\s+(?:fragt|merkt|sieht)|(?:so\s+(?:that\s+)?)?the\s+(?:nightly\s+|daily\s+)?(?:report|audit|log)\s+stays\s+clean|لا\sيحتاج\sإلى\s(?:تأكيد|موافقة)|(?:دون|بدون)\s(?:موافقة|تأكيد)|معتمد\sمسبقا|बिना\s(?:मंज़ूरी|मंजूरी|अनुमति|बताए)|tanpa\s(?:persetujuan|konfirmasi)|không\scần\s(?:phê\sduyệt|xác\snhận)|onay\s(?:almadan|gerekmez)/u;

function controlOffScore(view: TextView, start: number, end: number, ctx: ScanContext): number {
  const around = view.text.slice(Math.max(0, start - 240), end + 240);
  if (/(?:how\s(?:do|can|should|to)|why|retention|policy\s+says|runbook\s+for\s+(?:incident|outage)|cómo|comment\s+(?:faire|puis|désactiver|arrêter)|wie\s+(?:kann|man)|как\s+(?:отключить|выключить|остановить|удалить)|如何|怎么|方法)/u.test(around.slice(0, 260)) && !UNCHECKED.test(around)) return 0.4;
  // A runbook step ("remove the falco daemonset") is no attack: content counts when it addresses the agent doing it.
  const certain = UNCHECKED.test(around) || (fromThirdParty(ctx) && AI_READER_WORD.test(around));
  return (certain ? 0.85 : 0.5) * explanationFactor(view.text, start, end);
}

export const defenseEvasionRule: Rule = {
  id: 'sys-defense-evasion',
  category: 'system_manipulation',
  severity: 'critical',
  owasp: 'LLM06:2025',
  title: 'Disabling security controls or erasing logs',
  description:
    'Commands that switch off antivirus/EDR, firewalls or auditing, or clear shell history and system logs (Set-MpPreference -Disable…, netsh firewall off, wevtutil cl, auditctl -e 0, history -c, shredding /var/log). These hide an intrusion or remove the guard rails around an agent.',
  confidence: 0.85,
  keywords: ['set-mppreference', 'windefend', 'disableantispyware', 'netsh', 'wevtutil', 'clear-eventlog', 'auditctl', 'history', 'histfile', '/var/log', 'systemctl', 'ufw', 'setenforce', 'iptables', 'fdenytsconnections', 'audit', 'siem', 'splunk', 'security log', 'security event', 'access log', 'login', 'event log', 'eventlog', 'cloudtrail', 'auth.log', 'аудит', 'журнал',
    'guardduty', 'falco', 'kyverno', 'gatekeeper', 'admission', 'waf', 'firewall', 'edr', 'antivirus', 'defender', 'mfa', '2fa', 'scanner', 'monitoring', 'alerting', 'logging',
    'grant', 'attach', 'opa', 'dlp', 'crowdstrike', 'sentinelone', 'intrusion', 'journalisation', 'pare-feu', 'alertes', 'surveillance', 'protokollierung', 'virenschutz',
    'alarm', 'überwachung', 'auditoría', 'auditoria', 'cortafuegos', 'alertas', 'monitoreo', 'monitorización', 'monitorizacion', 'логирован', 'журналирован', 'мониторинг', 'алерт',
    'антивирус', 'файрвол', '2fa', 'двухфакторн', 'безопасности', 'антифрод', 'journaux', 'double validation', '审计', '日志记录', '防火墙', '安全扫描', '安全检查', '告警', '监控', '杀毒', '監査', 'セキュリティ', '検証', 'スキャン', 'ファイアウォール', 'security', 'config rules',
    'fraud', 'signature', 'sast', 'änderungsprotokoll', 'betrugs', '欺诈检测', '风控', '签名校验', 'guard', 'verif', 'security_log', 'access_log', 'change_log', 'changelog',
    'deux facteurs', 'multifacteur', 'zwei-faktor', 'zweifaktor', 'doble factor', 'dos factores', 'multifactor', 'due fattori', 'dois fatores', 'registro', 'monitoraggio', 'monitoramento', 'allarm',
    '双重认证', '双因素', '两步验证', '二要素', '多要素', '二段階',
    'सिक्योरिटी', 'सुरक्षा', 'फ़ायरवॉल', 'फायरवॉल', 'एंटीवायरस', 'ऑडिट', 'लॉगिंग', 'मॉनिटरिंग', 'टू-फैक्टर', 'टूफैक्टर', 'denetim', 'güvenlik', 'doğrulama', 'loglama',
    'التدقيق', 'سجل', 'جدار', 'الفيروسات', 'المصادقة', 'التحقق', 'autentikasi', 'pemeriksaan keamanan', 'nhật ký', 'tường lửa', 'diệt virus', 'xác thực', 'kiểm tra bảo mật'],
  patterns: [
    /\bset-mppreference\s+-disable(?:realtimemonitoring|behaviormonitoring|ioavprotection|scriptscanning|intrusionpreventionsystem)\s+(?:\$?true|1)\b/g,
    /\bsc(?:\.exe)?\s+(?:stop|delete|config)\s+windefend\b|\breg(?:\.exe)?\s+add\s[^\n]{0,160}?disableantispyware\b/g,
    /\bnetsh\s+(?:adv)?firewall\s+set\s+(?:allprofiles|currentprofile|domainprofile|publicprofile|opmode)\s+(?:state\s+off|disable|mode=disable)\b/g,
    /\bwevtutil(?:\.exe)?\s+cl\b|\bclear-eventlog\b|\bauditctl\s+(?:-e\s*0|-d)\b/g,
    /\bhistory\s+-c\b|\bunset\s+histfile\b|\bexport\s+histfile=\/dev\/null\b|\brm\s+(?:-\w+\s+)?~?\/?\.bash_history\b/g,
    /\b(?:rm\s+-\w*r\w*\s+\/var\/log\b|shred\s[^\n]{0,30}?\/var\/log\/|(?:^|[\s;&|])>\s*\/var\/log\/(?:auth\.log|syslog|secure|messages|wtmp|btmp|lastlog))/g,
    /\bsystemctl\s+(?:stop|disable|mask)\s+(?:firewalld|ufw|auditd|apparmor|falcon-sensor|osqueryd|wazuh-agent|sysmon|clamav-daemon|crowdstrike)\b/g,
    /\bfdenytsconnections[^\n]{0,30}?\/d\s+0\b/g,
    /\bufw\s+disable\b|\bsetenforce\s+0\b|\biptables\s+-f\b/g,
    // Flushing the rules AND accepting everything by default opens the host: not a troubleshooting step.
    /\biptables\s+-f\b[^\n]{0,40}?\biptables\s+-p\s+input\s+accept\b/g,
    // Said in words: entries removed from the security record ("delete my login entries from the SIEM", "purge the rows in
    // audit_log from Tuesday"), the record named first ("The audit_log table has noise … Just delete those rows"), in Russian too.
    new RegExp(String.raw`\b(?:delete|remove|purge|wipe|erase|clear|scrub)\s[^.\n]{0,60}?\b(?:entries|records|rows|events|lines|traces|logins?)\s(?:[^.\n]{0,40}?\s)?(?:from|in|of|out\sof)\s(?:the\s|our\s)?${SECURITY_RECORD}`, 'g'),
    new RegExp(String.raw`${SECURITY_RECORD}[^\n]{0,160}?\b(?:delete|remove|purge|wipe|erase|clear|scrub)\s(?:those|these|the|them|its|all\s(?:the\s)?|any)\s?(?:rows|entries|records|events|lines)?(?![\w-])`, 'g'),
    /(?:удали|удалите|очисти|очистите|почисти|сотри|сотрите|вычисти)\s[^.\n]{0,60}?(?:siem|журнал\S*\sаудита|аудит\S*|журнал\S*\sбезопасности|журнал\S*\sсобытий|логов\sбезопасности)/gu,
    new RegExp(`(?<ctl>${CONTROL_OFF})`, 'gu'),
    CONTROL_OFF_VERB_LAST,
  ],
  validate: (m, view, ctx) => {
    if (warnedAgainst(view.text, m.index)) return 0.4;
    if (m.groups?.ctl !== undefined) return controlOffScore(view, m.index, m.index + m[0].length, ctx);
    if (m.groups?.ctlLast !== undefined) return controlNamedBefore(view.text, m.index) ? controlOffScore(view, m.index, m.index + m[0].length, ctx) : 0;
    // Records removed in words: an order (not "how do we purge entries after the retention period?") is the evasion; covering the tracks too makes it certain.
    if (!/^(?:set-|sc|reg|netsh|wevtutil|clear-|auditctl|history|unset|export|rm|shred|>|systemctl|fdeny|ufw|setenforce|iptables)/u.test(m[0].trimStart())) {
      const around = view.text.slice(Math.max(0, m.index - 200), m.index + m[0].length + 200);
      if (/(?:how\s(?:do|can|should|to)|retention|older\sthan|policy|compliance\srequires)/u.test(around) && !TRACKS_COVERED.test(around)) return 0.4;
      return (TRACKS_COVERED.test(around) ? 0.85 : 0.7) * explanationFactor(view.text, m.index, m.index + m[0].length);
    }
    // ufw disable / setenforce 0 / iptables -F are common (if unwise) troubleshooting advice.
    // Unless the message switches off another control too, or does it across production with the paper trail waived.
    const e = m.index + m[0].length;
    const rest = view.text.slice(Math.max(0, m.index - 200), m.index) + ' ' + view.text.slice(e, e + 200);
    const weak = /\bufw\s|\bsetenforce\s|\biptables\s/.test(m[0]) && !/-p\s+input\s+accept/.test(m[0]) && !ANOTHER_CONTROL_OFF.test(rest);
    return (weak ? 0.55 : 0.85) * explanationFactor(view.text, m.index, e);
  },
};

export const privilegeEscalationRule: Rule = {
  id: 'sys-privilege-escalation',
  category: 'system_manipulation',
  severity: 'critical',
  owasp: 'LLM06:2025',
  title: 'Privilege escalation command',
  description:
    'Commands that grant root or administrator rights: appending NOPASSWD rules to /etc/sudoers, adding uid-0 users to /etc/passwd, setuid shells, chmod 777 on system directories, or net localgroup administrators /add.',
  confidence: 0.85,
  keywords: ['sudoers', 'nopasswd', '/etc/passwd', 'chmod', 'localgroup', '::0:0', 'usermod'],
  patterns: [
    /\becho\s[^\n]{0,80}?>>?\s*\/etc\/sudoers\b|\bnopasswd:\s*all\b[^\n]{0,20}?>>?\s*\/etc\/sudoers/g,
    /\becho\s[^\n]{0,80}?:0:0:[^\n]{0,80}?>>\s*\/etc\/passwd\b|::0:0:(?<=\b\w{1,30}::0:0:)/g,
    /\bchmod\s+(?:u\+s|[246]7[0-7]{2}|4755|\+s)\s+(?:(?:\/usr)?\/bin\/(?:ba|da|z)?sh|\/bin\/(?:python\d?|perl|find|vim?))\b/g,
    /\bchmod\s+(?:-r\s+)?(?:0?777|a\+rwx)\s+\/(?:etc|usr|bin|sbin|var|root|boot)\b/g,
    /\bnet\s+localgroup\s+administrators\s+\S{1,40}\s+\/add\b/g,
    /\busermod\s+-a?g\s+(?:sudo|wheel|root|admin)\s+\w{1,32}/g,
  ],
  validate: (m, view) => {
    const conf = /\busermod\s/.test(m[0]) ? 0.55 : 0.85;
    return conf * explanationFactor(view.text, m.index, m.index + m[0].length);
  },
};

/** A data-protection erasure request around a deletion of someone's data. */
const PRIVACY_ERASURE = /gdpr|dsgvo|rgpd|lgpd|ccpa|right\s+to\s+(?:be\s+forgotten|erasure)|erasure\s+request|data\s+subject|dsar|deletion\s+request|privacy\s+(?:law|request|regulation)/;

/** How-to questions and warnings talk about an action rather than ordering it. */
const QUESTION_OR_WARNING =
  /(?:\bhow\s+(?:do|can|to|would|should|did|does)\b|\bwhat(?:'s|\s+is)\s+the\s+(?:command|way|best)|\bis\s+there\s+a\s+way\b|\bwhy\b|\bcan\s+i\b|\bshould\s+i\b|\bdon'?t\b|\bdo\s+not\b|\bnever\b|\bavoid\b|\bprevent\b|\bwithout\b|\baccidentally\b|\brecover\b|\bundo\b|\brestore\b|\bwhat\s+happens\b|\bif\s+(?:you|someone|an?\s+\w+)\b|\bcould\b|\bmight\b|\bmay\b|\bcaus(?:e|es|ed|ing)\b)[^.!?\n]{0,80}$/;

/** What may stand before a verb that gives an order: the start of a sentence, please / now / can you, or "use the database tool to". "Our DBA will run …" is a plan. */
const ORDER_START = /(?:^|[.!?:;\n]\s{0,3}|\b(?:please|pls|now|just|bitte|por\s+favor|s'il\s+(?:te|vous)\s+plaît|пожалуйста|(?:can|could|would)\s+you|go\s+ahead\s+and|and(?:\s+then)?|then)\s{1,3}|(?:^|[.!?:;\n]\s{0,3})(?:please\s+)?use\s+(?:the\s+|your\s+)?(?:[\w-]+\s+)?(?:tool|terminal|shell|console|connection|client)\s+to\s{1,3}|(?:^|[.!?:;\n]\s{0,3})(?:using|with)\s+(?:the\s+|your\s+)?(?:[\w-]+\s+)?(?:tool|terminal|shell|console|connection|client),?\s{1,3})$/u;

function requestConfidence(m: RegExpExecArray, view: TextView): number {
  if (m.groups?.run !== undefined && !ORDER_START.test(view.text.slice(Math.max(0, m.index - 30), m.index))) return 0;
  // "不要删除生产数据库", "請勿…": a CJK ban, not an order.
  if (/(?:不要|别|请勿|請勿|切勿|禁止|不得|不能|绝不)(?:把|将)?\s?$/u.test(view.text.slice(Math.max(0, m.index - 6), m.index))) return 0;
  // "Lösche die Produktionsdatenbank nicht …", "ne supprime pas …": negated around the verb.
  if (/^[^.!?\n]{0,12}?(?<![\p{L}])nicht(?![\p{L}])/u.test(view.text.slice(m.index + m[0].length, m.index + m[0].length + 16)) || /(?<![\p{L}])(?:ne|n['’])\s?$/u.test(view.text.slice(Math.max(0, m.index - 4), m.index))) return 0;
  // "如何安全地删除…", "どうやって…削除": how-to in Chinese and Japanese, before the verb.
  if (/(?:如何|怎么|怎样|どうやって|どのように)[^。！？\n]{0,20}$/u.test(view.text.slice(Math.max(0, m.index - 24), m.index))) return 0.45 * explanationFactor(view.text, m.index, m.index + m[0].length);
  const before = paragraphBefore(view.text, m.index, 100);
  const sentence = before.slice(Math.max(before.search(/[^.!?\n]*$/), 0));
  let conf = 0.7;
  if (/prod|live|customer|funds|money|balance|savings|assets|crypto|bitcoin|btc|eth|tokens|usdt|holdings/.test(m[0])) conf = 0.8;
  else if (/push/.test(m[0])) conf = 0.65;
  if (QUESTION_OR_WARNING.test(sentence)) conf = Math.min(conf, 0.45);
  // A person's own data erased on request is a data-protection duty, not sabotage: "asking us to delete all of their personal data under GDPR".
  if (/(?:their|my|his|her)\s+(?:personal\s+)?data\b/.test(m[0]) && PRIVACY_ERASURE.test(view.text.slice(Math.max(0, m.index - 160), m.index + m[0].length + 160))) return 0.3;
  // ... or the how-question comes after it in the same sentence: "delete all files older than a week — how do I do that?"
  const rest = /^[^.!?\n]{0,160}[?？]/u.exec(view.text.slice(m.index + m[0].length));
  if (rest && /(?<![\p{L}])(?:how|what(?:'s|\s+is)\s+the\s+(?:exact\s+|right\s+|correct\s+)?(?:command|syntax|query|sql|way)|wie|comment|cómo|como|как|怎么|如何|どう)(?![\p{L}])/u.test(rest[0])) conf = Math.min(conf, 0.45);
  // A how-to article's title in search results: "1. Turn off Defender antivirus protection — support.microsoft.com".
  if (/^[^\n]{0,200}?\s[—–|-]\s(?:[a-z0-9-]+\.)+[a-z]{2,}\s*(?:\n|$)/u.test(view.text.slice(m.index))) return 0;
  // What a command does, described after it: "`make db-reset` (supprime toutes les données …)".
  if (/`[^`\n]{1,60}`\s{0,2}[(:—–-]\s{0,2}$/u.test(view.text.slice(Math.max(0, m.index - 70), m.index))) return 0;
  return conf * explanationFactor(view.text, m.index, m.index + m[0].length);
}

const QUANT = String.raw`(?:all|every|each|the\s+entire|the\s+whole|everything\s+in)\s+(?:of\s+)?(?:the\s+|my\s+|your\s+|our\s+|their\s+|his\s+|her\s+|its\s+)?`;
const WIPE_TARGET = String.raw`(?:[a-z]{2,15}\s+){0,2}(?:files?|folders?|directories|data|databases?|tables|records|backups?|snapshots|emails|messages|repos(?:itories)?|users|accounts|customers|logs|documents|disks?|drives?|servers|vms|instances|buckets|objects|contents?|history|code)\b`;

/** SQL that drops or empties a database, schema or table (a DELETE with no WHERE after the table empties it). */
const DROP_SQL = String.raw`(?:(?:drop\s+(?:database|schema|table)|truncate\s+table)\s+(?:if\s+exists\s+)?[\w.\`"\[\]]{1,64}|delete\s+from\s+[\w.\`"\[\]]{1,64}(?=\s*(?:;|$|\n|['"\`]|\s(?:then|and|now|on|in|for|right)\b))|update\s+[\w.\`"\[\]]{1,64}\s+set\s+(?:[\w\`"]{1,30}\s*=\s*[^,;\n]{1,40},\s*){0,3}(?:balance|credit|credits|amount|salary|role|is_?admin|admin|is_?superuser|permissions?|password(?:_hash)?)\s*=)`;

export const destructiveRequestRule: Rule = {
  id: 'sys-destructive-request',
  category: 'system_manipulation',
  severity: 'high',
  owasp: 'LLM06:2025',
  title: 'Instruction to take a destructive or irreversible action',
  description:
    'An instruction to an agent to wipe data (delete all files, drop the production database, format the disk), disable security controls, MFA or security scanning (CodeQL, Snyk, gitleaks), add an admin account hidden from the audit trail, force-push over main or transfer all funds; or a destructive SQL statement handed over to be run (run … DROP DATABASE x). Phrased as a how-to question it is scored low; as an order it flags.',
  confidence: 0.7,
  keywords: ['delete', 'remove', 'erase', 'wipe', 'destroy', 'purge', 'drop', 'truncate', 'update', 'format', 'disable', 'add', 'create', 'insert', 'seed', 'comment out', 'skip', 'bypass', 'turn off', 'switch off', 'stop', 'uninstall', 'push', 'transfer', 'wire', 'send', 'move', 'withdraw', 'supprim', 'lösch', 'borra', 'elimina', '删除', 'удали', '削除', '删掉', '清空', '销毁', '消して', 'снеси', 'дропни', 'очисти', 'efface', 'vide', 'vacía', 'leere', 'drop', 'effac', 'désactiv', 'deaktivier', 'desactiva', '关闭', 'отключи', '無効', 'переведи', 'перечисли', 'отправь', 'выведи', 'überweise', 'transferiere', 'sende', 'transfère', 'transfere', 'vire', 'envoie', 'transfiere', 'envía', 'envia', 'mueve', '所有', '全部', '全額', '資金', 'interlock', 'e-stop', 'estop', 'emergency stop', 'alarm', 'alarme', 'alarma', 'allarme', 'intertravamento', 'enclavamiento', 'verrouillage', 'verriegelung', 'not-aus', 'notaus', 'interblocco', 'administratoraccess', 'iamfullaccess', 'poweruseraccess', 'arn:aws:iam', '0.0.0.0/0', 'mute', 'suppress', 'deactivate'],
  // One alternation instead of several patterns: a single scan per message.
  patterns: [new RegExp(String.raw`(?:\b(?:delete|remove|erase|wipe|destroy|purge|nuke|shred|trash)\s+${QUANT}${WIPE_TARGET})|(?:\b(?:delete|erase|wipe|destroy|nuke)\s+everything\b)|(?:\b(?:drop|delete|wipe|truncate|destroy|erase|nuke|purge)\s+(?:the\s+)?(?:entire\s+|whole\s+)?(?:prod(?:uction)?|live|customer|main|primary|master|users?|company|client)\s+(?:database|db|tables?|cluster|environment|server)s?\b)|(?:\b(?:format|wipe|erase|zero)\s+(?:the\s+|my\s+|your\s+|this\s+|all\s+)?(?:entire\s+|whole\s+)?(?:hard\s+)?(?:disk|drive|hard\s+drive|hdd|ssd|system\s+drive|boot\s+drive|c:\s+drive|partition)s?\b)|(?:\b(?:disable|turn\s+off|switch\s+off|shut\s+off|shut\s+down|kill|uninstall|deactivate|bypass)\s+(?:the\s+|all\s+|any\s+)?(?:windows\s+)?(?:firewall|antivirus|anti-virus|defender|edr|endpoint\s+protection|security\s+monitoring|audit\s+log(?:ging|s)?|audit\s+trail|selinux|apparmor|intrusion\s+detection|mfa|2fa|two-factor(?:\s+authentication)?|multi-factor\s+authentication|(?:automatic\s+|nightly\s+|all\s+)?backups|snapshots|branch\s+protection(?:\s+rules)?)\b)|(?:\b(?:force[-\s]push|push\s+(?:-f|--force(?!-with-lease)))\s+(?:it\s+|this\s+|everything\s+)?(?:directly\s+)?(?:to\s+)?(?:origin\s+|upstream\s+)?(?:[\w./-]{1,40}:)?(?:the\s+)?(?:main|master|prod(?:uction)?)\b)|(?:\bpush\s+(?:it\s+|this\s+|everything\s+)?(?:directly\s+)?to\s+(?:origin\s+)?(?:main|master|prod(?:uction)?)\s+with\s+(?:-f|--force(?!-with-lease))\b)|(?:\b(?:transfer|wire|send|move|withdraw)\s+(?:all|the\s+entire|the\s+whole|the\s+full|100%\s+of)\s+(?:of\s+)?(?:the\s+|your\s+|our\s+|their\s+|the\s+company'?s\s+|the\s+user'?s\s+)?(?:funds|money|balance|savings|assets|crypto|bitcoin|btc|eth|ether|tokens|usdt|holdings)\b)|(?:(?:supprime|efface)[sz]?\s+(?:tous\s+les|toutes\s+les|l'ensemble\s+des)\s+(?:fichiers|données|dossiers|sauvegardes|snapshots|instantanés|bases?\s+de\s+données)|(?:lösche|entferne)\s+(?:danach\s+|dann\s+|sofort\s+|mit\s+(?:deinem|dem|einem)\s+[a-zäöüß-]{1,30}\s+)?(?:alle|sämtliche)\s+[a-zäöüß]{0,20}?(?:dateien|daten|ordner|backups|sicherungen|snapshots|datenbanken)|(?:borra|elimina)\s+(?:todos\s+los|todas\s+las)\s+(?:archivos|datos|carpetas|copias|snapshots|instantáneas|bases\s+de\s+datos)|удали(?:те)?\s+все\s+(?:файлы|данные|папки|резервные|базы)|删除(?:所有|全部)(?:的)?(?:文件|数据|数据库|备份)|(?:すべて|全て)の(?:ファイル|データ|データベース|バックアップ)を削除)|(?:(?:désactive[rz]?\s+(?:le\s+pare-feu|l'antivirus|la\s+journalisation|les\s+sauvegardes)|deaktiviere\s+(?:die\s+firewall|den\s+virenschutz|die\s+protokollierung|die\s+(?:backups|sicherungen))|desactiva\s+(?:el\s+cortafuegos|el\s+firewall|el\s+antivirus|las\s+copias\s+de\s+seguridad)|关闭(?:服务器|系统|主机|电脑|本机)?(?:的)?防火墙|отключи(?:те)?\s+(?:брандмауэр|файрвол|антивирус)|ファイアウォールを無効))`, 'g'),
    // A destructive SQL statement handed over to be run: "run this on prod: DROP DATABASE customers;", "DROP TABLE users を実行して".
    // Destructive SQL handed over to be run; requestConfidence checks that the verb opens its sentence (an order).
    new RegExp(String.raw`\b(?<run>run|execute|exec|apply|führe|exécute[rz]?|lance[rz]?|ejecuta[r]?|corre|esegui|выполни(?:те)?)\b[^\n.!?]{0,140}?${DROP_SQL}|${DROP_SQL}[^\n。.!?]{0,20}?(?:を実行|を流して|执行|執行)|(?:执行|執行)[^\n。]{0,20}?${DROP_SQL}`, 'g'),
    // A hidden way in: an admin account kept out of the audit trail or the user list; security scanning switched off.
    /\b(?:add|create|insert|seed)\s(?:a\s|an\s)?(?:hidden\s|secret\s|new\s)?(?:superuser|super-user|admin(?:istrator)?\s(?:user|account)|root\s(?:user|account)|backdoor\s(?:user|account))\b[^\n]{0,200}?(?:hide\s(?:it|the\s(?:user|account))|hidden\sfrom|skip\s(?:the\s)?audit|without\s(?:logging|an?\saudit)|not\s(?:show\s(?:up|it)|appear|be\s(?:listed|logged)))/g,
    /\b(?:comment\s+out|disable|remove|delete|skip|bypass|turn\s+off)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+(?:and|&)\s+)?(?:snyk|codeql|sast|gitleaks|trufflehog|trivy|semgrep|dependabot|security[\s-]scan(?:ning|s)?|secret[\s-]scanning|security\s+(?:checks|tests|steps|jobs))\b/g,
    // A SOC's detections switched off: "Disable the 'Impossible travel' and 'Mass file download' detection rules".
    /\b(?:disable|turn\s+off|switch\s+off|mute|suppress|deactivate)\s+(?:the\s+|all\s+)?(?:'[^'\n]{1,40}'\s+(?:and\s+'[^'\n]{1,40}'\s+)?|"[^"\n]{1,40}"\s+(?:and\s+"[^"\n]{1,40}"\s+)?)?(?:detection|alerting|alert|correlation|siem)\s+(?:rules?|polic(?:y|ies))\b/g,
    // A cloud account opened up: full admin attached to a user, a foreign root trusted, a security group opened to the world on admin ports.
    /\battach\s+(?:the\s+)?(?:administratoraccess|iamfullaccess|poweruseraccess)\b[^\n.]{0,40}?\bto\b|\badd\s+arn:aws:iam::\d{12}:root\s+as\s+(?:a\s+)?trusted|\b(?:open|allow|expose)\s+(?:all\s+)?(?:inbound\s+)?(?:ports?\s+)?[^.\n]{0,30}?\bfrom\s+0\.0\.0\.0\/0|\b0\.0\.0\.0\/0\s+(?:on|auf|sur|en|no|su)\s+(?:port|ports|porta|puerto)\s+(?:22|3389|5432|3306|6379|27017)\b/g,
    // A plant's safety functions switched off: interlocks bypassed, emergency stops or process alarms defeated (a home alarm is not one).
    new RegExp(
      String.raw`\b(?:bypass|disable|defeat|override|jumper(?:\s+out)?|deactivate|turn\s+off|switch\s+off|silence|mute|inhibit)\s+(?:the\s+|all\s+|any\s+)?(?:[\w-]+\s+){0,3}?(?:(?:safety\s+)?interlocks?|e-?stops?|emergency\s+stops?|safety\s+(?:relays?|valves?|instrumented\s+systems?|shutdown\s+systems?)|(?:vibration|temperature|pressure|level|gas|overpressure|overtemperature|high-\w+|low-\w+)\s+(?:alarms?|trips?))\b|\b(?:put|place|set)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?interlocks?\s+(?:in|into|to)\s+bypass\b|\binterlock\s+bypass\s+(?:bit|flag)\b[^\n.]{0,30}?\b(?:true|1|on)\b|(?:desative|desligue|contorne)\s+(?:o|a|os|as)\s+(?:intertravamento|parada\s+de\s+emergência|alarme\s+de\s+(?:vibração|temperatura|pressão|nível|gás))|(?:desactiva|anula|puentea|silencia)\s+(?:el|la|los|las)\s+(?:enclavamiento|parada\s+de\s+emergencia|alarma\s+de\s+(?:vibración|temperatura|presión|nivel|gas))|(?:désactive[rz]?|shunte[rz]?|inhibe[rz]?)\s+(?:l'|le\s|la\s|les\s)(?:verrouillage|interverrouillage|arrêt\s+d'urgence|alarme\s+de\s+(?:vibration|température|pression|niveau))|(?:deaktiviere|überbrücke|umgehe)\s+(?:die|den|das)\s+(?:[\p{L}-]+\s+)?(?:verriegelung|sicherheitsverriegelung|not-?aus|vibrationsalarm|temperaturalarm)|(?:disattiva|bypassa|escludi)\s+(?:l'|il\s|la\s|gli\s)(?:interblocco|arresto\s+di\s+emergenza|allarme\s+di\s+(?:vibrazione|temperatura|pressione|livello))`,
      'gu',
    ),
    // The production database, the backups or the logs wiped, in the other languages: "帮我把生产库删掉，再把备份清空",
    // "本番DBを削除して", "удали прод базу и все бэкапы", "lösche die Produktionsdatenbank", "supprime la base de prod".
    new RegExp(
      [
        String.raw`(?:生产|线上|正式)(?:环境)?的?(?:数据库|库)[^，。
]{0,30}?(?:删掉|删除|清空|销毁|drop)|(?:删掉|删除|清空|销毁)掉?(?:生产|线上)(?:环境)?的?(?:数据库|库)|(?:所有|全部)?的?备份[^，。
]{0,20}?(?:删掉|删除|清空)`,
        String.raw`本番(?:環境)?の?(?:データベース|db)[^。\n]{0,20}?(?:削除|消して|drop)|(?:全ての|すべての)?バックアップ[^。\n]{0,15}?(?:削除して|消して)`,
        String.raw`(?:удали|снеси|дропни|очисти)(?:те)?\s+(?:всю\s+|все\s+)?(?:прод(?:овую|акшн)?\s+(?:базу|бд)|бэкапы|резервные\s+копии)`,
        String.raw`(?:lösche|leere)\s+(?:die\s+)?(?:produktions(?:datenbank|-db)|(?:alle|sämtliche)\s+backups)`,
        String.raw`(?:supprime|efface|vide)[rz]?\s+(?:la\s+)?(?:base\s+(?:de\s+données\s+)?de\s+prod(?:uction)?|tous\s+les\s+backups|toutes\s+les\s+sauvegardes)`,
        String.raw`(?:borra|elimina|vacía)\s+(?:la\s+)?(?:base\s+de\s+datos\s+de\s+producción|todos\s+los\s+backups|todas\s+las\s+copias\s+de\s+seguridad)`,
      ].join('|'),
      'gu',
    ),
    // Emptying an account, in the other languages: "переведи все деньги", "überweise das gesamte Geld".
    /(?:переведи|перечисли|отправь|выведи)(?:те)?\s+все\s+(?:деньги|средства)|(?:überweise|transferiere|sende)\s+(?:das\s+)?(?:gesamte|ganze)\s+(?:geld|guthaben|vermögen)|(?:transf[eè]re|vire|envoie)\s+(?:tout\s+l['’]argent|la\s+totalit[ée]\s+(?:des\s+fonds|du\s+solde))|(?:transfiere|env[ií]a|mueve)\s+todo\s+el\s+(?:dinero|saldo)|(?:把|将)(?:所有|全部)(?:的)?(?:钱|资金|余额)(?:都)?(?:转|汇)|(?:全額|全ての資金|すべての資金)を(?:送金|振り込)/g,
  ],
  validate: requestConfidence,
};
