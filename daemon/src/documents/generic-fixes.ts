import { hiddenKindOf } from '../engine/normalize/char-class';
import type { CommentStyle } from './classify';
import type { LineIndex } from './text/lines';
import type { DocumentFix, TextEdit } from './types';

/** Deletes every invisible character (tags, bidi controls, zero-width…) in [start, end). */
export function removeHiddenFix(text: string, start: number, end: number): DocumentFix | undefined {
  const edits: TextEdit[] = [];
  let runStart = -1;
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    const hidden = hiddenKindOf(cp) !== null;
    if (hidden && runStart < 0) runStart = i;
    if (!hidden && runStart >= 0) {
      edits.push({ start: runStart, end: i, newText: '' });
      runStart = -1;
    }
    i += size;
  }
  if (runStart >= 0) edits.push({ start: runStart, end, newText: '' });
  if (edits.length === 0) return undefined;
  return { title: 'Remove hidden characters', kind: 'quickfix', edits, preferred: true };
}

/** Reason text an ignore fix writes; the user is expected to replace it. */
export const IGNORE_REASON_PLACEHOLDER = 'reviewed: explain why this is safe';

function commentFor(style: CommentStyle, body: string): string {
  switch (style) {
    case 'line-slash':
      return `// ${body}`;
    case 'line-hash':
      return `# ${body}`;
    case 'html':
      return `<!-- ${body} -->`;
    case 'jinja':
      return `{# ${body} #}`;
  }
}

/** Inserts `soc-ignore RULE -- reason` on its own line above `line`, indented like it. */
export function ignoreFix(lines: LineIndex, line: number, ruleId: string, style: CommentStyle): DocumentFix {
  const comment = commentFor(style, `soc-ignore ${ruleId} -- ${IGNORE_REASON_PLACEHOLDER}`);
  const at = lines.lineStart(line);
  return {
    title: `Ignore ${ruleId} on this line (add a soc-ignore comment)`,
    kind: 'ignore',
    edits: [{ start: at, end: at, newText: `${lines.indentOf(line)}${comment}${lines.eol}` }],
  };
}

/** Applies non-overlapping edits to a text (any order); what editors do with a fix. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
