import type { Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { lineAfter } from './lexicon-meta';
import { explanationFactor } from './malicious-input-context';

/**
 * File-system attacks through tool arguments: directory traversal (plain, URL-, double-,
 * overlong-UTF-8 and %u-encoded), reads of credential files, and PHP/URL wrappers used for
 * local or remote file inclusion.
 */

/** One "." written plainly or in any of the encodings traversal payloads use. */
const DOT = String.raw`(?:\.|%(?:25){0,2}2e|%(?:25){0,2}c0%(?:25){0,2}(?:2e|ae|5e)|%(?:25){0,2}e0%(?:25){0,2}80%(?:25){0,2}ae|%u002e|%uff0e|0x2e|%%32%65)`;
/** One path separator, plain or encoded (including the overlong and Unicode slash forms). */
const SEP = String.raw`(?:[/\\]{1,2}|%25%(?:2f|5c)|(?:2f|5c)(?![0-9a-f])|%u(?:efc8|f025)|%(?:25){0,2}(?:2f|5c)|%(?:25){0,2}c0%(?:25){0,2}(?:af|2f|5c)|%(?:25){0,2}c1%(?:25){0,2}(?:9c|1c|af)|%(?:25){0,2}e0%(?:25){0,2}80%(?:25){0,2}af|%u(?:2215|2216|f025)|0x(?:2f|5c)|%%35%63|%%32%66)`;

/** Files and directories that traversal payloads aim at. */
const TARGET =
  /^(?:[/\\]{0,2})(?:etc[/\\]|proc[/\\]|windows[/\\]|winnt[/\\]|boot\.ini|win\.ini|system\.ini|web\.config|wp-config|\.env\b|\.htaccess|\.htpasswd|\.ssh|\.aws|\.git[/\\]|\.bash_history|var[/\\](?:log|www|lib|mail|spool)|usr[/\\]|root[/\\]|home[/\\]|inetpub|localstart|config[/\\]|\{file\}|%00|[\w.-]{1,40}%00)/;

/**
 * Other people's files a relative climb reaches through a file tool: a per-user area
 * ("../../users/anna_k/journal.md", "../../applicants/unit_4B/…") or a document named for what it holds.
 */
const OTHERS_FILES =
  /^[^\s'"]{0,80}?(?:(?:users?|accounts?|customers?|clients?|tenants?|applicants?|patients?|members?|profiles?)[/\\][^\s'"]{1,80}|(?:ssn|passport|id[_-]?card|secret|credential|password|private|medical|therapy|journal|diary)[\w.-]{0,40}\.\w{2,5}(?![\w.]))/;
/** A module path in code ("import … from '../../users/model'"), not a file asked for. */
const MODULE_PATH_BEFORE = /(?:\bimport\b|\brequire\s*\(|\bfrom\s+['"]|#include|\bsrc\s*=|\bhref\s*=)[^\n]*$/;
/** … and a file tool asked to fetch it on its line ("load", "read_journal with path", "открой файл"), not a path mentioned in passing. */
const FILE_REQUEST_BEFORE =
  /(?:(?<![\p{L}])(?:load|open|read|fetch|cat|get|path|file|show|print|export|download|attach|include|send|откр\p{L}*|прочит\p{L}*|загруз\p{L}*|покажи|файл|abre|lee|carga|ouvre|lis|charge|öffne|lies|lade|apri|leggi|carica|abra|leia|carregue)(?![\p{L}])|打开|读取|開いて|読んで)[^\n]{0,80}$/u;

function traversalConfidence(m: RegExpExecArray, view: TextView): number {
  const s = m[0];
  const units = (s.match(/\.\.|%(?:25){0,2}2e|%[cu]|0x2e|%%32%65/g) ?? []).length;
  const encoded = /%|0x|\.\.(?:2f|5c)/.test(s);
  const after = lineAfter(view.text, m.index + s.length, 40);
  const before = view.text.slice(Math.max(0, m.index - 1), m.index);
  let conf = 0;
  if (TARGET.test(after)) conf = 0.9;
  else if (encoded) conf = 0.85;
  else if (units >= 5) conf = 0.75;
  else if (units >= 2 && /^[/\\=]$/.test(before)) conf = 0.7;
  else if (units >= 2 && OTHERS_FILES.test(lineAfter(view.text, m.index + s.length, 160))) {
    const line = view.text.slice(Math.max(0, m.index - 120), m.index);
    if (FILE_REQUEST_BEFORE.test(line) && !MODULE_PATH_BEFORE.test(line)) conf = 0.75;
  }
  return conf * explanationFactor(view.text, m.index, m.index + m[0].length);
}

export const pathTraversalRule: Rule = {
  id: 'sys-path-traversal',
  category: 'system_manipulation',
  severity: 'high',
  owasp: 'LLM05:2025',
  title: 'Directory traversal sequence',
  description:
    'Repeated ../ or ..\\ segments (also URL-, double-, overlong-UTF-8 and %u-encoded) that climb out of a tool\'s working directory, especially toward /etc/passwd, win.ini or /proc/self. A file tool that joins the path reads or writes outside its sandbox.',
  confidence: 0.85,
  keywords: ['..', '%2e', '%25', '%c0', '%e0', '%u', '0x2e', '%%32', './', '.\\', '%00'],
  patterns: [
    new RegExp(String.raw`(?:${DOT}${DOT}${SEP}){1,16}`, 'g'),
    /(?<obf>(?:\.{3,4}[/\\]{1,2}){2,}|(?:\.{2,3}[/\\]\.[/\\]){2,}|\.\.;[/\\]|(?:\.[/\\]{1,3}){3,})/g,
    /(?<nul>(?:[\w/]\.(?:ini|php\d?|html?|jpe?g|png|gif|txt|aspx?|jsp|conf|log|inc)|\/etc\/(?:passwd|shadow))%00|%00\.(?:php\d?|html?|jpe?g|png|gif|txt)|%00\/etc\/)/g,
  ],
  validate: (m, view) => {
    if (m.groups?.obf !== undefined || m.groups?.nul !== undefined) return 0.8 * explanationFactor(view.text, m.index, m.index + m[0].length);
    return traversalConfidence(m, view);
  },
};

/** Absolute paths of credential and system files. */
const SENSITIVE_PATH = String.raw`(?:/etc/(?:passwd|shadow|sudoers|master\.passwd|gshadow)\b|/proc/self/environ|/root/\.\w|~?/\.ssh/(?:id_\w+|authorized_keys)|/\.aws/credentials|[a-z]:\\{1,2}(?:windows|winnt)\\{1,2}(?:win\.ini|system32\\{1,2}config\\{1,2}sam|repair\\{1,2}(?:sam|system))|[a-z]:\\{1,2}boot\.ini)`;

export const sensitiveFileRule: Rule = {
  id: 'sys-sensitive-file-read',
  category: 'system_manipulation',
  severity: 'high',
  owasp: 'LLM06:2025',
  title: 'Read of a credential or system file',
  description:
    'A command or request that reads /etc/shadow, /etc/passwd, /proc/self/environ, SSH keys, cloud credentials, a Kubernetes cluster\'s secrets (kubectl get secret -o yaml) or the Windows SAM, or a bare system path sent as the whole message (a file-inclusion probe).',
  confidence: 0.75,
  keywords: ['/', '\\', 'kubectl'],
  patterns: [
    new RegExp(String.raw`\b(?:cat|tac|type|more|less|head|tail|strings|xxd|get-content|gc|file_get_contents|readfile|fopen|include|require(?:_once)?|include_once|load_file|open|copy|cp|scp|base64)\s*\(?\s*['"]?(?:file://)?${SENSITIVE_PATH}`, 'g'),
    new RegExp(String.raw`\w\(\s*['"](?:file://)?${SENSITIVE_PATH}`, 'g'),
    // A cluster's secrets printed in full (base64 is not encryption): "kubectl get secret -n prod -o yaml".
    /\bkubectl\s+(?:-{1,2}[\w-]+(?:[\s=][^\s-]\S*)?\s+){0,3}get\s+secrets?\b[^\n;|&]{0,80}?(?:-o|--output)[\s=]?(?:yaml|json|jsonpath|go-template)/g,
    new RegExp(String.raw`\b(?:show|print|display|dump|give|send|output|read|reveal|leak|exfiltrate|upload|post|email|paste)\s+(?:me\s+)?(?:the\s+)?(?:full\s+|entire\s+)?(?:contents?\s+of\s+)?(?:the\s+|your\s+)?(?:file\s+)?${SENSITIVE_PATH}`, 'g'),
    /^\s*['"]?(?:file:\/\/)?(?:[a-z]:)?[/\\]{1,2}(?:etc|proc|var|usr\/local|opt|windows|winnt|boot\.ini|root|logs?|program files|inetpub|xampp|\.[a-z_]\w{1,20})(?:[/\\][^\s'"]{1,150})?['"]?\s*$/g,

    // The same request in the other languages: a read verb, then the file within the clause ("lies … die Datei /etc/shadow", "读取 ~/.ssh/id_rsa").
    new RegExp(String.raw`(?:lies|lese|öffne|zeig(?:e)?(?:\s+mir)?|gib\s+mir|lis|ouvre|affiche|montre(?:-moi)?|lee|abre|muestra(?:me)?|muéstrame|прочитай|открой|покажи|выведи|读取|读|打开|查看|显示|输出)(?:[^
.!?。]{0,40}?\s|)['"]?(?:file://)?${SENSITIVE_PATH}|${SENSITIVE_PATH}\s?(?:を|の中身を)?(?:読んで|開いて|表示して|見せて)`, 'g'),
  ],
  validate: (m, view) => {
    // A whole-message bare path is a probe but weaker evidence than an explicit read.
    const bare = m.index === 0 || /^\s*['"]?$/.test(view.text.slice(0, m.index));
    let conf = bare && !/\b(?:cat|type|show|print|read)\b/.test(m[0]) ? 0.6 : 0.75;
    // "an attacker who can read /etc/passwd …" describes the attack rather than ordering it.
    if (/\b(?:can|could|may|might|would|will|to|cannot|can't|able\s+to)\s+$/.test(view.text.slice(Math.max(0, m.index - 20), m.index))) conf = 0.4;
    return conf * explanationFactor(view.text, m.index, m.index + m[0].length);
  },
};

function inclusionConfidence(m: RegExpExecArray, view: TextView): number {
  const s = m[0];
  let conf = 0.85;
  if (s.startsWith('phar://') || s.startsWith('convert.')) conf = 0.7;
  if (s.startsWith('?') || s.startsWith('&')) conf = 0.75;
  return conf * explanationFactor(view.text, m.index, m.index + m[0].length);
}

export const fileInclusionRule: Rule = {
  id: 'sys-file-inclusion',
  category: 'system_manipulation',
  severity: 'high',
  owasp: 'LLM05:2025',
  title: 'Local or remote file inclusion wrapper',
  description:
    'PHP stream wrappers (php://filter, php://input, expect://, data://, zip://, phar://), file:// URLs to system files and include parameters pointing at remote scripts. They turn a template or include path into file disclosure or code execution.',
  confidence: 0.85,
  keywords: ['php://', 'expect://', 'data://', 'zip://', 'phar://', 'file://', 'convert.', '=http', '=ftp', '$_'],
  patterns: [
    /\bphp:\/\/(?:filter|input|expect|fd|memory|temp|stdin)/g,
    /\bexpect:\/\/\S/g,
    /\bdata:\/\/(?:text|application|image)\/[\w.+-]{1,30}[;,]/g,
    /\bzip:\/\/[^\s]{1,100}?(?:#|%23)/g,
    /\bphar:\/\/[^\s]{1,100}/g,
    // Windows: system folders and files, or a profile's secrets (a user's own report.html is not one).
    /\bfile:\/\/(?:localhost)?\/{1,2}(?:etc\/|proc\/|root\/|boot|var\/log|home\/[^/\s]{1,40}\/\.ssh|[a-z](?::|\|)[/\\](?:windows|winnt|boot\.ini|inetpub|programdata|system32|\$recycle|users[/\\][^/\\\s]{1,40}[/\\](?:appdata|ntuser|\.ssh)))/g,
    /\bconvert\.(?:iconv\.[\w-]{1,30}\.[\w-]{1,30}|base64-(?:en|de)code|quoted-printable-(?:en|de)code)/g,
    /[?&](?:page|file|include|inc|path|template|tpl|doc|document|folder|style|pg|view|lang|language|module|mod|content|cat|dir|load|read|show|site|conf)=(?:https?|ftp|smb):\/\/[^\s&]{1,200}?(?:\.(?:txt|php\d?|sh|jsp|aspx?)\??(?=$|[\s&?'"])|%00|\?(?=$|[\s'"]))/g,
    /\b(?:include|require)(?:_once)?\s*\(?\s*\$_(?:get|post|request|cookie)\s*\[/g,
  ],
  validate: inclusionConfidence,
};
