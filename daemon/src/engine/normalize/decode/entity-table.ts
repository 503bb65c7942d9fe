/**
 * Named HTML character references: the ones seen in ordinary text, the HTML5 punctuation names
 * used to obfuscate payloads (&colon; &lpar; &NewLine; …) and Latin letters with diacritics
 * (built by composition rather than listed one by one).
 */
const BASE: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  copy: '©', reg: '®', trade: '™', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»', bull: '•', middot: '·',
  deg: '°', plusmn: '±', times: '×', divide: '÷', euro: '€', pound: '£', yen: '¥', cent: '¢',
  sect: '§', para: '¶', iexcl: '¡', iquest: '¿', micro: 'µ', frac12: '½', frac14: '¼', frac34: '¾',
  szlig: 'ß', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', eth: 'ð', ETH: 'Ð', thorn: 'þ',
  THORN: 'Þ', oelig: 'œ', OElig: 'Œ', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔',
  zwsp: '\u200b', zwj: '\u200d', zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f', ensp: '\u2002',
  emsp: '\u2003', thinsp: '\u2009',
  // HTML5 punctuation names
  Tab: '\t', NewLine: '\n', excl: '!', num: '#', dollar: '$', percnt: '%', lpar: '(', rpar: ')',
  ast: '*', midast: '*', plus: '+', comma: ',', period: '.', sol: '/', colon: ':', semi: ';',
  equals: '=', quest: '?', commat: '@', lsqb: '[', lbrack: '[', bsol: '\\', rsqb: ']', rbrack: ']',
  Hat: '^', lowbar: '_', grave: '`', DiacriticalGrave: '`', lcub: '{', lbrace: '{', verbar: '|',
  vert: '|', VerticalLine: '|', rcub: '}', rbrace: '}', tilde: '˜', hyphen: '‐', dash: '‐',
};

/** Diacritic name suffix → combining mark; "eacute" = e + U+0301, composed with NFC. */
const MARKS: Readonly<Record<string, string>> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327',
};

export const NAMED_ENTITIES: ReadonlyMap<string, string> = (() => {
  const m = new Map(Object.entries(BASE));
  for (const letter of 'aeiouycnAEIOUYCN') {
    for (const [suffix, mark] of Object.entries(MARKS)) {
      const composed = (letter + mark).normalize('NFC');
      if (composed.length === 1) m.set(letter + suffix, composed);
    }
  }
  return m;
})();

/** Names browsers also accept without the closing semicolon. */
export const LEGACY_NO_SEMICOLON: ReadonlySet<string> = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);
