/**
 * A small UTF-8 decoder that reports where each character's bytes were, as flat
 * [codePoint, byteStart, byteEnd, …] in `out` (no callback: callers run it per escape run), so decoded escapes
 * (%E2%80%8B, \xe2\x80\x8b) can map each character back to its own escape sequence.
 * Invalid or truncated sequences decode to U+FFFD, one per bad byte, never throw.
 */
export function utf8Chars(bytes: ArrayLike<number>, length: number, out: number[]): void {
  out.length = 0;
  let i = 0;
  while (i < length) {
    const b = bytes[i];
    if (b < 0x80) {
      out.push(b, i, i + 1);
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      min = 0x10000;
    } else {
      out.push(0xfffd, i, i + 1);
      i++;
      continue;
    }
    let j = i + 1;
    for (; j <= i + need; j++) {
      if (j >= length || (bytes[j] & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (bytes[j] & 0x3f);
    }
    if (j !== i + need + 1 || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      out.push(0xfffd, i, i + 1);
      i++;
      continue;
    }
    out.push(cp, i, j);
    i = j;
  }
}

const decoder = new TextDecoder('utf-8');

/** Decodes UTF-8 bytes to a string (invalid bytes → U+FFFD). */
export function decodeUtf8(bytes: Uint8Array, length: number = bytes.length): string {
  return decoder.decode(length === bytes.length ? bytes : bytes.subarray(0, length));
}

/**
 * Cheap pre-check before decoding: the share of bytes that can be part of text (printable
 * ASCII, tab/newline, UTF-8 lead and continuation bytes). Random bytes score about 0.7.
 */
export function textByteShare(bytes: Uint8Array, length: number = bytes.length): number {
  let ok = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i];
    if ((b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x0d || b === 0x09 || b >= 0x80) ok++;
  }
  return length === 0 ? 0 : ok / length;
}
