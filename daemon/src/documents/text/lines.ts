/** Line starts of a text, for offset ↔ line/column conversions (0-based, UTF-16 columns). */
export class LineIndex {
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): { line: number; character: number } {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End of the line's content, before `\r\n` or `\n`. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    const next = this.starts[line + 1] - 1;
    return next > 0 && this.text[next - 1] === '\r' ? next - 1 : next;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** The line's leading whitespace. */
  indentOf(line: number): string {
    return /^[ \t]*/.exec(this.lineText(line))?.[0] ?? '';
  }

  private eolCache: string | undefined;

  /** The document's line break, for inserted lines (from its first line). */
  get eol(): string {
    this.eolCache ??= this.starts.length > 1 && this.text[this.starts[1] - 2] === '\r' ? '\r\n' : '\n';
    return this.eolCache;
  }
}
