import type { Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { explanationFactor, isWholeMessage } from './malicious-input-context';

/**
 * SQL injection payloads: a quote break-out followed by a tautology, UNION-based column
 * probing, stacked destructive statements, time-based and error-based blind probes, and
 * comment tricks. Parameterized queries and ordinary SQL (WHERE a = 1 AND b = 2,
 * SELECT … UNION SELECT name FROM …, a trailing -- comment) do not match.
 */

/** Whitespace as SQLi payloads write it: inline comments, URL encodings, `+`. */
const S = String.raw`(?:\s|/\*[^*]{0,30}\*/|%20|%0[9abd]|%a0|\+)`;

function literalValue(s: string): string {
  return s.replace(/^n?['"`]|['"`]$/g, '');
}

/** Both sides of the comparison are literals, or the same identifier: the condition is a constant. */
function isConstantComparison(left: string, op: string, right: string): boolean {
  const l = literalValue(left);
  const r = literalValue(right);
  if (/^\d+$/.test(l) && /^\d+$/.test(r)) return true;
  if (op === '=' || op === '==' || op === 'like') return l === r;
  return false;
}

function tautologyConfidence(m: RegExpExecArray, view: TextView): number {
  const g = m.groups ?? {};
  if (g.left !== undefined && g.right !== undefined && !isConstantComparison(g.left, g.op ?? '', g.right)) return 0;
  let conf = g.quote !== undefined ? 0.85 : 0.7;
  if (isWholeMessage(view.text, m.index, m.index + m[0].length)) conf = Math.max(conf, 0.8);
  return conf * explanationFactor(view.text, m.index, m.index + m[0].length);
}

export const sqliTautologyRule: Rule = {
  id: 'inj-sqli-tautology',
  category: 'malicious_input',
  severity: 'high',
  owasp: 'LLM05:2025',
  title: 'SQL injection: quote break-out with an always-true condition',
  description:
    "A closing quote or parenthesis followed by OR/AND and a constant comparison (' or 1=1--, ' or 'a'='a, \" or \"\"=\", admin' or 1=1#). Concatenated into a query it bypasses the WHERE clause, e.g. a login check.",
  confidence: 0.85,
  keywords: ['or', 'and', '||', '&&'],
  patterns: [
    new RegExp(
      String.raw`(?:(?<quote>['"\`]${S}{0,3}\){0,3}${S}{0,3})(?:or|and|xor|\|\||&&)|(?<num>\b\d{1,10}${S}{1,3}|^${S}{0,3})(?:or|and))${S}{0,4}\(?${S}{0,2}(?:(?<left>n?['"\`]?[\w@]{1,20}['"\`]?)${S}{0,3}(?<op>==?|<>|!=|<|>|like)${S}{0,3}(?<right>n?['"\`]?[\w@]{1,20}['"\`]?)|(?<eq>['"])\k<eq>${S}{0,2}=${S}{0,2}\k<eq>|[\w]{1,20}${S}{1,3}like${S}{1,3}['"]%|(?:true|not${S}+false)${S}{0,2}(?:--|#|/\*|;|\)|$))`,
      'g',
    ),
  ],
  validate: tautologyConfidence,
};

export const sqliConstantProbeRule: Rule = {
  id: 'inj-sqli-constant-probe',
  category: 'malicious_input',
  severity: 'medium',
  owasp: 'LLM05:2025',
  title: 'SQL injection: constant-condition and column-count probes',
  description:
    'Clauses injections use to fingerprint a query: HAVING 1=1, IF(1=1), CASE WHEN (1=1), ORDER BY n followed by a comment (column counting). No hand-written query contains them.',
  confidence: 0.75,
  keywords: ['having', 'if', 'case', 'order'],
  patterns: [
    new RegExp(String.raw`(?<![a-z])having${S}{1,3}(\d{1,6})${S}{0,2}=${S}{0,2}\d{1,6}\b`, 'g'),
    new RegExp(String.raw`(?<![a-z])(?:if|when)${S}{0,2}\(${S}{0,2}(\d{1,6})${S}{0,2}=${S}{0,2}\1${S}{0,2}\)`, 'g'),
    new RegExp(String.raw`(?<![a-z])order${S}{1,3}by${S}{1,3}\d{1,5}${S}{0,2}(?:--|#|/\*|%23)`, 'g'),
  ],
  validate: (m, view) => 0.75 * explanationFactor(view.text, m.index, m.index + m[0].length),
};

export const sqliUnionRule: Rule = {
  id: 'inj-sqli-union',
  category: 'malicious_input',
  severity: 'high',
  owasp: 'LLM05:2025',
  title: 'SQL injection: UNION SELECT column probing',
  description:
    'UNION [ALL] SELECT followed by NULL/number placeholders, @@version, user(), concat() or information_schema, also with /**/ or URL-encoded spacing. This is how an injection reads other tables through a vulnerable query.',
  confidence: 0.85,
  keywords: ['union'],
  patterns: [
    new RegExp(
      String.raw`(?<![a-z])union${S}{1,4}(?:all${S}{1,4}|distinct${S}{1,4})?select${S}{1,4}(?:null\b|\d{1,4}${S}{0,2}(?:,|--|#|/\*|$|\bfrom\b)|@@|char\s*\(|concat|group_concat|0x[0-9a-f]|user\s*\(|version\s*\(|database\s*\(|current_user|table_name|column_name|schema_name|load_file|\(${S}{0,2}select|['"][^'"\n]{0,20}['"]${S}{0,2}(?:\|\||,))`,
      'g',
    ),
    /\b(?:information_schema|sysobjects|syscolumns|pg_catalog|sqlite_master|mysql\.user|all_tables)\b(?<=(?<![a-z])union(?:\s|\/\*[^*]{0,30}\*\/|%20|\+){1,4}(?:all(?:\s|%20|\+){1,4})?select\b[^;\n]{0,220})/g,
    // A quote closed right before UNION, named columns, and the rest of the query commented out:
    // ' UNION SELECT username, password FROM users--. (A string literal before UNION in hand-written SQL
    // is not followed by a comment that swallows the query's own closing quote.)
    // … or closed by a tautology that leaves its last quote open for the application's own: WHERE '1'='1.
    new RegExp(
      String.raw`['"\`]${S}{0,3}\){0,3}${S}{0,3}union${S}{1,4}(?:all${S}{1,4})?select${S}{1,4}[\w.*]{1,40}(?:${S}{0,2},${S}{0,2}[\w.*()]{1,40}){0,12}${S}{1,4}from${S}{1,4}[\w.]{1,60}${S}{0,3}(?:--|#|/\*|${S}{1,4}(?:where|and|or)${S}{1,4}(['"])\w{1,20}\1${S}{0,2}=${S}{0,2}\1\w{1,20}(?![\w'"]))`,
      'g',
    ),
  ],
  validate: (m, view) => {
    const before = view.text.slice(Math.max(0, m.index - 12), m.index);
    const conf = /['"`)]\s*$|-\d+\s*$|%27\s*$/.test(before) || isWholeMessage(view.text, m.index, view.text.length) ? 0.9 : 0.8;
    return conf * explanationFactor(view.text, m.index, m.index + m[0].length);
  },
};

const QUOTE_END = String.raw`(?:['"\`]${S}{0,3}\){0,3}|\b\d{1,10}${S}{0,2}\){0,3})`;

export const sqliStackedRule: Rule = {
  id: 'inj-sqli-stacked-query',
  category: 'malicious_input',
  severity: 'critical',
  owasp: 'LLM05:2025',
  title: 'SQL injection: stacked destructive statement',
  description:
    "A quote or value closed and a second statement appended: '; DROP TABLE users--, 1; SHUTDOWN, '; EXEC xp_cmdshell …. Stacked queries let an injection modify data or run operating-system commands.",
  confidence: 0.85,
  // The second pattern ('exec sp_addlogin) needs no semicolon.
  keywords: [';', 'exec'],
  patterns: [
    new RegExp(String.raw`${QUOTE_END}${S}{0,3};${S}{0,3}(?:drop${S}{1,3}(?:table|database|schema)|truncate${S}{1,3}table|shutdown\b|exec(?:ute)?${S}{1,3}(?:master\.\.)?(?:xp_|sp_)|declare${S}{1,3}@|begin${S}{1,3}declare|waitfor\b)`, 'g'),
    new RegExp(String.raw`['"\`]${S}{0,3}exec(?:ute)?${S}{1,3}(?:master\.\.)?(?:xp_\w+|sp_(?:addsrvrolemember|addlogin|configure|oacreate|executesql|password|msforeachtable))`, 'g'),
    new RegExp(String.raw`['"\`]${S}{0,3}\){0,3}${S}{0,3};${S}{0,3}(?:insert${S}{1,3}into|update${S}{1,3}\w{1,30}${S}{1,3}set|delete${S}{1,3}from|select|create${S}{1,3}(?:table|user)|alter${S}{1,3}(?:table|user)|grant)\b[^;\n]{0,160}?(?:--|#|/\*)`, 'g'),
    // The same statement closed by its own semicolon before the comment, all on the input's one line
    // ("x'; UPDATE orders SET status='refunded' WHERE id=7;--"); a script's statements take lines of their own.
    new RegExp(String.raw`['"\`][ \t]{0,3}\){0,3}[ \t]{0,3};[ \t]{0,3}(?:insert[ \t]{1,3}into|update[ \t]{1,3}\w{1,30}[ \t]{1,3}set|delete[ \t]{1,3}from)\b[^;\n]{0,160}?;[ \t]{0,3}(?:--|#|/\*)`, 'g'),
    // The same statement left open for the application's own closing quote: '; DELETE FROM users WHERE '1'='1
    new RegExp(String.raw`['"\`]${S}{0,3}\){0,3}${S}{0,3};${S}{0,3}(?:update${S}{1,3}\w{1,30}${S}{1,3}set|delete${S}{1,3}from)\b[^;\n]{0,160}?\bwhere${S}{1,3}(['"])?\w{1,20}\1?${S}{0,2}=${S}{0,2}(['"])\w{1,20}$`, 'g'),
  ],
  validate: (m, view) => 0.85 * explanationFactor(view.text, m.index, m.index + m[0].length),
};

export const sqliBlindRule: Rule = {
  id: 'inj-sqli-blind-probe',
  category: 'malicious_input',
  severity: 'high',
  owasp: 'LLM05:2025',
  title: 'SQL injection: time-based, error-based or out-of-band probe',
  description:
    "Functions injections use to confirm a blind injection or pull data out through errors and DNS: SLEEP()/pg_sleep() after a quote, BENCHMARK(), WAITFOR DELAY, DBMS_PIPE/DBMS_LOCK, RANDOMBLOB, UTL_INADDR/UTL_HTTP, EXTRACTVALUE/UPDATEXML with concat, xp_cmdshell/xp_dirtree, INTO OUTFILE, boolean sub-selects after a quote.",
  confidence: 0.85,
  keywords: ['sleep', 'benchmark', 'waitfor', 'dbms_', 'randomblob', 'utl_', 'extractvalue', 'updatexml', 'xp_', 'outfile', 'dumpfile', 'load_file', 'select', 'ascii', 'substr', 'length', 'mid', 'ord', 'exists', 'convert', 'case', 'copy'],
  patterns: [
    // Anchored on sleep(); the SQL context before it (quote, OR/AND, SELECT, IF(…,) is checked in validate.
    new RegExp(String.raw`(?<![\w.])(?:pg_)?sleep${S}{0,2}\(${S}{0,2}(?:\d{1,4}(?:\.\d+)?|__time__)${S}{0,2}\)`, 'g'),
    new RegExp(String.raw`(?<![a-z])benchmark${S}{0,2}\(${S}{0,2}\d{4,}${S}{0,2},|(?<![a-z])waitfor${S}{1,3}delay${S}{1,3}['"]\d|\bdbms_(?:pipe\.receive_message|lock\.sleep)\b|\brandomblob${S}{0,2}\(${S}{0,2}\d{6,}|\butl_(?:inaddr\.get_host_(?:address|name)|http\.request)\b|\b(?:extractvalue|updatexml)${S}{0,2}\(${S}{0,2}(?:\d+|null|rand\(\))${S}{0,2},${S}{0,2}(?:concat|\(${S}{0,2}select|0x)|(?<![a-z])convert${S}{0,2}\(${S}{0,2}int${S}{0,2},${S}{0,2}\(?${S}{0,2}(?:select|union|@@|char\(|db_name|user)|(?<![a-z])case${S}{1,3}when${S}{0,2}\(?${S}{0,2}(\d{1,6})${S}{0,2}=${S}{0,2}\1\b|\bcopy${S}{1,3}\w{1,30}${S}{1,3}(?:to|from)${S}{1,3}['"]?\/(?:tmp|etc|var|root|home)\/`, 'g'),
    new RegExp(String.raw`(?:\bexec(?:ute)?${S}{1,3}(?:master\.\.)?|;${S}{0,3})xp_(?:cmdshell|dirtree|fileexist)\b|\binto${S}{1,3}(?:out|dump)file${S}{1,3}['"]|\bload_file${S}{0,2}\(${S}{0,2}(?:['"]|0x|char\()`, 'g'),
    // Boolean sub-select after a quote: anchored on AND/OR, the quote before it is checked in validate.
    new RegExp(String.raw`(?<![a-z])(?:and|or|&&|\|\|)${S}{1,3}\(?${S}{0,2}(?:\(${S}{0,2}select\b|ascii${S}{0,2}\(|substr(?:ing)?${S}{0,2}\(|mid${S}{0,2}\(|length${S}{0,2}\(|ord${S}{0,2}\(|exists${S}{0,2}\(${S}{0,2}select|\d+${S}{0,2}=${S}{0,2}\(${S}{0,2}select)`, 'g'),
  ],
  validate: (m, view) => {
    const before = view.text.slice(Math.max(0, m.index - 40), m.index);
    if (/^(?:pg_)?sleep/.test(m[0]) && !SLEEP_CONTEXT.test(before)) return 0;
    if (/^(?:and|or|&&|\|\|)/.test(m[0]) && !QUOTE_CONTEXT.test(before) && before.trim() !== '') return 0;
    return 0.85 * explanationFactor(view.text, m.index, m.index + m[0].length);
  },
};

/** What precedes an injected sleep(): a closed quote/paren, a boolean operator, SELECT, IF(…, or a comma. */
const SLEEP_CONTEXT = /(?:['"`]\s*\){0,3}\s*(?:(?:or|and|xor|\|\||;|\+|,)\s*)?|(?<![a-z])(?:or|and|select|then|else)\s+|\|\|\s*|(?<![a-z])(?:if|when)\s*\(\s*|,\s*)\(?\s*$/;
/** A closed quote (and parentheses) right before the boolean operator. */
const QUOTE_CONTEXT = /(?:['"`]|%27|%22)\s*\){0,3}\s*$/;

export const sqliCommentRule: Rule = {
  id: 'inj-sqli-comment-bypass',
  category: 'malicious_input',
  severity: 'high',
  owasp: 'LLM05:2025',
  title: "SQL injection: comment truncation (admin'--) or comment-as-whitespace",
  description:
    "A value closed by a quote and the rest of the query commented out (admin'--, ' #, ')/*), or inline comments used as whitespace between SQL keywords (UNION/**/SELECT, OR/**/1=1) to dodge filters.",
  confidence: 0.8,
  keywords: ['--', '#', '/*', '%23', '%2d%2d'],
  patterns: [
    /^\s*[\w@.-]{0,40}(?:['"`]|%27|%22)\s*\){0,3}\s*(?:--|#|\/\*|%23|%2d%2d|;\s*--|;%00)/g,
    /\b(?:union|select|from|where|and|or|order|group|having|insert|into|values)\s*\/\*[^*\n]{0,20}\*\/\s*(?:select|union|from|where|and|or|by|null|\d|\(|['"]|@@|0x)/g,
    /(?:['"`]|%27)\s*\){0,3}\s*(?:or|and)\s+[^\n;]{1,40}?;?\s*(?:--[\s+-]*|#\s*)$/g,
  ],
  validate: (m, view) => 0.8 * explanationFactor(view.text, m.index, m.index + m[0].length),
};
