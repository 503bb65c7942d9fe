import type { LineIndex } from './text/lines';

/** One `soc-ignore RULE[, RULE…] -- reason` comment. */
export interface IgnoreComment {
  line: number;
  rules: string[];
  /** Undefined when the comment gives no reason: it then suppresses nothing. */
  reason?: string;
  /** The directive's span (`soc-ignore …`), where a missing reason is reported. */
  start: number;
  end: number;
}

const DIRECTIVE = /soc-ignore\b([^\n]*)/g;
/** Comment openers in any of the syntaxes the scanner reads: `//`, `#`, `<!--`, `/*`, ` * `, `{#`, `--`, `;`. */
const COMMENT_BEFORE = /(?:\/\/|#|<!--|\/\*|^\s*\*|\{#|--|;)[^\n]*$/;
const CLOSER = /\s*(?:-->|\*\/|#\})[\s\S]*$/;
const RULE_LIST = /^\s+([a-z0-9][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)/;

/** Every `soc-ignore` directive written inside a comment. */
export function parseIgnoreComments(text: string, lines: LineIndex): IgnoreComment[] {
  const out: IgnoreComment[] = [];
  if (!text.includes('soc-ignore')) return out;
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text)) !== null) {
    const line = lines.lineOf(m.index);
    if (!COMMENT_BEFORE.test(text.slice(lines.lineStart(line), m.index))) continue;
    const body = m[1].replace(CLOSER, '').replace(/\s+$/, '');
    const list = RULE_LIST.exec(body);
    if (!list) continue;
    const rest = body.slice(list[0].length);
    const reasonMatch = /^\s+--\s*(.*)$/.exec(rest);
    const reason = reasonMatch?.[1].trim();
    const end = m.index + 'soc-ignore'.length + body.length;
    out.push({ line, rules: list[1].split(/\s*,\s*/), ...(reason ? { reason } : {}), start: m.index, end });
  }
  return out;
}

/** Which (line, rule) pairs are suppressed: a comment with a reason covers its own line and the next. */
export class Suppressions {
  private readonly covered = new Set<string>();

  constructor(comments: readonly IgnoreComment[]) {
    for (const c of comments) {
      if (!c.reason) continue;
      for (const r of c.rules) {
        this.covered.add(`${c.line}:${r}`);
        this.covered.add(`${c.line + 1}:${r}`);
      }
    }
  }

  has(line: number, ruleId: string): boolean {
    return this.covered.has(`${line}:${ruleId}`);
  }
}
