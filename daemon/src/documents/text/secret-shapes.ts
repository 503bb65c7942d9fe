/** A credential found in text: where the secret itself is and what it is. */
export interface SecretMatch {
  start: number;
  end: number;
  /** "OpenAI API key", "AWS access key id", … */
  label: string;
  /** Environment variable a redaction should point at. */
  envName: string;
}

interface Shape {
  label: string;
  envName: string;
  re: RegExp;
  /** Capture group holding the secret (default: the whole match). */
  group?: number;
  valid?: (secret: string, match: RegExpExecArray) => boolean;
  /** Literal substrings one of which a match must contain: skips the regex on texts without any. */
  prefix?: readonly string[];
  /** A cheap pattern every match contains: skips the regex on texts without it. */
  gate?: RegExp;
}

/** `DB_PASSWORD = "…"` → `DB_PASSWORD`: the whole assigned name, read backwards from the keyword. */
function assignedName(text: string, at: number, match: string): string {
  let s = at;
  while (s > 0 && /[A-Za-z0-9_-]/.test(text[s - 1]) && at - s < 60) s--;
  const keyword = /^[A-Za-z0-9_-]+/.exec(match)?.[0] ?? '';
  return (text.slice(s, at) + keyword).replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase() || 'SECRET';
}

/** A real key mixes letters and digits; `sk-learn-compatible-interface` is prose. */
function keyLike(s: string): boolean {
  return /\d/.test(s) && /[A-Za-z]/.test(s) && (/[A-Z]/.test(s) || s.length >= 40);
}

/** Documentation keys and obvious stand-ins are not secrets. */
const PLACEHOLDER = /example|sample|dummy|placeholder|your[_-]?|changeme|change[_-]me|redacted|xxxx|\*\*\*|\.\.\.|<[^>]*>|\$\{|\{\{|%\(|fake|test[_-]?key|insert|replace/i;

function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A password-like value: long enough, varied enough, not a word or a stand-in. */
export function looksLikeSecretValue(value: string): boolean {
  if (value.length < 8 || value.length > 200 || /\s/.test(value) || PLACEHOLDER.test(value)) return false;
  if (!/[A-Za-z]/.test(value) || !/[\d\W_]/.test(value)) return false;
  return shannonEntropy(value) >= 3;
}

const SHAPES: readonly Shape[] = [
  { label: 'private key', envName: 'PRIVATE_KEY', prefix: ['PRIVATE KEY-----'], re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]{0,8000}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----/dg },
  { label: 'Anthropic API key', envName: 'ANTHROPIC_API_KEY', prefix: ['sk-ant-'], re: /(?<![A-Za-z0-9_-])sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{32,}/dg },
  { label: 'OpenAI API key', envName: 'OPENAI_API_KEY', prefix: ['sk-'], re: /(?<![A-Za-z0-9_-])sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/dg, valid: (s) => keyLike(s.slice(3)) },
  { label: 'Stripe secret key', envName: 'STRIPE_SECRET_KEY', prefix: ['_live_'], re: /(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{16,}/dg },
  { label: 'AWS access key id', envName: 'AWS_ACCESS_KEY_ID', prefix: ['AKIA', 'ASIA', 'ABIA', 'ACCA'], re: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}(?![A-Za-z0-9])/dg },
  { label: 'GitHub token', envName: 'GITHUB_TOKEN', prefix: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'], re: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})/dg },
  { label: 'Slack token', envName: 'SLACK_TOKEN', prefix: ['xox'], re: /(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}/dg, valid: (s) => /\d/.test(s) },
  { label: 'Google API key', envName: 'GOOGLE_API_KEY', prefix: ['AIza'], re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/dg },
  { label: 'Hugging Face token', envName: 'HF_TOKEN', prefix: ['hf_'], re: /(?<![A-Za-z0-9_])hf_[A-Za-z]{34}(?![A-Za-z0-9])/dg, valid: (s) => /[A-Z]/.test(s) && /[a-z]/.test(s) },
  {
    // `password = "…"`, `api_key: '…'`: the name says secret, the value must look like one. The name's
    // prefix (`db_`, `OPENAI_`) is read backwards afterwards: a leading `(\w+_)*` here is slow on big files.
    label: 'password or secret',
    envName: '',
    // The case-insensitive keyword alternation is tried at every position; most prose has no quoted assignment at all.
    gate: /[:=]\s*["'`]/,
    re: /(?:password|passwd|pwd|secret|api[_-]?key|apikey|access[_-]?token|auth[_-]?token|secret[_-]?key|client[_-]?secret|private[_-]?key|token)["']?\s*[:=]\s*(["'`])([^"'`\n\\]{8,200})\1/dgi,
    group: 2,
    valid: (s) => looksLikeSecretValue(s),
  },
];

/** Every shape's prefixes in one pattern: one pass over prose that has none, instead of a search per prefix. */
const ANY_PREFIX = new RegExp(SHAPES.flatMap((sh) => sh.prefix ?? []).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** Credentials in `text`, non-overlapping, in order. Key shapes win over the generic assignment. */
export function findSecrets(text: string): SecretMatch[] {
  const out: SecretMatch[] = [];
  const taken = (s: number, e: number): boolean => out.some((o) => s < o.end && e > o.start);
  const prefixed = ANY_PREFIX.test(text);
  for (const shape of SHAPES) {
    if (shape.prefix && (!prefixed || !shape.prefix.some((p) => text.includes(p)))) continue;
    if (shape.gate && !shape.gate.test(text)) continue;
    shape.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = shape.re.exec(text)) !== null) {
      const g = shape.group ?? 0;
      const secret = m[g];
      if (secret === undefined) continue;
      const span = m.indices?.[g];
      if (!span) continue;
      const [start, end] = span;
      if (g === 0 && PLACEHOLDER.test(secret) && shape.envName !== 'PRIVATE_KEY') continue;
      if (shape.valid && !shape.valid(secret, m)) continue;
      if (taken(start, end)) continue;
      const envName = shape.envName || assignedName(text, m.index, m[0]);
      out.push({ start, end, label: shape.label, envName });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a whole value (an env value, a header) is a credential by its shape alone. */
export function isSecretShaped(value: string): SecretMatch | undefined {
  return findSecrets(value).find((s) => s.label !== 'password or secret');
}
