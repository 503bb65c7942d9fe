/**
 * Turns phrase lexicons (plain lower-case phrases per language) into linear-time regex source.
 *
 * Phrase syntax, kept deliberately tiny so lexicons stay readable data:
 * - a space matches one or two whitespace characters or a hyphen;
 * - an apostrophe also matches the typographic one (’);
 * - a `*` ending a word marks a stem: up to 8 more letters may follow (inflections: "instruction*",
 *   "системн* инструкци*");
 * Everything else is literal. Phrases in Latin, Greek or Cyrillic script get letter-aware word
 * boundaries; CJK phrases do not, because those scripts do not separate words.
 */

/**
 * JS `\b` only knows ASCII letters, so it breaks on "é", "ß" or Cyrillic; these lookarounds do not.
 * CJK characters do not count as word characters: "的AI" and "请ignore" have a boundary in between.
 */
const WORD_CHAR_CLASS = '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}_]';
export const WORD_START = `(?<!${WORD_CHAR_CLASS})`;
export const WORD_END = `(?!${WORD_CHAR_CLASS})`;

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

const SPACED_SCRIPT = /[a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;
/** Hebrew, Arabic, Devanagari and Bengali also separate words with spaces (their phrases are matched like CJK, without boundaries). */
const SPACED_OTHER = /[\u0590-\u06ff\u0900-\u09ff]/;

export function escapeLiteral(s: string): string {
  // Only syntax characters: the `u` flag rejects needless escapes such as `\-`.
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The longest literal word of a phrase (a stem without its `*`): every text the phrase matches contains it. */
export function longestWord(phrase: string): string {
  return phrase.split(/[ '*]/u).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * A context-free pattern that matches wherever one of the phrases could (their longest words, unbounded): for a
 * `WindowSearch` that answers "can any of them be near?" once per text. (The first word would not do: "in", "de",
 * "di" are in every text.)
 */
export function longestWords(phrases: readonly string[]): RegExp {
  return new RegExp([...new Set(phrases.map(longestWord))].filter((w) => w !== '').map(escapeLiteral).join('|'), 'u');
}

const SPACE_UNIT = '[\\s\\u00a0-]{1,2}';
const STEM_UNIT = '\\p{L}{0,8}';

/** A phrase as regex units: one per character, a flexible space, and a stem tail for `word*`. */
function units(phrase: string): string[] {
  const out: string[] = [];
  phrase.split(' ').forEach((w, i) => {
    if (i > 0) out.push(SPACE_UNIT);
    const stem = w.endsWith('*');
    for (const ch of stem ? w.slice(0, -1) : w) out.push(ch === "'" ? "['’]" : escapeLiteral(ch));
    if (stem) out.push(STEM_UNIT);
  });
  return out;
}

interface TrieNode {
  end: boolean;
  kids: Map<string, TrieNode>;
}

/** Regex source of a trie: shared prefixes are written once, longer continuations tried first. */
function emit(node: TrieNode): string {
  const alts = [...node.kids.entries()].map(([u, k]) => u + emit(k));
  if (alts.length === 0) return '';
  const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

function trie(phrases: readonly string[]): string {
  const root: TrieNode = { end: false, kids: new Map() };
  for (const p of phrases) {
    let n = root;
    for (const u of units(p)) {
      let k = n.kids.get(u);
      if (!k) {
        k = { end: false, kids: new Map() };
        n.kids.set(u, k);
      }
      n = k;
    }
    n.end = true;
  }
  return emit(root);
}

/**
 * Alternation of phrases, compiled as a trie: V8 tries a flat alternation's branches one by one
 * at every position, and a trie of a few hundred phrases scans several times faster. Spaced-script
 * phrases get a word-end lookahead; the word-START check is left to the matcher (lexicon-matcher.ts)
 * when `lead` is set, because a leading lookbehind also stops V8 from skipping quickly to candidate
 * first letters.
 */
export function anyOf(phrases: readonly string[], lead = false): string {
  const unique = [...new Set(phrases)];
  const spaced = unique.filter((p) => SPACED_SCRIPT.test(p));
  const cjk = unique.filter((p) => !SPACED_SCRIPT.test(p));
  const parts: string[] = [];
  if (spaced.length) parts.push(`${lead ? '' : WORD_START}(?:${trie(spaced)})${WORD_END}`);
  if (cjk.length) parts.push(trie(cjk));
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
  if (!SPACED_SCRIPT.test(t) && !SPACED_OTHER.test(t)) return t.length <= cjkMax && /^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\s]+$/u.test(t);
  return t.split(/[\s,]+/u).every((w) => w === '' || words.has(w));
}
