/**
 * Turns phrase lexicons (plain lower-case phrases per language) into linear-time regex source.
 *
 * Phrase syntax, kept deliberately tiny so lexicons stay readable data:
 * - a space matches one or two whitespace characters or a hyphen;
 * - an apostrophe also matches the typographic one (’);
 * - a `*` ending a word marks a stem: up to 8 more letters may follow (inflections: "instruction*",
 *   "системн* инструкци*");
 * - `?` after a letter makes it optional ("api?key" is not supported; write both forms instead).
 * Everything else is literal. Phrases in Latin or Cyrillic script get letter-aware word
 * boundaries; CJK phrases do not, because those scripts do not separate words.
 */

/** JS `\b` only knows ASCII letters, so it breaks on "é", "ß" or Cyrillic; these lookarounds do not. */
export const WORD_START = '(?<![\\p{L}\\p{N}_])';
export const WORD_END = '(?![\\p{L}\\p{N}_])';

/** Characters that end a clause: a gap between two parts of a phrase may not cross them. */
const CLAUSE_BREAK = '.!?;:\\n。！？；，、';

/** A bounded gap inside one clause; lazy so the nearest second part wins. */
export function gap(max: number): string {
  return `[^${CLAUSE_BREAK}]{0,${max}}?`;
}

/** A bounded gap that may also cross commas and colons (used for longer, looser structures). */
export function looseGap(max: number): string {
  return `[^.!?\\n。！？]{0,${max}}?`;
}

const SPACED_SCRIPT = /[a-z\u00c0-\u024f\u0400-\u04ff]/;

function escapeLiteral(s: string): string {
  // Only syntax characters: the `u` flag rejects needless escapes such as `\-`.
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source for one lexicon phrase, without word boundaries. */
function phraseBody(phrase: string): string {
  const words = phrase.split(' ').map((w) => {
    const stem = w.endsWith('*');
    const lit = escapeLiteral(stem ? w.slice(0, -1) : w).replace(/\\\?/g, '?').replace(/'/g, "['’]");
    return stem ? `${lit}\\p{L}{0,8}` : lit;
  });
  return words.join('[\\s\\u00a0-]{1,2}');
}

/**
 * Alternation of phrases, longest first so "system prompt" wins over "system". Spaced-script
 * phrases get a word-end lookahead; the word-START check is left to the matcher (lexicon-matcher.ts)
 * when `lead` is set, because a leading lookbehind stops V8 from scanning quickly for candidate
 * first letters and made scans about seven times slower.
 */
export function anyOf(phrases: readonly string[], lead = false): string {
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const spaced = unique.filter((p) => SPACED_SCRIPT.test(p)).map(phraseBody);
  const cjk = unique.filter((p) => !SPACED_SCRIPT.test(p)).map(phraseBody);
  const parts: string[] = [];
  if (spaced.length) parts.push(`${lead ? '' : WORD_START}(?:${spaced.join('|')})${WORD_END}`);
  parts.push(...cjk);
  return `(?:${parts.join('|')})`;
}

/** Compiles source to a global, Unicode-aware regex (the `u` flag is required by `\p{L}`). */
export function compile(source: string): RegExp {
  return new RegExp(source, 'gu');
}

/** A non-global, sticky-free tester for "does this window contain any of these phrases". */
export function tester(phrases: readonly string[]): RegExp {
  return new RegExp(anyOf(phrases), 'u');
}

/** Concatenates the lists of one field across per-language lexicon entries. */
export function collect<T>(entries: readonly T[], pick: (e: T) => readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const e of entries) out.push(...(pick(e) ?? []));
  return out;
}

/**
 * Anchors (see lexicon-matcher.ts) for phrases: each phrase up to its first stem mark, so the
 * literal is contained in every text the phrase matches.
 */
export function anchorsOf(phrases: readonly string[]): string[] {
  return [...new Set(phrases.map((p) => p.split('*')[0].trim()).filter((p) => p.length > 0))];
}

/**
 * True when `between` (the text between two parts of a phrase) holds only words from `words`; for
 * CJK, which has no spaces, when it is at most `cjkMax` characters long.
 */
export function onlyWordsFrom(between: string, words: ReadonlySet<string>, cjkMax = 6): boolean {
  const t = between.trim();
  if (!t) return true;
  if (!SPACED_SCRIPT.test(t)) return t.length <= cjkMax && /^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\s]+$/u.test(t);
  return t.split(/[\s,]+/u).every((w) => w === '' || words.has(w));
}
