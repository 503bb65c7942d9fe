import type { FindingDraft } from '../draft';
import type { DocumentFix } from '../types';
import { Delimiters } from './delimiters';
import type { LineIndex } from './lines';
import { isUntrustedName, nameTokens } from './untrusted-names';

export interface Placeholder {
  start: number;
  end: number;
  name: string;
}

/** `{{ x }}`, `{{{x}}}`, `{{$x}}`, `{{ x | trim }}`, `${x}`, `{x}` — template syntaxes of prompt files and prompt libraries. */
const PLACEHOLDER = /\{\{\{?\s*\$?([A-Za-z_][\w.-]*)\s*(?:\|[^{}\n]{0,40})?\}\}\}?|\$\{\s*([A-Za-z_][\w.]*)\s*\}|(?<![{$\\\w])\{([A-Za-z_][\w.]*)\}(?!\})/g;

/** Placeholders in [from, to). */
export function findPlaceholders(text: string, from = 0, to = text.length): Placeholder[] {
  const out: Placeholder[] = [];
  const slice = text.slice(from, to);
  if (!slice.includes('{')) return out;
  PLACEHOLDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACEHOLDER.exec(slice)) !== null) {
    const name = m[1] ?? m[2] ?? m[3];
    if (name !== undefined) out.push({ start: from + m.index, end: from + m.index + m[0].length, name });
  }
  return out;
}

/** End of a YAML front matter block at the top of the file (0 when there is none). */
function frontMatterEnd(text: string): number {
  if (!/^---\r?\n/.test(text)) return 0;
  const m = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  return m ? 3 + m.index + m[0].length : 0;
}

/**
 * `<user_message>` … `</user_message>` around the placeholder: on lines of their own when it has
 * its own line (and `inline` is not asked for, as in a one-line string literal).
 */
export function wrapFix(lines: LineIndex, p: Placeholder, inline = false): DocumentFix {
  const tag = nameTokens(p.name).join('_') || 'untrusted_input';
  const line = lines.lineOf(p.start);
  const own = !inline && lines.lineText(line).trim() === lines.text.slice(p.start, p.end);
  const inner = lines.text.slice(p.start, p.end);
  const indent = lines.indentOf(line);
  const newText = own ? `<${tag}>${lines.eol}${indent}${inner}${lines.eol}${indent}</${tag}>` : `<${tag}>${inner}</${tag}>`;
  return { title: `Wrap ${inner} in <${tag}> delimiters`, kind: 'quickfix', edits: [{ start: p.start, end: p.end, newText }], preferred: true };
}

/** Untrusted placeholders with nothing marking where the untrusted text begins and ends. */
export function undelimitedPlaceholders(text: string, lines: LineIndex): Placeholder[] {
  const found = findPlaceholders(text, frontMatterEnd(text)).filter((p) => isUntrustedName(p.name));
  if (found.length === 0) return [];
  const delimiters = new Delimiters(text, lines);
  return found.filter((p) => !delimiters.isDelimited(p.start, p.end));
}

export function placeholderMessage(placeholder: string): string {
  return `Untrusted input ${placeholder} is spliced into the instructions without delimiters: wrap it in tags or a fenced block and tell the model to treat it as data`;
}

/** `doc-undelimited-placeholder` findings of a prompt or instruction file. */
export function placeholderFindings(text: string, lines: LineIndex, wrappable: boolean): FindingDraft[] {
  return undelimitedPlaceholders(text, lines)
    .map((p) => ({
      ruleId: 'doc-undelimited-placeholder',
      start: p.start,
      end: p.end,
      message: placeholderMessage(text.slice(p.start, p.end)),
      confidence: 0.7,
      ...(wrappable ? { fixes: [wrapFix(lines, p)] } : {}),
    }));
}
