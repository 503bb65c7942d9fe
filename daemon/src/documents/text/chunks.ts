/** A piece of a document scanned on its own; `start` is its offset in the document. */
export interface Chunk {
  start: number;
  text: string;
}

/**
 * Chunk size: each scan of a chunk pays per-view costs (the rules' gates, the literal walks) that do
 * not grow with its length, so 1 MB of prose in ~6.7 KB chunks scans in 146 ms on one thread against 165
 * ms in ~2.4 KB ones (1,500 / 12,000); an edit, which rescans one or two chunks, was republished in
 * 10–12 ms with either size over the language server (session 20).
 */
const MIN = 6_000;
const MAX = 24_000;
const BLANK_LINE = /\n[ \t]*\r?\n/g;

/** Cheap content hash of a paragraph's last characters: decides, from content alone, whether to cut there. */
function cutsHere(text: string, at: number): boolean {
  let h = 0;
  for (let i = Math.max(0, at - 32); i < at; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return (h & 3) === 0;
}

/** A cut point at or before `limit`: a line break, else whitespace, else `limit` itself (never inside a surrogate pair). */
function forcedCut(text: string, from: number, limit: number): number {
  const nl = text.lastIndexOf('\n', limit - 1);
  if (nl >= from + MIN) return nl + 1;
  for (let i = limit - 1; i >= from + MIN; i--) if (text[i] === ' ' || text[i] === '\t') return i + 1;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/**
 * Content-defined chunks cut at blank lines: where a cut falls depends on the text around it, not
 * on everything before it, so an edit changes one or two chunks and the scan cache keeps the rest.
 */
export function chunkText(text: string): Chunk[] {
  if (text.length <= MAX) return [{ start: 0, text }];
  const chunks: Chunk[] = [];
  let start = 0;
  while (start < text.length) {
    let cut = -1;
    let lastBlank = -1;
    // Searched within this chunk's reach only: in a file without blank lines, a search of the whole
    // rest of the text per chunk made chunking quadratic (seconds for 1 MB).
    const reach = text.slice(start, start + MAX);
    BLANK_LINE.lastIndex = MIN;
    let m: RegExpExecArray | null;
    while ((m = BLANK_LINE.exec(reach)) !== null) {
      lastBlank = start + m.index + m[0].length;
      if (cutsHere(text, start + m.index)) {
        cut = lastBlank;
        break;
      }
    }
    if (cut < 0) cut = text.length - start <= MAX ? text.length : lastBlank > 0 ? lastBlank : forcedCut(text, start, start + MAX);
    chunks.push({ start, text: text.slice(start, cut) });
    start = cut;
  }
  return chunks;
}
