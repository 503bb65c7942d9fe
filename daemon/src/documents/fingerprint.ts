import { createHash } from 'node:crypto';

/** Whitespace-insensitive evidence, so re-indenting or re-wrapping a line keeps the fingerprint. */
function normalizeEvidence(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Stable fingerprints: rule id + normalized evidence + the occurrence index of that pair in the
 * file. No line numbers, so adding unrelated lines above a finding keeps its fingerprint.
 */
export function fingerprintAll(items: readonly { ruleId: string; evidence: string }[]): string[] {
  const seen = new Map<string, number>();
  return items.map(({ ruleId, evidence }) => {
    const key = `${ruleId}\u0000${normalizeEvidence(evidence)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  });
}
