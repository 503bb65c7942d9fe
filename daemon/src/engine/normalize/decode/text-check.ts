/**
 * Whether decoded bytes read as text rather than binary noise. Random bytes are printable
 * ASCII only ~37 % of the time, so requiring ≥ 85 % printable (and real letters) keeps hashes,
 * random IDs and compressed data from becoming views.
 */
export function looksLikeText(s: string, minLength = 8): boolean {
  const n = s.length;
  if (n < minLength) return false;
  let printable = 0;
  let letters = 0;
  let spaces = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      spaces++;
      printable++;
    } else if (c === 0x09 || c === 0x0a || c === 0x0d) {
      spaces++;
      printable++;
    } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) {
      continue;
    } else {
      printable++;
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c >= 0xc0) letters++;
    }
  }
  if (printable < n * 0.85) return false;
  const visible = n - spaces;
  // Short decodes are where chance hits happen (8 random bytes are all printable 1 time in 3000):
  // they must be fully printable and read like words. Longer ones only need some letters (paths, payloads).
  if (n < 16) return printable === n && (spaces > 0 ? letters >= visible * 0.5 : letters >= visible * 0.7);
  return letters >= visible * 0.3;
}
