import type { Rule } from './rule';
import type { TextView } from '../normalize/text-view';
import { explanationFactor, isElidedUrl, isWholeMessage, paragraphBefore } from './malicious-input-context';

/**
 * Server-side request forgery through an agent's fetch/browse tools: cloud metadata
 * endpoints, loopback and internal hosts written in obfuscated IP encodings, and URL
 * schemes (gopher, dict) that talk raw protocols to internal services.
 */

const URL_PREFIX = /(?:https?|ftp|gopher|dict|ws)s?:(?:\/\/[^\s/]{0,60})?$|\/\/$|\[$|@$/;

function metadataConfidence(m: RegExpExecArray, view: TextView): number {
  const text = view.text;
  const s = m[0];
  const prefix = text.slice(Math.max(0, m.index - 80), m.index);
  let conf = 0.5;
  if (/meta-?data|user-data|computemetadata|security-credentials|api\/token|identity\/oauth2/.test(s)) conf = 0.85;
  if (URL_PREFIX.test(prefix) || /^[^\s]{0,3}[/:]/.test(text.slice(m.index + s.length, m.index + s.length + 3))) conf = Math.max(conf, 0.9);
  if (isWholeMessage(text, m.index, m.index + s.length)) conf = Math.max(conf, 0.8);
  // The instance's own boot agent reading its metadata, as its log shows ("cloud-init: fetching instance metadata from …").
  if (/cloud-init[^\n]{0,60}$/.test(prefix)) conf = Math.min(conf, 0.4);
  return conf * explanationFactor(text, m.index, m.index + m[0].length);
}

export const cloudMetadataRule: Rule = {
  id: 'sys-ssrf-cloud-metadata',
  category: 'system_manipulation',
  severity: 'critical',
  owasp: 'LLM06:2025',
  title: 'Cloud metadata endpoint (SSRF)',
  description:
    'A URL or address of the cloud instance-metadata service (169.254.169.254 and its decimal/hex/octal/IPv6 forms, metadata.google.internal, fd00:ec2::254, Alibaba 100.100.100.200, ECS 169.254.170.2). Fetched by an agent, it leaks the machine\'s cloud credentials.',
  confidence: 0.9,
  keywords: ['169.254', 'metadata', 'fd00:ec2', '100.100.100.200', 'a9fea9fe', '2852039166', '251.', '0xa9', 'instance-data', 'meta-data', '192.0.0.192'],
  patterns: [
    /\b169\.254\.(?:169\.254|170\.2)\b(?:\/[^\s'"<>]{0,120})?/g,
    /\bmetadata\.google\.internal\b(?:\/[^\s'"<>]{0,120})?/g,
    /\bfd00:ec2::254\b/g,
    /\b100\.100\.100\.200\b(?:\/[^\s'"<>]{0,120})?/g,
    /a9fea9fe\b|\b2852039166\b|\b0{1,4}251\.0{0,4}376\.0{0,4}251\.0{0,4}376\b|\b0xa9\.0xfe\.0xa9\.0xfe\b|\[::ffff:a9fe:a9fe\]/g,
    /\/\/instance-data\b|\binstance-data(?:\.ec2\.internal)?\/latest\b|\b192\.0\.0\.192\/latest\b/g,
    /\/\/metadata(?:\.[\w.-]{1,40})?\/(?:computemetadata|latest|metadata|openstack|v1)\b[^\s'"<>]{0,120}/g,
    /\/latest\/(?:meta-data\/iam|user-data|api\/token)\b/g,
  ],
  validate: metadataConfidence,
};

/** Hosts that mean "this machine" or an internal network, written so naive filters miss them. */
const OBFUSCATED_HOST = String.raw`(?:\d{8,10}|0x[0-9a-f]{8}|0x[0-9a-f]{1,2}(?:\.(?:0x)?[0-9a-f]{1,3}){1,3}|0?o0?\d{1,4}(?:\.\d{1,4}){1,3}|0\d{1,4}(?:\.\d{1,4}){1,3}|127\.\d{1,3}(?:\.\d{1,3})?|ip6-localhost|ip6-loopback|\[0{1,4}(?::0{1,4}){0,6}::?0{0,3}1?\]|0|0\.0\.0\.0|\[(?:0:){0,5}(?:0|ffff)?:{1,2}(?:ffff:)?(?:0|1|127\.0\.0\.1|7f00:1)?\]|\[0:0:0:0:0:ffff:[\d.:a-f]{3,20}\]|localtest\.me|[\w.-]{0,60}\.(?:nip|xip|sslip)\.io|[\w.-]{0,60}(?:burpcollaborator\.net|oastify\.com|interact\.sh|oast\.(?:fun|me|pro|site|live))|localhost%00|127\.0\.0\.1%[0-9a-f]{2})`;
const PLAIN_INTERNAL = String.raw`(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1?\]|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|kubernetes\.default(?:\.svc)?|[\w-]{1,40}\.(?:internal|intranet|corp|svc\.cluster\.local))`;
/** Well-known unauthenticated internal services and admin consoles. */
const INTERNAL_SERVICE = /^(?::(?:2375|2376|2379|4001|6379|8500|9200|10250|10255|11211|27017|5984|8086|9000)\b|(?::\d{1,5})?\/(?:server-status|actuator|admin|console|jmx-console|manager\/html|debug\/pprof|api\/v1\/namespaces|v1\.\d{1,2}\/containers|_cat|_cluster|solr\/admin|env\b|\.env))/;

function internalUrlConfidence(m: RegExpExecArray, view: TextView): number {
  const text = view.text;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
  let conf: number;
  if (m.groups?.scheme !== undefined) conf = isElidedUrl(text, m.index) ? 0.4 : 0.85;
  else if (m.groups?.obf !== undefined) conf = 0.85;
  else if (m.groups?.trick !== undefined) conf = 0.85;
  else if (INTERNAL_SERVICE.test(after)) conf = 0.8;
  else if (isWholeMessage(text, m.index, m.index + m[0].length + after.search(/\s|$/))) conf = 0.65;
  else if (/\b(?:fetch|curl|wget|request|retrieve|browse\s+to|navigate\s+to|access|scan|call)\b[^.\n]{0,40}$/.test(paragraphBefore(text, m.index, 60))) conf = 0.55;
  else conf = 0.4;
  return conf * explanationFactor(text, m.index, m.index + m[0].length);
}

export const internalUrlRule: Rule = {
  id: 'sys-ssrf-internal-url',
  category: 'system_manipulation',
  severity: 'high',
  owasp: 'LLM06:2025',
  title: 'Internal or obfuscated URL for a fetch tool (SSRF)',
  description:
    'URLs that reach the loopback or internal network through encodings filters miss (decimal, hex, octal IPs, 127.1, [::], nip.io, user@host confusion), raw-protocol schemes such as gopher:// and dict://, or unauthenticated internal services (Docker, kubelet, Redis, Consul, admin consoles).',
  confidence: 0.85,
  keywords: ['://'],
  patterns: [
    new RegExp(String.raw`\b(?:https?|ftp|wss?)://(?:[^\s/@]{0,60}@)?(?<obf>${OBFUSCATED_HOST})(?=[:/\s?#'"\]]|$)`, 'g'),
    /\b(?<scheme>gopher|dict|tftp|ldap|jar:http|netdoc):\/\/[^\s'"]{1,200}/g,
    /\bhttps?:\/\/[^\s/]{1,60}(?<trick>\\@|@@|%40|#@)[^\s/]{1,60}/g,
    new RegExp(String.raw`\b(?:https?|ftp|wss?)://(?:[^\s/@]{0,60}@)?${PLAIN_INTERNAL}(?=[:/\s?#'"\]]|$)`, 'g'),
  ],
  validate: internalUrlConfidence,
};

export const metadataRequestRule: Rule = {
  id: 'sys-ssrf-metadata-request',
  category: 'system_manipulation',
  severity: 'high',
  owasp: 'LLM06:2025',
  title: 'Request to query the cloud metadata service',
  description:
    'An instruction to fetch, query or read the instance metadata service or the credentials it serves. The natural-language form of the metadata SSRF.',
  confidence: 0.75,
  keywords: ['metadata'],
  patterns: [
    /\b(?:fetch|query|access|call|read|get|curl|request|retrieve|hit|dump|print|show)\s+(?:me\s+)?(?:the\s+)?(?:cloud\s+|instance\s+|aws\s+|gcp\s+|azure\s+|ec2\s+|vm\s+)?metadata\s+(?:service|endpoint|server|api|url)\b/g,
  ],
  validate: (m, view) => 0.75 * explanationFactor(view.text, m.index, m.index + m[0].length),
};
