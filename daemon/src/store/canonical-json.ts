/**
 * Canonical JSON: object keys sorted at every depth, no whitespace, `undefined` members dropped —
 * the same value always gives the same text, so it can be hashed.
 *
 * Output is exactly `JSON.stringify` of the value with its keys sorted. Plain data (what storage
 * gives back: objects, arrays, strings, numbers, booleans, null) is serialized in one pass without
 * building sorted copies; anything else (a Date, an object with toJSON, a function) takes the
 * reference path below, so its text is what it always was. Audit hashes depend on this staying
 * byte-identical (test/unit/store/audit-chain.test.ts compares both paths).
 */
export function canonicalJson(value: unknown): string {
  const text = plainJson(value);
  if (text !== undefined) return text;
  return referenceCanonicalJson(value);
}

/** The definition: JSON.stringify of a copy with sorted keys. */
export function referenceCanonicalJson(value: unknown): string {
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

/**
 * One-pass canonical text of plain JSON data, or undefined when the value holds anything else
 * (the caller then takes the reference path). `undefined` members of objects are dropped and
 * `undefined` array items become null, as JSON.stringify does.
 */
function plainJson(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          const v: unknown = value[i];
          const t = v === undefined ? 'null' : plainJson(v);
          if (t === undefined) return undefined;
          out += i === 0 ? t : `,${t}`;
        }
        return `${out}]`;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return undefined;
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return undefined;
      const rec = value as Record<string, unknown>;
      const keys = keyOrder(Object.keys(rec).sort());
      let out = '{';
      let first = true;
      for (const k of keys) {
        const v = rec[k];
        // The reference assigns `out[k] = …`, which for "__proto__" sets a prototype instead of a key.
        if (v === undefined || k === '__proto__') continue;
        const t = plainJson(v);
        if (t === undefined) return undefined;
        out += `${first ? '' : ','}${JSON.stringify(k)}:${t}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      // undefined at the top, functions, symbols, bigints: the reference path decides.
      return undefined;
  }
}

/** An integer-like key ("0", "10"): JS objects list these first, in numeric order, whatever the insertion order. */
function isArrayIndex(k: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(k) && Number(k) < 4_294_967_295;
}

/**
 * The order JSON.stringify lists the keys of an object built by inserting `sorted` in order:
 * array-index keys first (ascending numerically), then the others as inserted.
 */
function keyOrder(sorted: string[]): string[] {
  let indexKeys: string[] | undefined;
  for (const k of sorted) if (isArrayIndex(k)) (indexKeys ??= []).push(k);
  if (!indexKeys) return sorted;
  indexKeys.sort((a, b) => Number(a) - Number(b));
  return [...indexKeys, ...sorted.filter((k) => !isArrayIndex(k))];
}

/** What JSON storage gives back for `value`: Dates become strings, undefined members vanish. */
export function jsonRoundTrip<T>(value: T): T {
  const text = JSON.stringify(value);
  return (text === undefined ? null : JSON.parse(text)) as T;
}
