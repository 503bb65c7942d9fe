/** One complete line found in a chunk of bytes. Offsets are relative to the chunk start. */
export interface SplitLine {
  start: number;
  /** Just past the line's newline (or the chunk end for a final line without one). */
  end: number;
  text: string;
  /** The line was longer than the limit and was cut. */
  truncated: boolean;
  /** Size of the line in bytes (for a cut line with no newline yet: at least this many). */
  bytes: number;
}

export interface SplitResult {
  lines: SplitLine[];
  /** Bytes from the chunk start that are done with: the next read starts here. */
  consumed: number;
}

export interface SplitOptions {
  /** The byte before the chunk is a newline (or the chunk starts the file). */
  atLineStart: boolean;
  maxLineBytes: number;
  /** No more bytes will ever follow (a rotated file drained to its end): a last line without newline counts. */
  final: boolean;
}

const LF = 0x0a;
const CR = 0x0d;

/** Backs up from `at` to the start of a UTF-8 sequence so a cut never splits a character. */
function charBoundary(buf: Buffer, from: number, at: number): number {
  let i = at;
  while (i > from && (buf[i] & 0xc0) === 0x80) i--;
  return i === from ? at : i;
}

function decode(buf: Buffer, start: number, end: number): string {
  let e = end;
  if (e > start && buf[e - 1] === CR) e--;
  return buf.toString('utf8', start, e);
}

/**
 * Splits a chunk into complete lines. A partial last line is left unconsumed so the next read
 * starts at its first byte: nothing is buffered between reads, which is what makes the persisted
 * offset the whole state. A line longer than `maxLineBytes` is cut and the rest of it skipped; the
 * reader that resumes in the middle of such a line (`atLineStart` false) skips to the next newline,
 * so a restart after a cut neither re-delivers the cut part nor delivers the tail as a line.
 */
export function splitLines(buf: Buffer, opts: SplitOptions): SplitResult {
  const lines: SplitLine[] = [];
  let pos = 0;
  if (!opts.atLineStart) {
    const nl = buf.indexOf(LF, 0);
    if (nl < 0) return { lines, consumed: buf.length };
    pos = nl + 1;
  }
  const max = opts.maxLineBytes;
  while (pos < buf.length) {
    const nl = buf.indexOf(LF, pos);
    if (nl >= 0) {
      const len = nl - pos;
      if (len > max) lines.push({ start: pos, end: nl + 1, text: decode(buf, pos, charBoundary(buf, pos, pos + max)), truncated: true, bytes: len });
      else lines.push({ start: pos, end: nl + 1, text: decode(buf, pos, nl), truncated: false, bytes: len });
      pos = nl + 1;
      continue;
    }
    const rest = buf.length - pos;
    if (rest > max) {
      // Cut now and skip what is left of the line; the bytes after the cut are never a line start.
      lines.push({ start: pos, end: buf.length, text: decode(buf, pos, charBoundary(buf, pos, pos + max)), truncated: true, bytes: rest });
      pos = buf.length;
    } else if (opts.final) {
      lines.push({ start: pos, end: buf.length, text: decode(buf, pos, buf.length), truncated: false, bytes: rest });
      pos = buf.length;
    }
    break;
  }
  return { lines: lines.filter((l) => l.text.trim() !== ''), consumed: pos };
}
