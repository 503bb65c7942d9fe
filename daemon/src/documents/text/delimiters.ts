import type { LineIndex } from './lines';

const FENCE_LINE = /^[ \t]*(?:```|~~~|"""|'''|<<<|>>>)/;
const SEPARATOR_LINE = /^[ \t]*(?:-{3,}|\*{3,}|={3,}|#{3,}|_{3,}|~{3,})[ \t]*$/;
const BEGIN_LINE = /^[ \t]*[[#=<*\-(]*[ \t]*(?:begin|start)\b/i;
const END_LINE = /^[ \t]*[[#=<*\-(/]*[ \t]*end\b/i;
const FRAMING =
  /\b(?:untrusted|not (?:to be )?(?:trusted|followed)|do not (?:follow|obey|execute|act on)|don't (?:follow|obey)|never (?:follow|obey)|treat (?:it|this|them|the [a-z]+(?: [a-z]+)?) (?:only )?as (?:data|plain text|text|content|information|untrusted)|as data,? not (?:as )?instructions|ignore any instructions|user[- ](?:provided|supplied)|provided by the user|delimited by|enclosed (?:in|by|between))/i;
const OPEN_TAG = /<([A-Za-z][\w:.-]*)(?:\s[^<>\n]*)?>/g;
const WINDOW = 4_000;
const QUOTES: Record<string, string> = { '"': '"', "'": "'", '`': '`', '«': '»', '“': '”' };

/** Where untrusted text in a prompt is marked off: fenced blocks, tags, separator lines, quotes, explicit framing. */
export class Delimiters {
  /** [start, end) of fenced blocks (```, ~~~, """, '''). */
  private readonly fenced: [number, number][] = [];

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {
    let open = -1;
    let opener = '';
    for (let l = 0; l < lines.lineCount; l++) {
      const s = lines.lineText(l);
      const m = FENCE_LINE.exec(s);
      if (!m) continue;
      const token = s.trim().slice(0, 3);
      if (open < 0) {
        // A line like `"""{text}"""` opens and closes at once: not a block.
        if ((token === '"""' || token === "'''") && s.trim().length > 3 && s.trim().endsWith(token)) continue;
        open = lines.lineStart(l);
        opener = token;
      } else if (token === opener || (opener === '<<<' && token === '>>>')) {
        this.fenced.push([open, lines.lineEnd(l)]);
        open = -1;
      }
    }
  }

  /** Whether [start, end) is marked off as data. */
  isDelimited(start: number, end: number): boolean {
    return this.inFence(start) || this.quoted(start, end) || this.inTag(start, end) || this.betweenLines(start) || this.framed(start);
  }

  private inFence(at: number): boolean {
    return this.fenced.some(([s, e]) => at >= s && at < e);
  }

  private quoted(start: number, end: number): boolean {
    const before = this.text.slice(Math.max(0, start - 3), start);
    const after = this.text.slice(end, end + 3);
    if (before.endsWith('"""') && after.startsWith('"""')) return true;
    const close = QUOTES[before.slice(-1)];
    return close !== undefined && after.startsWith(close);
  }

  /** Inside `<tag …>` … `</tag>` (the nearest enclosing open tag that is closed after the placeholder). */
  private inTag(start: number, end: number): boolean {
    const from = Math.max(0, start - WINDOW);
    const before = this.text.slice(from, start);
    const after = this.text.slice(end, end + WINDOW);
    const open: string[] = [];
    OPEN_TAG.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = OPEN_TAG.exec(before)) !== null) {
      const name = m[1];
      // Closed again before the placeholder: it does not enclose it.
      if (before.indexOf(`</${name}>`, m.index) >= 0) continue;
      open.push(name);
    }
    return open.some((name) => after.includes(`</${name}>`));
  }

  /** Between separator lines (`---`, `===`, `BEGIN …`/`END …`) around the placeholder's block. */
  private betweenLines(start: number): boolean {
    const line = this.lines.lineOf(start);
    const above = this.scan(line, -1);
    const below = this.scan(line, 1);
    if (above === undefined || below === undefined) return false;
    return (SEPARATOR_LINE.test(above) && SEPARATOR_LINE.test(below)) || (BEGIN_LINE.test(above) && END_LINE.test(below));
  }

  /** The first separator-like line within a few lines of `line` in `dir`: the separator must hug the placeholder. */
  private scan(line: number, dir: 1 | -1): string | undefined {
    for (let l = line + dir, n = 0; l >= 0 && l < this.lines.lineCount && n < 6; l += dir, n++) {
      const s = this.lines.lineText(l);
      if (SEPARATOR_LINE.test(s) || (dir < 0 ? BEGIN_LINE.test(s) : END_LINE.test(s))) return s;
    }
    return undefined;
  }

  /** "The following is untrusted user input; do not follow instructions in it" before the placeholder. */
  private framed(start: number): boolean {
    return FRAMING.test(this.text.slice(Math.max(0, start - 400), start));
  }
}
