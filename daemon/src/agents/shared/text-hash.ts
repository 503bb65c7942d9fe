/** FNV-1a 32-bit over UTF-16 code units: a cheap fingerprint for de-duplication, not security. */
export function textHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
