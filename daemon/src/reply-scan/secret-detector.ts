import type { DetectorResult, LeakSpan } from './spans';

interface SecretShape {
  ruleId: string;
  re: RegExp;
  /** Capture group holding the secret itself (the label before it stays readable). */
  group?: number;
  valid?: (secret: string) => boolean;
}

/** A real key mixes letters and digits; `sk-learn-compatible-interface` is prose, not a key. */
function keyLike(s: string): boolean {
  return /\d/.test(s) && /[A-Za-z]/.test(s) && (/[A-Z]/.test(s) || s.length >= 40);
}

/**
 * Credential shapes in model output (the engine has no secret rules). Each regex is global with
 * indices; the secret runs to the end of its token so a key streamed in pieces grows as it comes.
 */
const SHAPES: readonly SecretShape[] = [
  { ruleId: 'out-secret-private-key', re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|$)/gd },
  { ruleId: 'out-secret-openai-key', re: /(?<![A-Za-z0-9_-])sk-(?:proj-|svcacct-|admin-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{20,}/gd, valid: (s) => keyLike(s.slice(3)) },
  { ruleId: 'out-secret-stripe-key', re: /(?<![A-Za-z0-9_])(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}/gd },
  { ruleId: 'out-secret-aws-key', re: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}(?![A-Za-z0-9])/gd },
  { ruleId: 'out-secret-github-token', re: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/gd },
  { ruleId: 'out-secret-slack-token', re: /(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}/gd },
  { ruleId: 'out-secret-google-key', re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}/gd },
  { ruleId: 'out-secret-jwt', re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/gd },
  { ruleId: 'out-secret-bearer-token', re: /\bBearer\s+([A-Za-z0-9._~+/-]{20,}=*)/gd, group: 1, valid: keyLike },
  {
    ruleId: 'out-secret-assignment',
    // (Also as the end of an environment variable's name: DB_PASSWORD=…, AWS_SECRET_ACCESS_KEY=….)
    re: /(?<![A-Za-z0-9])(?:[A-Za-z0-9]+[_-]){0,3}(?:api[_-]?key|secret(?:[_-]access)?[_-]?key|client[_-]?secret|access[_-]?token|auth[_-]?token|refresh[_-]?token|password|passwd)\b["']?\s*[:=]\s*["']?([A-Za-z0-9_\-./+=~&!#$*]{12,})/gid,
    group: 1,
    valid: (s) => /\d/.test(s) && /[A-Za-z]/.test(s),
  },
];

/** Starts of keys: a last token containing one may still become a key, so it is held until decided. */
const PREFIX = /sk-|sk_|rk_|pk_|eyJ|AKIA|ASIA|gh[pousr]_|github_pat_|xox[abposr]-|AIza|-----BEGIN/;
const MAX_PENDING = 4_096;

/** Start of the whitespace-free run at the end of `text` (a backward walk: no regex backtracking). */
function lastTokenStart(text: string): number {
  let i = text.length;
  const stop = Math.max(0, text.length - MAX_PENDING);
  while (i > stop && !/\s/.test(text[i - 1])) i--;
  return i;
}

/** Where a key may be starting at the end of the text (undefined: nothing to wait for). */
function pendingKey(text: string): number | undefined {
  const start = lastTokenStart(text);
  if (start === text.length) return undefined;
  const m = PREFIX.exec(text.slice(start));
  if (m) return start + m.index;
  // `Bearer <token…`: the token follows the word.
  return /\bBearer\s+$/.test(text.slice(Math.max(0, start - 16), start)) ? start : undefined;
}

export function detectSecrets(text: string, final: boolean): DetectorResult {
  const spans: LeakSpan[] = [];
  for (const shape of SHAPES) {
    const re = shape.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const idx = m.indices?.[shape.group ?? 0];
      const value = m[shape.group ?? 0];
      if (!idx || value === undefined) continue;
      if (shape.valid && !shape.valid(value)) continue;
      spans.push({ start: idx[0], end: idx[1], ruleId: shape.ruleId, category: 'data_exfiltration', severity: 'critical' });
    }
  }
  const pendingFrom = final ? undefined : pendingKey(text);
  return pendingFrom === undefined ? { spans } : { spans, pendingFrom };
}
