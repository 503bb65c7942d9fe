/**
 * Canonical JSON: object keys sorted at every depth, no whitespace, `undefined` members dropped —
 * the same value always gives the same text, so it can be hashed.
 */
export function canonicalJson(value: unknown): string {
  const text = JSON.stringify(sortKeys(value));
  // JSON.stringify(undefined) is undefined; a hashed record field must still be text.
  return text === undefined ? 'null' : text;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

/** What JSON storage gives back for `value`: Dates become strings, undefined members vanish. */
export function jsonRoundTrip<T>(value: T): T {
  const text = JSON.stringify(value);
  return (text === undefined ? null : JSON.parse(text)) as T;
}
