/**
 * Trigger analysis of rule regexes: which literal strings every match must contain, and how far
 * from the match start they sit. Lets the engine find all rules' triggers in one pass over a view
 * (literal-index.ts) and run each pattern only where its triggers are, instead of scanning the
 * whole view once per pattern (pattern-scan.ts).
 *
 * The parser covers the JavaScript regex syntax the rules use (groups, lookarounds, classes,
 * escapes, counted quantifiers, back-references, `u` mode). Anything it does not understand makes
 * the pattern "unplanned": it is then scanned the ordinary way, so the analysis can only ever make
 * a pattern faster, never change what it matches.
 */

import { regexFact } from './regex-facts-cache';

/**
 * A literal that every match contains, at an offset from the match start in [lo, hi] (UTF-16 units).
 * `flavor` narrows where it can occur, from the assertion before it in the pattern: 0 anywhere;
 * WORD_START (1): not after [A-Za-z0-9_] (`\b`, `(?<![\w-])`); AFTER_NON_LOWER (2): not after [a-z] (`(?<![a-z])`).
 */
export interface PlanLiteral {
  readonly s: string;
  readonly lo: number;
  readonly hi: number;
  readonly flavor: number;
  /**
   * The literal follows an unbounded `\s*` / `\s+` in the pattern (`['"]\s*\|\|`). Then [lo, hi]
   * is the match start's distance before q, the start of the whitespace run that ends where the
   * literal begins (the item before the run cannot end in whitespace, so the run is exactly that).
   */
  readonly afterSpace?: boolean;
}

/** JavaScript's `\s`. */
export function isJsSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export const ANYWHERE = 0;
export const WORD_START = 1;
export const AFTER_NON_LOWER = 2;

export interface Plan {
  readonly lits: readonly PlanLiteral[];
  /** Estimated candidate start positions tried per character of ordinary text (lower is better). */
  readonly cost: number;
}

/**
 * A character class: its members when there are few, else "many" (with whether it may match an
 * astral code point, two units). `lower`/`word`: it contains all of [a-z] / all of [A-Za-z0-9_].
 */
interface CharSet {
  small: string[] | null;
  astral: boolean;
  lower: boolean;
  word: boolean;
  /** No member is whitespace (`\s`). */
  noSpace?: boolean;
  /** The class is exactly `\s`. */
  space?: boolean;
}

export type Node =
  | { t: 'chars'; set: CharSet }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; body: Node; index: number }
  | { t: 'look'; body: Node; negativeBehind: boolean }
  | { t: 'rep'; body: Node; min: number; max: number }
  | { t: 'assert'; start: boolean; wordBoundary: boolean }
  | { t: 'backref' };

class Unsupported extends Error {}

/** Classes with more members than this are treated as "any character" by the analysis. */
const SMALL_CLASS = 16;

const DIGITS = '0123456789'.split('');

/** The units of \s (its members are all BMP). */
const SPACE_UNITS = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/** ASCII membership of a class, for the lower/word flags. */
type Ascii = Uint8Array;

function asciiOf(pred: (c: number) => boolean): Ascii {
  const a = new Uint8Array(128);
  for (let c = 0; c < 128; c++) a[c] = pred(c) ? 1 : 0;
  return a;
}

const isWordChar = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const isSpaceChar = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function flags(a: Ascii | null): { lower: boolean; word: boolean } {
  if (!a) return { lower: false, word: false };
  let lower = true;
  let word = true;
  for (let c = 0; c < 128; c++) {
    if (a[c]) continue;
    if (c >= 0x61 && c <= 0x7a) lower = false;
    if (isWordChar(c)) word = false;
  }
  return { lower, word };
}

function many(astral: boolean, a: Ascii | null): CharSet {
  return { small: null, astral, ...flags(a) };
}

function few(members: string[]): CharSet {
  return { small: members, astral: members.some((m) => m.length > 1), lower: false, word: false, noSpace: members.every((m) => !isJsSpace(m.charCodeAt(0))) };
}

/** \d \D \w \W \s \S, built once (patterns are full of them; the analysis never mutates a set). */
const SHORTHANDS = new Map<string, { set: CharSet; ascii: Ascii }>();

function classShorthand(c: string, unicode: boolean): { set: CharSet; ascii: Ascii } {
  const key = c + (unicode ? 'u' : '');
  let r = SHORTHANDS.get(key);
  if (!r) {
    const multi = (pred: (x: number) => boolean, astral: boolean) => {
      const a = asciiOf(pred);
      return { set: many(astral, a), ascii: a };
    };
    switch (c) {
      case 'd':
        r = { set: few(DIGITS), ascii: asciiOf(isDigit) };
        break;
      case 'D':
        r = multi((x) => !isDigit(x), unicode);
        break;
      case 'w': {
        const w = multi(isWordChar, false);
        r = { set: { ...w.set, noSpace: true }, ascii: w.ascii };
        break;
      }
      case 'W':
        r = multi((x) => !isWordChar(x), unicode);
        break;
      case 's': {
        const w = multi(isSpaceChar, false);
        r = { set: { ...w.set, space: true }, ascii: w.ascii };
        break;
      }
      default: {
        const w = multi((x) => !isSpaceChar(x), unicode);
        r = { set: { ...w.set, noSpace: true }, ascii: w.ascii };
      }
    }
    SHORTHANDS.set(key, r);
  }
  return r;
}

class Parser {
  private i = 0;
  private groups = 0;

  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
    private readonly multiline: boolean,
  ) {}

  parse(): Node {
    const n = this.alt();
    if (this.i !== this.src.length) throw new Unsupported(`unexpected ${this.src[this.i]}`);
    return n;
  }

  private peek(k = 0): string {
    return this.src[this.i + k] ?? '';
  }

  private alt(): Node {
    const alts = [this.seq()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.seq());
    }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items.length === 1 ? items[0] : { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === '*') {
      min = 0;
      max = Infinity;
      this.i++;
    } else if (c === '+') {
      min = 1;
      max = Infinity;
      this.i++;
    } else if (c === '?') {
      min = 0;
      max = 1;
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // a literal "{" (non-u mode) was already consumed by atom(); here it is not a quantifier
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
    } else {
      return atom;
    }
    if (this.peek() === '?') this.i++; // lazy: same language, same analysis
    return { t: 'rep', body: atom, min, max };
  }

  private literal(ch: string): Node {
    return { t: 'chars', set: few([ch]) };
  }

  /** One source character (a whole code point in `u` mode). */
  private sourceChar(): string {
    const cp = this.src.codePointAt(this.i) ?? 0;
    const ch = this.unicode ? String.fromCodePoint(cp) : this.src[this.i];
    this.i += ch.length;
    return ch;
  }

  private atom(): Node {
    const c = this.peek();
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '.') {
      this.i++;
      return { t: 'chars', set: many(this.unicode, asciiOf((x) => x !== 0x0a && x !== 0x0d)) };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { t: 'assert', start: c === '^' && !this.multiline, wordBoundary: false };
    }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?') throw new Unsupported('dangling quantifier');
    if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(this.src.slice(this.i))) throw new Unsupported('dangling quantifier');
    return this.literal(this.sourceChar());
  }

  private group(): Node {
    this.i++; // (
    let kind: 'cap' | 'non' | 'look' = 'cap';
    let negativeBehind = false;
    if (this.peek() === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) {
        kind = 'non';
        this.i += 2;
      } else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        kind = 'look';
        this.i += 2;
      } else if (rest === '?<=' || rest === '?<!') {
        kind = 'look';
        negativeBehind = rest === '?<!';
        this.i += 3;
      } else if (rest.startsWith('?<')) {
        const end = this.src.indexOf('>', this.i);
        if (end < 0) throw new Unsupported('group name');
        this.i = end + 1;
      } else {
        throw new Unsupported(`group ${rest}`);
      }
    }
    const index = kind === 'cap' ? ++this.groups : 0;
    const body = this.alt();
    if (this.peek() !== ')') throw new Unsupported('unclosed group');
    this.i++;
    if (kind === 'look') return { t: 'look', body, negativeBehind };
    return { t: 'group', body, index };
  }

  /** Escape outside a class. */
  private escape(): Node {
    this.i++; // backslash
    const c = this.peek();
    if (c === 'b' || c === 'B') {
      this.i++;
      return { t: 'assert', start: false, wordBoundary: c === 'b' };
    }
    if (c === 'k' && this.peek(1) === '<') {
      const end = this.src.indexOf('>', this.i);
      if (end < 0) throw new Unsupported('\\k');
      this.i = end + 1;
      return { t: 'backref' };
    }
    if (c >= '1' && c <= '9') {
      while (this.peek() >= '0' && this.peek() <= '9') this.i++;
      return { t: 'backref' };
    }
    const set = this.classEscape().set;
    return { t: 'chars', set };
  }

  /** An escape that stands for characters (shared by classes and atoms); the backslash is consumed. */
  private classEscape(): { set: CharSet; ascii: Ascii | null } {
    const c = this.peek();
    this.i++;
    const one = (ch: string) => ({ set: few([ch]), ascii: null });
    switch (c) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S':
        return classShorthand(c, this.unicode);
      case 'p':
      case 'P': {
        if (!this.unicode) return one(c);
        const end = this.src.indexOf('}', this.i);
        if (this.peek() !== '{' || end < 0) throw new Unsupported('\\p');
        this.i = end + 1;
        return { set: many(true, null), ascii: null };
      }
      case 'n':
        return one('\n');
      case 'r':
        return one('\r');
      case 't':
        return one('\t');
      case 'f':
        return one('\f');
      case 'v':
        return one('\v');
      case '0':
        if (this.peek() >= '0' && this.peek() <= '9') throw new Unsupported('octal escape');
        return one('\0');
      case 'x': {
        const h = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i));
        if (!h) throw new Unsupported('\\x');
        this.i += 2;
        return one(String.fromCharCode(parseInt(h[0], 16)));
      }
      case 'u': {
        const rest = this.src.slice(this.i);
        const braced = this.unicode ? /^\{([0-9a-fA-F]{1,6})\}/.exec(rest) : null;
        if (braced) {
          this.i += braced[0].length;
          return one(String.fromCodePoint(parseInt(braced[1], 16)));
        }
        const h = /^[0-9a-fA-F]{4}/.exec(rest);
        if (!h) throw new Unsupported('\\u');
        this.i += 4;
        return one(String.fromCharCode(parseInt(h[0], 16)));
      }
      case 'c': {
        const l = this.peek();
        if (!/[a-zA-Z]/.test(l)) throw new Unsupported('\\c');
        this.i++;
        return one(String.fromCharCode(l.charCodeAt(0) % 32));
      }
      case '':
        throw new Unsupported('trailing backslash');
      default: {
        // Identity escape (\. \/ \- …); in u mode a whole code point.
        this.i--;
        return one(this.sourceChar());
      }
    }
  }

  private charClass(): Node {
    this.i++; // [
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    const members = new Set<string>();
    let big = false;
    let astral = false;
    let ascii: Ascii | null = new Uint8Array(128);
    // Positive part: contains no whitespace / contains all of \s.
    let noSpace = true;
    let allSpace = false;
    const addAscii = (a: Ascii | null) => {
      if (!a || !ascii) ascii = null;
      else for (let x = 0; x < 128; x++) ascii[x] |= a[x];
    };
    const single = (): string | null => {
      // One class atom: returns its character, or null for a multi-character escape (\d, \w …).
      if (this.peek() === '\\') {
        this.i++;
        if (this.peek() === 'b') {
          this.i++;
          return '\b';
        }
        if (this.peek() === '-') {
          this.i++;
          return '-';
        }
        const { set, ascii: a } = this.classEscape();
        if (set.small && set.small.length === 1) {
          const ch = set.small[0];
          addAscii(asciiOf((x) => ch.length === 1 && x === ch.charCodeAt(0)));
          return ch;
        }
        if (!set.noSpace) noSpace = false;
        if (set.space) allSpace = true;
        addAscii(a);
        if (set.small) for (const m of set.small) members.add(m);
        else {
          big = true;
          astral ||= set.astral;
        }
        return null;
      }
      return this.sourceChar();
    };
    while (this.peek() !== ']') {
      if (this.i >= this.src.length) throw new Unsupported('unclosed class');
      const a = single();
      if (a !== null && this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.i++; // -
        const b = single();
        if (b === null) throw new Unsupported('class range with escape');
        const lo = a.codePointAt(0) ?? 0;
        const hi = b.codePointAt(0) ?? 0;
        if (hi < lo) throw new Unsupported('class range order');
        addAscii(asciiOf((x) => x >= lo && x <= hi));
        for (const sp of SPACE_UNITS) if (sp >= lo && sp <= hi) noSpace = false;
        if (hi - lo + 1 > SMALL_CLASS) {
          big = true;
          if (hi > 0xffff && this.unicode) astral = true;
        } else {
          for (let cp = lo; cp <= hi; cp++) members.add(String.fromCodePoint(cp));
        }
      } else if (a !== null) {
        if (isJsSpace(a.charCodeAt(0))) noSpace = false;
        members.add(a);
        addAscii(asciiOf((x) => a.length === 1 && x === a.charCodeAt(0)));
      }
    }
    this.i++; // ]
    if (negated) {
      const a: Ascii | null = ascii;
      return { t: 'chars', set: { ...many(this.unicode, a ? asciiOf((x) => a[x] === 0) : null), noSpace: allSpace } };
    }
    if (big || members.size > SMALL_CLASS) {
      for (const m of members) if (m.length > 1) astral = true;
      return { t: 'chars', set: { ...many(astral, ascii), noSpace } };
    }
    if (members.size === 0) throw new Unsupported('empty class');
    return { t: 'chars', set: few([...members]) };
  }
}

// ---------------------------------------------------------------------------------------------
// Analysis

interface Info {
  min: number;
  max: number;
  /** Every string the node can match (a superset is fine), when that set is small. */
  exact: string[] | null;
  plan: Plan | null;
  /** The plan is the exact set itself (character sets): see planOfInfo. */
  exactIsPlan?: boolean;
}

const EXACT_CAP = 64;

/** Rough share of ordinary (lower-cased, mixed prose and code) text that is this character. */
function charFreq(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return LETTER_FREQ[c - 0x61] * 0.75;
  if (c === 0x20) return 0.15;
  if (c === 0x0a) return 0.02;
  if (c >= 0x30 && c <= 0x39) return 0.004;
  if (c === 0x2e || c === 0x2c) return 0.01;
  if (c < 0x80) return 0.003;
  return 0.002;
}

// a b c d e f g h i j k l m n o p q r s t u v w x y z
const LETTER_FREQ = [
  0.082, 0.015, 0.028, 0.043, 0.127, 0.022, 0.02, 0.061, 0.07, 0.0015, 0.0077, 0.04, 0.024, 0.067, 0.075, 0.019, 0.001, 0.06, 0.063,
  0.091, 0.028, 0.0098, 0.024, 0.0015, 0.02, 0.0007,
];

const freqMemo = new Map<string, number>();

/** Estimated occurrences per character of text of the literal `s` (of its given flavor). */
export function literalFreq(s: string, flavor = ANYWHERE): number {
  let f = freqMemo.get(s);
  if (f === undefined) {
    f = baseFreq(s);
    freqMemo.set(s, f);
  }
  // About one letter in five starts a word.
  return flavor === ANYWHERE ? f : f * 0.3;
}

function baseFreq(s: string): number {
  let f = charFreq(s.charCodeAt(0));
  for (let i = 1; i < s.length; i++) f *= Math.min(1, 5 * charFreq(s.charCodeAt(i)));
  return f;
}

/** Per candidate: recording it, building its window and one regex call. */
const CANDIDATE_OVERHEAD = 4;

/** The pseudo-literal of `^`: it occurs at position 0 of every text, and nowhere else. */
export const START = '';

function litCost(l: PlanLiteral): number {
  return (l.s === START ? 0 : literalFreq(l.s, l.flavor) * (l.hi - l.lo + 1 + CANDIDATE_OVERHEAD)) + 1e-6;
}

/** A plan of these literals (duplicates removed); null when one has no bounded offset. */
function planOf(lits: PlanLiteral[]): Plan | null {
  if (lits.length === 0) return null;
  const seen = new Set<string>();
  const kept: PlanLiteral[] = [];
  let cost = 0;
  for (const l of lits) {
    if (!Number.isFinite(l.hi)) return null;
    const key = `${l.lo}:${l.hi}:${l.flavor}:${l.afterSpace === true}:${l.s}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(l);
    cost += litCost(l);
  }
  return { lits: kept, cost };
}

/** The final plan: also drops literals that have another literal of the plan, at the same offsets, as a prefix. */
function reduced(plan: Plan): Plan {
  const sorted = [...plan.lits].sort((a, b) => a.s.length - b.s.length);
  const kept: PlanLiteral[] = [];
  for (const l of sorted) {
    if (kept.some((k) => k.s !== START && k.lo === l.lo && k.hi === l.hi && k.afterSpace === l.afterSpace && (k.flavor === ANYWHERE || k.flavor === l.flavor) && l.s.startsWith(k.s))) continue;
    kept.push(l);
  }
  let cost = 0;
  for (const l of kept) cost += litCost(l);
  return { lits: kept, cost };
}

function better(a: Plan | null, b: Plan | null): Plan | null {
  if (!a) return b;
  if (!b) return a;
  return b.cost < a.cost ? b : a;
}

function shift(p: Plan | null, lo: number, hi: number): Plan | null {
  if (!p || !Number.isFinite(hi)) return null;
  // Also right for afterSpace literals: the distance of the node's start before q grows by its offset.
  return planOf(p.lits.map((l) => ({ ...l, lo: l.lo + lo, hi: l.hi + hi })));
}

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > EXACT_CAP) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return [...new Set(out)];
}

/** `lead`: the assertions just before the literals (word boundary, negative lookbehind) narrow their flavor. */
function exactPlan(exact: readonly string[] | null, lo: number, hi: number, lead: Lead = NO_LEAD, than: Plan | null = null): Plan | null {
  if (!exact || exact.includes('') || !Number.isFinite(hi)) return null;
  if (than) {
    // Cheap bound first: most runs lose to the best plan so far.
    let cost = 0;
    for (const s of exact) cost += literalFreq(s, flavorOf(s, lead)) * (hi - lo + 1 + CANDIDATE_OVERHEAD);
    if (cost >= than.cost) return null;
  }
  return planOf(exact.map((s) => ({ s, lo, hi, flavor: flavorOf(s, lead) })));
}

/** What the zero-width items in front of a literal guarantee about the character before it. */
interface Lead {
  /** `\b`: a literal starting with [A-Za-z0-9_] is not after one. */
  boundary: boolean;
  /** A negative lookbehind of one class containing all of [A-Za-z0-9_] / all of [a-z]. */
  notAfterWord: boolean;
  notAfterLower: boolean;
}

const NO_LEAD: Lead = { boundary: false, notAfterWord: false, notAfterLower: false };

function flavorOf(s: string, lead: Lead): number {
  if (lead.notAfterWord || (lead.boundary && isWordChar(s.charCodeAt(0)))) return WORD_START;
  if (lead.notAfterLower) return AFTER_NON_LOWER;
  return ANYWHERE;
}

/** The lead contributed by one zero-width item, or null when the item is not zero-width. */
function leadOf(node: Node): Lead | null {
  if (node.t === 'assert') return { boundary: node.wordBoundary, notAfterWord: false, notAfterLower: false };
  if (node.t === 'look') {
    const body = node.body.t === 'group' ? node.body.body : node.body;
    if (node.negativeBehind && body.t === 'chars') return { boundary: false, notAfterWord: body.set.word, notAfterLower: body.set.lower };
    return NO_LEAD;
  }
  return null;
}

/** Memoized per node: gate analysis (regex-gates.ts) asks again for subtrees already analysed. */
const infoMemo = new WeakMap<Node, Info>();
function analyze(node: Node): Info {
  let info = infoMemo.get(node);
  if (info === undefined) {
    info = analyzeNode(node);
    infoMemo.set(node, info);
  }
  return info;
}

/** Every string the node can match, when that set is small (else null). */
export function nodeExact(node: Node): readonly string[] | null {
  return analyze(node).exact;
}

/** The literals every match of the node contains (with offsets), or null when no set is known. */
export function nodePlan(node: Node): Plan | null {
  return planOfInfo(analyze(node));
}

/** A node's plan; for a plain character set (whose plan is its members) built only when asked. */
function planOfInfo(i: Info): Plan | null {
  return i.plan ?? (i.exactIsPlan ? exactPlan(i.exact, 0, 0) : null);
}

function analyzeNode(node: Node): Info {
  switch (node.t) {
    case 'chars': {
      const { set } = node;
      if (set.small) {
        let min = Infinity;
        let max = 0;
        for (const m of set.small) {
          if (m.length < min) min = m.length;
          if (m.length > max) max = m.length;
        }
        return { min, max, exact: set.small, plan: null, exactIsPlan: true };
      }
      return { min: 1, max: set.astral ? 2 : 1, exact: null, plan: null };
    }
    case 'assert':
      // `^` (without the m flag) only holds at position 0: the START literal "occurs" there and nowhere else.
      return { min: 0, max: 0, exact: [''], plan: node.start ? { lits: [{ s: START, lo: 0, hi: 0, flavor: ANYWHERE }], cost: 1e-6 } : null };
    case 'look':
      return { min: 0, max: 0, exact: [''], plan: null };
    case 'backref':
      return { min: 0, max: Infinity, exact: null, plan: null };
    case 'group':
      return analyze(node.body);
    case 'alt': {
      const infos = node.alts.map(analyze);
      let exact: string[] | null = [];
      for (const i of infos) {
        if (!exact || !i.exact) {
          exact = null;
          break;
        }
        exact = [...new Set([...exact, ...i.exact])];
        if (exact.length > EXACT_CAP) exact = null;
      }
      let plan: Plan | null = null;
      const plans = infos.map(planOfInfo);
      if (plans.every((p) => p)) plan = planOf(plans.flatMap((p) => p?.lits ?? []));
      plan = better(plan, exactPlan(exact, 0, 0, NO_LEAD, plan));
      return { min: Math.min(...infos.map((i) => i.min)), max: Math.max(...infos.map((i) => i.max)), exact, plan };
    }
    case 'rep': {
      const b = analyze(node.body);
      const min = b.min * node.min;
      const max = b.max === 0 ? 0 : node.max === Infinity || b.max === Infinity ? Infinity : b.max * node.max;
      let exact: string[] | null = null;
      if (b.exact && Number.isFinite(node.max) && node.max <= 4) {
        let acc: string[] | null = [''];
        const all = new Set<string>();
        for (let k = 0; k <= node.max && acc; k++) {
          if (k >= node.min) for (const s of acc) all.add(s);
          if (k < node.max) acc = product(acc, b.exact);
        }
        exact = acc && all.size <= EXACT_CAP ? [...all] : null;
      }
      const bp = node.min >= 1 ? planOfInfo(b) : null;
      const plan = node.min >= 1 ? better(bp, exactPlan(exact, 0, 0, NO_LEAD, bp)) : null;
      return { min, max, exact, plan };
    }
    case 'seq': {
      const items = expandReps(node.items);
      const infos = items.map(analyze);
      const k = infos.length;
      const offMin: number[] = [0];
      const offMax: number[] = [0];
      for (let i = 0; i < k; i++) {
        offMin.push(offMin[i] + infos[i].min);
        offMax.push(offMax[i] + infos[i].max);
      }
      let plan: Plan | null = null;
      for (let i = 0; i < k; i++) {
        // Shifting only widens windows, so an item plan no cheaper than the best so far cannot win.
        const ip = infos[i].plan;
        if (ip && (!plan || ip.cost < plan.cost)) plan = better(plan, shift(ip, offMin[i], offMax[i]));
        // Runs of consecutive exact items: their concatenations are literals too ("/dev/" + "tcp|udp").
        if (!infos[i].exact || !Number.isFinite(offMax[i])) continue;
        // A run that one fixed character before it extends is never better than that longer run.
        if (i > 0 && isSingleFixed(infos[i - 1])) continue;
        // Zero-width items at the head of the run (\b, (?<![a-z])) tell what may precede its literals.
        const lead: Lead = { ...NO_LEAD };
        for (let j = i; j < k; j++) {
          const l = leadOf(items[j]);
          if (!l) break;
          lead.boundary ||= l.boundary;
          lead.notAfterWord ||= l.notAfterWord;
          lead.notAfterLower ||= l.notAfterLower;
        }
        let acc: string[] | null = infos[i].exact;
        for (let j = i + 1; j <= k && acc; j++) {
          const next = j < k ? infos[j].exact : null;
          // Appending one fixed string keeps the set's size and only makes its literals rarer: try the longer run.
          if (next === null || next.length !== 1) plan = better(plan, exactPlan(acc, offMin[i], offMax[i], lead, plan));
          if (j === k) break;
          acc = next ? product(acc, next) : null;
        }
      }
      // `A\s*B`: B's literals, placed by the whitespace run before them (see PlanLiteral.afterSpace).
      for (let j = 1; j + 1 < k; j++) {
        const ws = items[j];
        if (ws.t !== 'rep' || ws.max !== Infinity || ws.body.t !== 'chars' || !ws.body.set.space) continue;
        const a = infos[j - 1];
        if (!Number.isFinite(offMax[j - 1]) || !Number.isFinite(a.max) || !endsWithoutSpace(items[j - 1], a)) continue;
        const lo = offMin[j - 1] + a.min;
        const hi = offMax[j - 1] + a.max;
        const b = infos[j + 1];
        const starts = (p: Plan | null): Plan | null => {
          if (!p || p.lits.some((l) => l.afterSpace || l.lo !== 0 || l.hi !== 0 || l.s === START || isJsSpace(l.s.charCodeAt(0)))) return null;
          return planOf(p.lits.map((l) => ({ s: l.s, lo, hi, flavor: l.flavor, afterSpace: true })));
        };
        plan = better(plan, starts(planOfInfo(b)));
        let acc: string[] | null = b.exact;
        for (let m = j + 2; m <= k && acc; m++) {
          plan = better(plan, starts(exactPlan(acc, 0, 0)));
          if (m === k) break;
          const next = infos[m].exact;
          acc = next ? product(acc, next) : null;
        }
      }
      let exact: string[] | null = [''];
      for (const i of infos) {
        exact = exact && i.exact ? product(exact, i.exact) : null;
        if (!exact) break;
      }
      return { min: offMin[k], max: offMax[k], exact, plan };
    }
  }
}

/** An item that always matches one and the same non-empty string. */
function isSingleFixed(info: Info): boolean {
  return info.exact !== null && info.exact.length === 1 && info.exact[0].length > 0 && info.min === info.max;
}

/** True when no match of the node ends with a whitespace unit (so a following `\s*` run starts right after it). */
function endsWithoutSpace(node: Node, info: Info): boolean {
  if (info.exact) return info.exact.every((x) => x.length > 0 && !isJsSpace(x.charCodeAt(x.length - 1)));
  if (node.t === 'chars') return node.set.noSpace === true;
  if (node.t === 'group') return endsWithoutSpace(node.body, analyze(node.body));
  if (node.t === 'rep' && node.min >= 1) return endsWithoutSpace(node.body, analyze(node.body));
  if (node.t === 'alt') return node.alts.every((x) => endsWithoutSpace(x, analyze(x)));
  return false;
}

/**
 * Counted repetitions of a small class inside a sequence, written out (`\d{3}` as `\d\d\d`,
 * `\d{1,6}` as `\d\d{0,5}`): same language, but a literal may now end or start inside the count
 * ("\d[.-]" in `\d{3}[.-]\d{4}`).
 */
function expandReps(items: readonly Node[]): Node[] {
  const out: Node[] = [];
  for (const item of items) {
    if (item.t === 'rep' && item.min >= 1 && item.min <= 4 && item.body.t === 'chars' && item.body.set.small) {
      for (let k = 0; k < item.min; k++) out.push(item.body);
      if (item.max > item.min) out.push({ t: 'rep', body: item.body, min: 0, max: item.max - item.min });
    } else {
      out.push(item);
    }
  }
  return out;
}

/** The syntax tree of a pattern the analysis understands (null: case-folded, set notation or unknown syntax). */
export function parseRegex(re: RegExp): Node | null {
  if (re.flags.includes('i') || re.flags.includes('v')) return null; // case-folded literals; set notation
  try {
    return new Parser(re.source, re.flags.includes('u'), re.flags.includes('m')).parse();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** Plans of literal sets costlier than this (candidates per character) are not worth using. */
export const MAX_PLAN_COST = 0.25;

/**
 * The trigger plan of a regex, or null when it has none worth using (a leading `\w+`, an
 * unbounded gap before every literal, syntax the parser does not know).
 */
export function planRegex(re: RegExp): Plan | null {
  return regexFact('plan', re, () => analysePlan(re));
}

function analysePlan(re: RegExp): Plan | null {
  const node = parseRegex(re);
  if (!node) return null;
  const info = analyze(node);
  if (info.min === 0) return null; // could match the empty string: no literal is required
  const best = planOfInfo(info);
  const plan = best ? reduced(best) : null;
  return plan && plan.cost <= MAX_PLAN_COST ? plan : null;
}

// ---------------------------------------------------------------------------------------------
// First characters

interface First {
  /** Code units a match can start with; null: any. */
  set: Set<number> | null;
  /** The node can match the empty string (then what follows may supply the first unit). */
  nullable: boolean;
}

const FIRST_CAP = 256;

function union(a: Set<number> | null, b: Set<number> | null): Set<number> | null {
  if (!a || !b) return null;
  const u = new Set([...a, ...b]);
  return u.size > FIRST_CAP ? null : u;
}

function firstOf(node: Node): First {
  switch (node.t) {
    case 'chars':
      return { set: node.set.small ? new Set(node.set.small.map((m) => m.charCodeAt(0))) : null, nullable: false };
    case 'assert':
    case 'look':
      return { set: new Set(), nullable: true };
    case 'backref':
      return { set: null, nullable: true };
    case 'group':
      return firstOf(node.body);
    case 'alt': {
      let set: Set<number> | null = new Set();
      let nullable = false;
      for (const a of node.alts) {
        const f = firstOf(a);
        set = union(set, f.set);
        nullable ||= f.nullable;
      }
      return { set, nullable };
    }
    case 'rep': {
      const f = firstOf(node.body);
      return { set: f.set, nullable: f.nullable || node.min === 0 };
    }
    case 'seq': {
      let set: Set<number> | null = new Set();
      for (const item of node.items) {
        const f = firstOf(item);
        set = union(set, f.set);
        if (!f.nullable) return { set, nullable: false };
      }
      return { set, nullable: true };
    }
  }
}

/**
 * The code units any non-empty match of `re` starts with, or null when that is not a small known
 * set (or the pattern could match the empty string). For skipping positions where it cannot match.
 */
export function firstUnits(re: RegExp): ReadonlySet<number> | null {
  return regexFact(
    'first',
    re,
    () => analyseFirstUnits(re),
    (v) => (v ? [...v] : null),
    (j) => (Array.isArray(j) ? new Set(j as number[]) : null),
  );
}

function analyseFirstUnits(re: RegExp): ReadonlySet<number> | null {
  if (re.flags.includes('i') || re.flags.includes('v')) return null;
  try {
    const f = firstOf(new Parser(re.source, re.flags.includes('u'), re.flags.includes('m')).parse());
    return f.nullable ? null : f.set;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
