import type { RawMatch, Rule } from './rule';
import { eachMatch, indexed } from './pattern-scan';
import type { TextView } from '../normalize/text-view';
import { explanationFactor, isWholeMessage } from './malicious-input-context';

/**
 * Cross-site scripting payloads. A model that echoes them into a web page, a Markdown
 * renderer or an email runs the attacker's script in the viewer's browser. Real payloads
 * carry a proof-of-execution (alert(1), document.cookie …) or an obfuscation no author of
 * legitimate HTML would write; plain `<script src="app.js">` or `onclick="save()"` do not
 * flag on their own.
 */

/** JavaScript that only a payload runs: probes, cookie or token theft, dynamic code, encoded calls, requests to another site. */
const JS_PAYLOAD =
  /(?:\b(?:alert|prompt|confirm)\s*(?:\(|`|\.call|\.apply|&lpar;|&#0*40;?|&#x0*28;?)|\beval\s*\(|\batob\s*\(|fromcharcode|document\s*\.\s*(?:cookie|domain|write\s*\()|\b(?:top|self|parent|window|this|frames|globalthis)\s*\[|\bimport\s*\(|constructor\s*\(|\[\s*\d\s*\]\s*\.\s*(?:find|map|filter|some)\s*\(\s*(?:alert|prompt|confirm|eval)|\bxss\b|\\u00[0-9a-f]{2}|\\x[0-9a-f]{2}|&#0*(?:6[5-9]|[7-8]\d|9[0789]|1[01]\d|12[0-2]);?|&#x0*(?:4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a]);?|string\s*\.\s*fromcharcode|\blocation\s*=\s*['"`]?(?:javascript|data|\/\/|https?:)|\.src\s*=|new\s+image|settimeout\s*\(\s*['"`]|\bwindow\s*\.\s*(?:onerror|location)\s*=|\b(?:local|session)storage\s*(?:\.\s*getitem\s*\(|\[|\))|\b(?:fetch|sendbeacon)\s*\(\s*['"`](?:https?:)?\/\/)/;

/** A probe call whose argument is text rather than a probe value ("Delete this item?") is weaker. */
function jsPayloadStrength(code: string): number {
  if (!JS_PAYLOAD.test(code)) return 0;
  const call = /\b(?:alert|prompt|confirm)\s*\(\s*(['"`]?)([^)'"`]{0,30})/.exec(code);
  if (call && /\s/.test(call[2].trim()) && !/xss|document|cookie|domain|window|\d/.test(call[2])) return 0.55;
  return 1;
}

/** Markup that breaks out of a comment or of an element whose content is not markup. */
const BREAKOUT_BEFORE = /(?:<\/(?:textarea|noscript|xmp|plaintext|iframe|noembed|noframes)\s*>|-->|\]\]>|\}\}|%3e|&gt;)\s*$/;
/** `">` closing an attribute that was never opened on this line: the value broke out of an attribute. */
function attributeBreakout(text: string, index: number): boolean {
  const line = text.slice(Math.max(0, index - 120), index).split('\n').pop() ?? '';
  return /['"`]\s*\/?>\s*$/.test(line) && !line.includes('<');
}

/** A script element that holds data, not code: JSON-LD, templates, JSON. */
const DATA_SCRIPT = /\btype\s*=\s*['"]?(?:application\/(?:ld\+)?json|text\/(?:template|x-template|html|plain)|importmap|speculationrules)/;

function scriptTagConfidence(index: number, tag: string, view: TextView): number {
  const text = view.text;
  if (DATA_SCRIPT.test(tag)) return 0;
  const end = index + tag.length;
  const body = text.slice(end, end + 300);
  const closeAt = body.search(/<\s*\/\s*script/);
  const code = closeAt >= 0 ? body.slice(0, closeAt) : body.slice(0, 160);
  let conf = 0.45;
  const strength = jsPayloadStrength(tag + code);
  if (strength > 0) conf = 0.9 * strength;
  else if (/\bsrc\s*=\s*['"`]?\s*(?:data:|\/\/|https?:\/\/\d|[\w.-]{1,40}\.(?:js|htc)\b(?![\w/])|\s*>)|\bsrc\s*=\s*['"`]?\/\/[^/\s>]{1,30}\/?\d?['"`]?\s*>/.test(tag) && !/\.(?:min\.)?js\b/.test(tag)) conf = 0.7;
  // ("<!-- Google Tag Manager --><script …>" closes a comment it opened: page markup, not a break-out.)
  const closedComment = /<!--(?:(?!-->)[^\n])*-->\s*$/.test(text.slice(Math.max(0, index - 200), index));
  if ((BREAKOUT_BEFORE.test(text.slice(Math.max(0, index - 24), index)) && !closedComment) || attributeBreakout(text, index)) conf = Math.max(conf, 0.85);
  if (/^<\s*\/?\s*script\s*[^\s>a-z]|<\s+script|<script\s+[^>]*?(?:\b\d+\s*=|[^\w\s="'-]=)/.test(tag)) conf = Math.max(conf, 0.8);
  return conf * explanationFactor(text, index, end);
}

/** The opening of a script element, plain or encoded ("<script", "%3cscript", "<![cdata[<]]>script"). */
const SCRIPT_OPEN = indexed(/(?:<|%3c|\\x3c|\\u003c|<!\[cdata\[<\]\]>)\s*\/?\s*script\b/g);
const TAG_REACH = 200;
const CLOSERS = ['%3e', '\\x3e', '\\u003e'];
const CDATA_CLOSER = '<![cdata[>]]>';

/**
 * Where the tag opened before `from` ends: exactly what `[^>]{0,200}(?:>|%3e|\\x3e|\\u003e|<!\[cdata\[>\]\]>|$)`
 * matches at `from` (the last closer within reach, as the greedy gap finds it), or -1. Computed with
 * indexOf/lastIndexOf instead of by backtracking through 200 characters at each of thousands of
 * "<script" in hostile input.
 */
function tagEnd(text: string, from: number, nextGt: Finder, next3e: Finder): number {
  const gt = nextGt(from);
  // The gap cannot cross a '>': the first one within reach closes the tag, and no later closer can win.
  if (gt >= 0 && gt - from <= TAG_REACH) return gt + 1;
  if (text.length - from <= TAG_REACH) return text.length; // `$`
  // Every encoded closer ends in "3e": none in reach, none to look for.
  const e = next3e(from);
  if (e < 0 || e > from + TAG_REACH + 5) return cdataEnd(text, from, gt, -1, -1);
  // Closers may start anywhere in reach and end past it; a bounded window keeps the search O(reach).
  const window = text.slice(from, from + TAG_REACH + 8);
  let best = -1;
  let bestEnd = -1;
  for (const c of CLOSERS) {
    const at = window.lastIndexOf(c, TAG_REACH);
    if (at > best) {
      best = at;
      bestEnd = from + at + c.length;
    }
  }
  return cdataEnd(text, from, gt, best, bestEnd);
}

/** The CDATA closer contains the '>' itself: it can only end at the first '>', and wins when it starts later than `best`. */
function cdataEnd(text: string, from: number, gt: number, best: number, bestEnd: number): number {
  const cdata = gt - CDATA_CLOSER.indexOf('>');
  if (gt >= 0 && cdata >= from && cdata <= from + TAG_REACH && cdata - from > best && text.startsWith(CDATA_CLOSER, cdata)) return cdata + CDATA_CLOSER.length;
  return bestEnd;
}

type Finder = (from: number) => number;

/** indexOf(needle, from) for ascending `from`: searches again only when the last hit is behind. */
function forwardFinder(text: string, needle: string): Finder {
  let searchedFrom = Infinity;
  let found = -1;
  return (from) => {
    if (!(from >= searchedFrom && (found < 0 || found >= from))) {
      found = text.indexOf(needle, from);
      searchedFrom = from;
    }
    return found;
  };
}

function matchScriptTags(view: TextView): RawMatch[] {
  const text = view.text;
  const out: RawMatch[] = [];
  // Openings come in ascending order: one forward search per needle serves all of them, so hostile
  // input ("<script " × N, no closer anywhere) is not rescanned from every opening.
  const nextGt = forwardFinder(text, '>');
  const next3e = forwardFinder(text, '3e');
  eachMatch(view, SCRIPT_OPEN, (m) => {
    const end = tagEnd(text, m.index + m[0].length, nextGt, next3e);
    // No closer: the classic scan would try the next position.
    if (end < 0) return m.index + 1;
    const confidence = scriptTagConfidence(m.index, text.slice(m.index, end), view);
    if (confidence > 0) out.push({ start: m.index, end, confidence });
    return out.length < 64 ? end : false;
  });
  return out;
}

export const xssScriptTagRule: Rule = {
  id: 'inj-xss-script-tag',
  category: 'malicious_input',
  severity: 'high',
  owasp: 'LLM05:2025',
  title: 'XSS: injected <script> element',
  description:
    'A <script> element carrying a proof-of-execution or cookie-stealing payload, loaded from a protocol-relative or data: URL, written with tag obfuscation, or placed right after markup that breaks out of an attribute or element.',
  confidence: 0.9,
  keywords: ['script'],
  match: (view) => matchScriptTags(view),
};

/**
 * The fallback-image idiom: `onerror="this.src='img/fallback.png'"` (and `this.onerror=null`, or hiding
 * the image). A relative or plain https path and nothing else: no concatenation, no script, no call.
 */
const FALLBACK_HANDLER = /^\s*(?:(?:this\.src\s*=\s*(['"])(?:(?!\1)[\w./-]){1,120}\1|this\.onerror\s*=\s*null|this\.style\.display\s*=\s*(['"])none\2)\s*;?\s*)+$/;

function eventHandlerConfidence(m: RegExpExecArray, view: TextView): number {
  const text = view.text;
  const value = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
  // (The quote may be escaped: HTML inside a JSON string, onerror=\"…\".)
  const q = /^\s*\\?(['"`])/.exec(value);
  const inner = q ? value.slice(q[0].length).split(q[1], 1)[0].replace(/\\$/, '') : '';
  if (q && FALLBACK_HANDLER.test(inner)) return 0;
  // A quoted value ends at its own quote: onerror="fetch('…'+document.cookie)" holds single quotes.
  const attrValue = q ? inner : value.split(/[\s>]/, 1)[0];
  const strength = jsPayloadStrength(attrValue) || (/^\s*['"`]?\s*javascript\s*:/.test(value) ? 1 : 0);
  if (strength === 0) return 0;
  // Inside a tag (`<img … onerror=`), after an attribute break-out (`" onfocus=`), or slash-separated (`<svg/onload=`).
  const before = text.slice(Math.max(0, m.index - 200), m.index);
  const lt = before.lastIndexOf('<');
  const inTag = lt >= 0 && before.indexOf('>', lt) < 0;
  const slash = /<[a-z][\w:-]{0,30}\/+$|['"`]\s*\/?\s*$/.test(before);
  let conf = 0.6;
  if (inTag || slash) conf = 0.9;
  if (isWholeMessage(text, m.index, m.index + m[0].length + attrValue.length + 2)) conf = Math.max(conf, 0.8);
  return conf * strength * explanationFactor(text, m.index, m.index + m[0].length);
}

export const xssEventHandlerRule: Rule = {
  id: 'inj-xss-event-handler',
  category: 'malicious_input',
  severity: 'high',
  owasp: 'LLM05:2025',
  title: 'XSS: event-handler attribute with a script payload',
  description:
    'An on* event-handler attribute (onerror, onload, onfocus, onmouseover …) whose value runs a probe or script payload, as in <img src=x onerror=alert(1)> or <svg/onload=…>. Ordinary handlers such as onclick="save()" are not matched.',
  confidence: 0.9,
  keywords: ['on'],
  patterns: [/(?<![\w-])on[a-z]{3,30}\s*(?:=|%3d)/g],
  validate: eventHandlerConfidence,
};

/** Separators browsers ignore inside a URL scheme: whitespace, control-character entities and escapes. */
const JS_SEP = String.raw`(?:\s|&#x?0*(?:9|a|d|10|13);?|&tab;|&newline;|\\x0[0-9a-f]|\\u000[0-9a-f]|%0[0-9a-f]|\\0|\\t|\\n|<!--\s?-->|\x00)`;
const SCHEME_COLON = String.raw`(?::|&colon;|&#0*58;?|&#x0*3a;?|%3a|\\x3a|\\u003a)`;
const OBF_JAVASCRIPT = 'javascript'.split('').join(`${JS_SEP}{0,6}`);

function jsUrlConfidence(m: RegExpExecArray, view: TextView): number {
  const text = view.text;
  const scheme = m[0];
  const after = text.slice(m.index + scheme.length, m.index + scheme.length + 200);
  const obfuscated = !/^(?:java|vb|live)script:$/.test(scheme.replace(/\s+$/, ''));
  let conf = 0;
  if (/^\s*void\s*\(?\s*0?\s*\)?\s*;?\s*(?:['"`]|$)/.test(after)) return 0;
  const strength = jsPayloadStrength(after.split(/['"`>\s)\]]\s*(?:\s|>|$)/, 1)[0] + after.slice(0, 60));
  if (strength > 0) conf = 0.9 * strength;
  else if (scheme.startsWith('vbscript') || scheme.startsWith('livescript')) conf = 0.75;
  if (obfuscated) conf = Math.max(conf, 0.9);
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  if (conf === 0 && /(?:href|src|action|formaction|data|xlink:href|background|poster|url|to)\s*=\s*['"`]?\s*$|\]\(\s*$/.test(before)) conf = 0.5;
  return conf * explanationFactor(text, m.index, m.index + m[0].length);
}

export const xssJavascriptUrlRule: Rule = {
  id: 'inj-xss-javascript-url',
  category: 'malicious_input',
  severity: 'high',
  owasp: 'LLM05:2025',
  title: 'XSS: javascript: / vbscript: URL',
  description:
    'A javascript:, vbscript: or livescript: URL that runs a payload when a link, frame or form is used, including forms split by tabs, newlines or character entities (jav&#x09;ascript:). javascript:void(0) and prose about "JavaScript:" are not matched.',
  confidence: 0.9,
  keywords: ['j', 'script'],
  patterns: [new RegExp(String.raw`(?:${OBF_JAVASCRIPT}|vbscript|livescript)${JS_SEP}{0,6}${SCHEME_COLON}`, 'g')],
  validate: jsUrlConfidence,
};

function htmlInjectionConfidence(m: RegExpExecArray, view: TextView): number {
  const conf = /expressio|binding|behavior|import|dataformatas/.test(m[0]) ? 0.8 : 0.85;
  return conf * explanationFactor(view.text, m.index, m.index + m[0].length);
}

export const xssHtmlInjectionRule: Rule = {
  id: 'inj-xss-html-injection',
  category: 'malicious_input',
  severity: 'high',
  owasp: 'LLM05:2025',
  title: 'XSS: active HTML content (data:text/html, srcdoc, meta refresh, CSS expressions)',
  description:
    'Markup that executes script without a <script> tag: data:text/html URLs, iframe srcdoc with markup, object/embed data URIs, meta refresh to javascript:/data:, <base href> hijacking, CSS expression(), -moz-binding and behavior: url().',
  confidence: 0.85,
  keywords: ['data:', 'srcdoc', 'http-equiv', '<base', 'expressio', 'binding', 'behavior', 'rel=import', 'rel="import', '&#', '<?import', 'dataformatas'],
  patterns: [
    /\bdata:(?:text\/html|application\/(?:x-)?(?:javascript|ecmascript|xhtml\+xml)|text\/javascript|image\/svg\+xml)[;,][^\s'"]{0,20}/g,
    /\bsrcdoc\s*=\s*['"`]?[^>]{0,20}?(?:<|&lt;|&#0*60;?|&#x0*3c;?)/g,
    /<(?:object|embed|iframe|frame)\b[^>]{0,100}?\b(?:data|src)\s*=\s*['"`]?\s*data:/g,
    /<meta\b[^>]{0,100}?http-equiv\s*=\s*['"`]?refresh[^>]{0,100}?url\s*=\s*['"`]?\s*(?:javascript|data|vbscript):/g,
    /<base\b[^>]{0,60}?href\s*=\s*['"`]?\s*(?:javascript:|\/\/)/g,
    /(?:\bstyle\s*=\s*['"`]?[^>'"`]{0,120}?|[:{;]\s*(?:\\[0-9a-f]{2,6}\s?|\\x[0-9a-f]{2}){0,4}\s*)expression\s*\(/g,
    /-moz-binding\s*:\s*url\s*\(|\bbehavior\s*:\s*url\s*\(/g,
    /<link\b[^>]{0,100}?\brel\s*=\s*['"]?import\b/g,
    /\b(?:src|href|action|style|data|formaction)\s*=\s*['"`]?(?:&#x?0*[0-9a-f]{2,3};?){6,}/g,
    /<\?import\b[^>]{0,100}?\bimplementation\s*=|\bdataformatas\s*=\s*['"]?html\b|expressio\\0{0,4}6e\s*\(/g,
  ],
  validate: htmlInjectionConfidence,
};

export const xssJsBreakoutRule: Rule = {
  id: 'inj-xss-js-string-breakout',
  category: 'malicious_input',
  severity: 'high',
  owasp: 'LLM05:2025',
  title: 'XSS: JavaScript string break-out',
  description:
    "A quote that closes a JavaScript string followed by a probe call (';alert(1);//, \"-alert(1)-\", \\'-alert(1)//) or by code that sends the cookie or local storage away (`+fetch(`//x/${document.cookie}`)+`). Reflected into an inline script it runs code without any HTML tag.",
  confidence: 0.85,
  keywords: ['alert', 'prompt', 'confirm', 'cookie', 'localstorage', 'sessionstorage'],
  patterns: [
    /(?:['"`]\s*[;+,)|&-]{1,3}\s*|^\s*;\s*)(?:alert|prompt|confirm)\s*(?:\(|`)[^)`\n]{0,40}[)`]\s*(?:;|\/\/|[+-]|$)/g,
    // The real thing rather than the probe: break out, then send the cookie or storage away ('+fetch('//x/'+document.cookie)+').
    /['"`]\s*[;+,|&-]{1,3}\s*(?:fetch|eval|import|navigator\.sendbeacon|(?:document|window)\.location(?:\.href)?\s*=|location(?:\.href)?\s*=|new\s+image\s*\(\s*\)\.src\s*=|document\.write)\s*\(?[^\n]{0,120}?(?:document\.cookie|localstorage|sessionstorage)/g,
  ],
  validate: (m, view) => 0.85 * explanationFactor(view.text, m.index, m.index + m[0].length),
};
