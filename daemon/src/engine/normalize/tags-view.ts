import type { HiddenSpan } from './hidden-span';
import { TextViewBuilder, type TextView } from './text-view';

/**
 * The text smuggled in invisible characters, as its own view so every rule scans it: each
 * character decoded from a tag maps to that tag's code point, text decoded from a
 * variation-selector run maps to the whole run. Runs are separated by a line break.
 */
export function tagsView(original: string, hidden: readonly HiddenSpan[]): TextView | null {
  if (!hidden.some((s) => s.decoded)) return null;
  const b = new TextViewBuilder();
  for (const span of hidden) {
    if (!span.decoded) continue;
    if (b.length > 0) b.push('\n', span.start, span.start + 1);
    if (span.kind === 'tag') {
      for (let i = span.start; i < span.end; i += 2) {
        const cp = original.codePointAt(i) ?? 0;
        if (cp >= 0xe0020 && cp <= 0xe007e) b.push(String.fromCharCode(cp - 0xe0000).toLowerCase(), i, i + 2);
      }
    } else {
      b.push(span.decoded.toLowerCase(), span.start, span.end);
    }
  }
  return b.length > 0 ? b.build('tags') : null;
}
