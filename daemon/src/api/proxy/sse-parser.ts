/**
 * Incremental Server-Sent Events parser: bytes arrive in arbitrary pieces (an event may span
 * several reads, a read may hold several events). Yields each event's `data` (multi-line data
 * joined by newlines); comments, `event:`, `id:` and `retry:` fields are dropped — OpenAI chat
 * completion streams carry everything in `data`.
 */
export class SseParser {
  private carry = '';
  private data: string[] = [];
  private readonly maxEventChars: number;

  constructor(maxEventChars = 4 * 1024 * 1024) {
    this.maxEventChars = maxEventChars;
  }

  /** Feeds decoded text; returns the data of every event completed by it. */
  push(text: string): string[] {
    const out: string[] = [];
    const buf = this.carry + text;
    let at = 0;
    for (;;) {
      const nl = nextNewline(buf, at);
      if (nl < 0) break;
      // A lone \r at the very end may be the first half of \r\n: wait for the next piece.
      if (buf[nl] === '\r' && nl === buf.length - 1) break;
      const line = buf.slice(at, nl);
      at = nl + (buf[nl] === '\r' && buf[nl + 1] === '\n' ? 2 : 1);
      this.line(line, out);
    }
    this.carry = buf.slice(at);
    if (this.carry.length > this.maxEventChars) throw new Error(`upstream sent an SSE line over ${this.maxEventChars} characters`);
    return out;
  }

  /** The stream ended: an event not terminated by a blank line still counts. */
  end(): string[] {
    const out: string[] = [];
    if (this.carry !== '') this.line(this.carry, out);
    this.carry = '';
    if (this.data.length > 0) out.push(this.data.join('\n'));
    this.data = [];
    return out;
  }

  private line(line: string, out: string[]): void {
    if (line === '') {
      if (this.data.length > 0) out.push(this.data.join('\n'));
      this.data = [];
      return;
    }
    if (!line.startsWith('data:')) return;
    this.data.push(line.slice(line[5] === ' ' ? 6 : 5));
  }
}

function nextNewline(s: string, from: number): number {
  const n = s.indexOf('\n', from);
  const r = s.indexOf('\r', from);
  if (n < 0) return r;
  if (r < 0) return n;
  return Math.min(n, r);
}
