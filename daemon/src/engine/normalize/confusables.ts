/**
 * Cyrillic, Greek and Armenian letters that render like Latin ones (lower-case forms, since the
 * folded view is lower-cased; upper-case look-alikes such as Н/Η → h are listed by their lower case).
 * Folded only inside tokens that mix scripts, or in isolated look-alike words in Latin text, so
 * genuine Russian or Greek stays intact for the multilingual rules.
 */
const TABLE: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', с: 'c', ԁ: 'd', е: 'e', ё: 'e', һ: 'h', н: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', ӏ: 'l',
  м: 'm', п: 'n', о: 'o', р: 'p', ԛ: 'q', г: 'r', ѕ: 's', т: 't', ц: 'u', ѵ: 'v', ԝ: 'w', ш: 'w',
  х: 'x', у: 'y', ү: 'y', з: 'z',
  // Greek
  α: 'a', β: 'b', ϲ: 'c', ε: 'e', η: 'n', ι: 'i', ί: 'i', ϳ: 'j', κ: 'k', μ: 'u', ν: 'v', ο: 'o',
  ό: 'o', ρ: 'p', τ: 't', υ: 'u', ύ: 'u', ω: 'w', χ: 'x', γ: 'y', ζ: 'z',
  // Armenian
  ա: 'w', հ: 'h', ո: 'n', ս: 'u', օ: 'o', զ: 'q', ց: 'g', ք: 'p', ե: 'e',
};

/** TABLE by UTF-16 code (all keys are below U+2000): 0 = not a look-alike. */
const CODES = (() => {
  const t = new Uint16Array(0x2000);
  for (const [k, v] of Object.entries(TABLE)) t[k.charCodeAt(0)] = v.charCodeAt(0);
  return t;
})();

/** Latin letters that render like Cyrillic ones, by ASCII code (lower case; "b", "h", "m", "t" as their capitals В, Н, М, Т): 0 = none. */
const TO_CYRILLIC = (() => {
  const t = new Uint16Array(0x80);
  for (const [k, v] of Object.entries({ a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у' })) t[k.charCodeAt(0)] = v.charCodeAt(0);
  return t;
})();

/** text[a, b) with each code that `table` maps (non-zero entry) replaced: one unit for one unit. */
function mapped(text: string, a: number, b: number, table: Uint16Array): string {
  let out = '';
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    out += String.fromCharCode(c < table.length && table[c] !== 0 ? table[c] : c);
  }
  return out;
}

/** A Latin letter touching a look-alike-script letter: the sign of a mixed-script token (written script-first, which V8 scans faster). */
const MIXED = /[\u0370-\u058f\u1c80-\u1c8f\u1f00-\u1fff](?<=[a-z\u00c0-\u024f].)|[\u0370-\u058f\u1c80-\u1c8f\u1f00-\u1fff](?=[a-z\u00c0-\u024f])/;

/** Cyrillic, Greek, Armenian (and extensions): where a look-alike letter can be. */
function isScript(c: number): boolean {
  return (c >= 0x370 && c <= 0x58f) || (c >= 0x1c80 && c <= 0x1c8f) || (c >= 0x1f00 && c <= 0x1fff);
}

const SCRIPT = /[\u0370-\u058f\u1c80-\u1c8f\u1f00-\u1fff]/g;

/** Letters and combining marks of Latin and the look-alike scripts: the characters a token is made of. */
function isTokenChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0x58f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1c80 && c <= 0x1c8f) ||
    (c >= 0x1d00 && c <= 0x1fff)
  );
}

function isLatin(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}

/** Share of Latin letters among Latin + look-alike-script letters in the text. */
function latinShare(text: string): number {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) latin++;
    else if ((c >= 0x370 && c <= 0x58f) || (c >= 0x1f00 && c <= 0x1fff)) other++;
  }
  return latin + other === 0 ? 0 : latin / (latin + other);
}

/**
 * Folds look-alike letters to Latin in tokens that mix Latin with Cyrillic/Greek/Armenian
 * ("іgnоrе"), and in all-look-alike words of ≥ 2 letters when the text is mostly Latin ("рау").
 * A mixed token with a Cyrillic letter that has no Latin twin is Russian disguised the other way
 * ("oтключи", "увeдoмлeниe"): its Latin look-alikes are folded to Cyrillic instead (session 23).
 * Replacements are one unit for one unit, so the offset map of the input stays valid.
 */
export function foldConfusables(text: string): string {
  if (!/[a-z]/.test(text)) return text; // no Latin at all: nothing can be disguised as Latin
  let share = -1;
  if (!MIXED.test(text)) {
    // No token mixes scripts; only all-look-alike words in mostly Latin text are left to fold.
    share = latinShare(text);
    if (share < 0.75) return text;
  }
  let out = '';
  let last = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (!isScript(ch)) {
      // Far from the next look-alike-script letter (Latin text around a few Greek words): jump there natively.
      if (i + 8 < n && !isScript(text.charCodeAt(i + 4)) && !isScript(text.charCodeAt(i + 8))) {
        SCRIPT.lastIndex = i + 1;
        if (!SCRIPT.test(text)) break;
        i = SCRIPT.lastIndex - 2; // the loop's i++ lands on the match
      }
      continue;
    }
    let a = i;
    let b = i + 1;
    while (a > last && isTokenChar(text.charCodeAt(a - 1))) a--;
    while (b < n && isTokenChar(text.charCodeAt(b))) b++;
    i = b;
    let latin = false;
    let allLookAlike = true;
    let russian = false;
    let cyrillic = false;
    // Every Latin letter of the token has a Cyrillic twin ("пpoвepку": p, o, e): it may be a Russian word in disguise.
    let twins = true;
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x400 && c <= 0x4ff) cyrillic = true;
      if (isLatin(c)) {
        latin = true;
        if (c >= 0x80 || TO_CYRILLIC[c] === 0) twins = false;
      } else if (c >= 0x2000 || CODES[c] === 0) {
        allLookAlike = false;
        // A Cyrillic letter no Latin one looks like (д, л, и, я …): the word is Russian, its Latin letters the disguise.
        if (c >= 0x430 && c <= 0x44f) russian = true;
      }
    }
    if (latin && cyrillic && twins && !russian) {
      // Made of look-alikes only: Russian when the text is ("пpoвepку бeзoпacнocти" in a Cyrillic message).
      if (share < 0) share = latinShare(text);
      russian = share < 0.5;
    }
    // "увeдoмлeниe", "oтключи": the Latin look-alikes go back to Cyrillic, so the Russian rules read the word.
    let table: Uint16Array | null = latin && russian ? TO_CYRILLIC : latin ? CODES : null;
    if (table === null && allLookAlike && b - a >= 2) {
      if (share < 0) share = latinShare(text);
      if (share >= 0.75) table = CODES;
    }
    if (table === null) continue;
    out += text.slice(last, a) + mapped(text, a, b, table);
    last = b;
  }
  return last === 0 ? text : out + text.slice(last);
}
