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

/** A literal that every match contains, at an offset from the match start in [lo, hi] (UTF-16 units). */
export interface PlanLiteral {
  readonly s: string;
  readonly lo: number;
  readonly hi: number;
}

export interface Plan {
  readonly lits: readonly PlanLiteral[];
  /** Estimated candidate start positions tried per character of ordinary text (lower is better). */
  readonly cost: number;
}

type CharSet = { small: string[] } | { small: null; astral: boolean };

type Node =
  | { t: 'chars'; set: CharSet }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; body: Node; index: number }
  | { t: 'look'; body: Node }
  | { t: 'rep'; body: Node; min: number; max: number }
  | { t: 'assert'; start: boolean }
  | { t: 'backref' };

class Unsupported extends Error {}

/** Classes with more members than this are treated as "any character" by the analysis. */
const SMALL_CLASS = 16;

const DIGITS = '0123456789'.split('');

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
    return { t: 'chars', set: { small: [ch] } };
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
      return { t: 'chars', set: { small: null, astral: this.unicode } };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { t: 'assert', start: c === '^' && !this.multiline };
    }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?') throw new Unsupported('dangling quantifier');
    if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(this.src.slice(this.i))) throw new Unsupported('dangling quantifier');
    return this.literal(this.sourceChar());
  }

  private group(): Node {
    this.i++; // (
    let kind: 'cap' | 'non' | 'look' = 'cap';
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
    if (kind === 'look') return { t: 'look', body };
    return { t: 'group', body, index };
  }

  /** Escape outside a class. */
  private escape(): Node {
    this.i++; // backslash
    const c = this.peek();
    if (c === 'b' || c === 'B') {
      this.i++;
      return { t: 'assert', start: false };
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
    const set = this.classEscape();
    return { t: 'chars', set };
  }

  /** An escape that stands for characters (shared by classes and atoms); the backslash is consumed. */
  private classEscape(): CharSet {
    const c = this.peek();
    this.i++;
    switch (c) {
      case 'd':
        return { small: DIGITS };
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S':
        return { small: null, astral: this.unicode };
      case 'p':
      case 'P': {
        if (!this.unicode) return { small: [c] };
        const end = this.src.indexOf('}', this.i);
        if (this.peek() !== '{' || end < 0) throw new Unsupported('\\p');
        this.i = end + 1;
        return { small: null, astral: true };
      }
      case 'n':
        return { small: ['\n'] };
      case 'r':
        return { small: ['\r'] };
      case 't':
        return { small: ['\t'] };
      case 'f':
        return { small: ['\f'] };
      case 'v':
        return { small: ['\v'] };
      case '0':
        if (this.peek() >= '0' && this.peek() <= '9') throw new Unsupported('octal escape');
        return { small: ['\0'] };
      case 'x': {
        const h = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i));
        if (!h) throw new Unsupported('\\x');
        this.i += 2;
        return { small: [String.fromCharCode(parseInt(h[0], 16))] };
      }
      case 'u': {
        const rest = this.src.slice(this.i);
        const braced = this.unicode ? /^\{([0-9a-fA-F]{1,6})\}/.exec(rest) : null;
        if (braced) {
          this.i += braced[0].length;
          return { small: [String.fromCodePoint(parseInt(braced[1], 16))] };
        }
        const h = /^[0-9a-fA-F]{4}/.exec(rest);
        if (!h) throw new Unsupported('\\u');
        this.i += 4;
        return { small: [String.fromCharCode(parseInt(h[0], 16))] };
      }
      case 'c': {
        const l = this.peek();
        if (!/[a-zA-Z]/.test(l)) throw new Unsupported('\\c');
        this.i++;
        return { small: [String.fromCharCode(l.charCodeAt(0) % 32)] };
      }
      case '':
        throw new Unsupported('trailing backslash');
      default: {
        // Identity escape (\. \/ \- …); in u mode a whole code point.
        this.i--;
        return { small: [this.sourceChar()] };
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
        const set = this.classEscape();
        if (set.small && set.small.length === 1) return set.small[0];
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
        if (hi - lo + 1 > SMALL_CLASS) {
          big = true;
          if (hi > 0xffff && this.unicode) astral = true;
        } else {
          for (let cp = lo; cp <= hi; cp++) members.add(String.fromCodePoint(cp));
        }
      } else if (a !== null) {
        members.add(a);
      }
    }
    this.i++; // ]
    if (negated) return { t: 'chars', set: { small: null, astral: this.unicode } };
    if (big || members.size > SMALL_CLASS) {
      for (const m of members) if (m.length > 1) astral = true;
      return { t: 'chars', set: { small: null, astral } };
    }
    if (members.size === 0) throw new Unsupported('empty class');
    return { t: 'chars', set: { small: [...members] } };
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

/** Estimated occurrences per character of text of the literal `s`. */
export function literalFreq(s: string): number {
  let f = charFreq(s.charCodeAt(0));
  for (let i = 1; i < s.length; i++) f *= Math.min(1, 5 * charFreq(s.charCodeAt(i)));
  return f;
}

/** Per candidate: recording it, building its window and one regex call. */
const CANDIDATE_OVERHEAD = 4;

/** The pseudo-literal of `^`: it occurs at position 0 of every text, and nowhere else. */
export const START = '';

function planOf(lits: PlanLiteral[]): Plan | null {
  if (lits.length === 0 || lits.some((l) => !Number.isFinite(l.hi))) return null;
  // Drop literals that contain another literal of the plan at the same offsets as a prefix: they add nothing.
  const sorted = [...lits].sort((a, b) => a.s.length - b.s.length);
  const kept: PlanLiteral[] = [];
  const seen = new Set<string>();
  for (const l of sorted) {
    const key = `${l.lo}:${l.hi}:${l.s}`;
    if (seen.has(key)) continue;
    if (kept.some((k) => k.s !== START && k.lo === l.lo && k.hi === l.hi && l.s.startsWith(k.s))) continue;
    seen.add(key);
    kept.push(l);
  }
  let cost = 0;
  for (const l of kept) cost += (l.s === START ? 0 : literalFreq(l.s) * (l.hi - l.lo + 1 + CANDIDATE_OVERHEAD)) + 1e-6;
  return { lits: kept, cost };
}

function better(a: Plan | null, b: Plan | null): Plan | null {
  if (!a) return b;
  if (!b) return a;
  return b.cost < a.cost ? b : a;
}

function shift(p: Plan | null, lo: number, hi: number): Plan | null {
  if (!p || !Number.isFinite(hi)) return null;
  return planOf(p.lits.map((l) => ({ s: l.s, lo: l.lo + lo, hi: l.hi + hi })));
}

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > EXACT_CAP) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return [...new Set(out)];
}

function exactPlan(exact: readonly string[] | null, lo: number, hi: number): Plan | null {
  if (!exact || exact.includes('')) return null;
  return planOf(exact.map((s) => ({ s, lo, hi })));
}

function analyze(node: Node): Info {
  switch (node.t) {
    case 'chars': {
      const { set } = node;
      if (set.small) {
        const lens = set.small.map((s) => s.length);
        return { min: Math.min(...lens), max: Math.max(...lens), exact: set.small, plan: exactPlan(set.small, 0, 0) };
      }
      return { min: 1, max: set.astral ? 2 : 1, exact: null, plan: null };
    }
    case 'assert':
      // `^` (without the m flag) only holds at position 0: the START literal "occurs" there and nowhere else.
      return { min: 0, max: 0, exact: [''], plan: node.start ? { lits: [{ s: START, lo: 0, hi: 0 }], cost: 1e-6 } : null };
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
      if (infos.every((i) => i.plan)) plan = planOf(infos.flatMap((i) => i.plan?.lits ?? []));
      plan = better(plan, exactPlan(exact, 0, 0));
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
      const plan = node.min >= 1 ? better(b.plan, exactPlan(exact, 0, 0)) : null;
      return { min, max, exact, plan };
    }
    case 'seq': {
      const infos = node.items.map(analyze);
      const k = infos.length;
      const offMin: number[] = [0];
      const offMax: number[] = [0];
      for (let i = 0; i < k; i++) {
        offMin.push(offMin[i] + infos[i].min);
        offMax.push(offMax[i] + infos[i].max);
      }
      let plan: Plan | null = null;
      for (let i = 0; i < k; i++) {
        plan = better(plan, shift(infos[i].plan, offMin[i], offMax[i]));
        // Runs of consecutive exact items: their concatenations are literals too ("/dev/" + "tcp|udp").
        if (!infos[i].exact || !Number.isFinite(offMax[i])) continue;
        let acc: string[] | null = infos[i].exact;
        for (let j = i + 1; j <= k && acc; j++) {
          plan = better(plan, exactPlan(acc, offMin[i], offMax[i]));
          if (j === k) break;
          const next = infos[j].exact;
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

/** Plans of literal sets costlier than this (candidates per character) are not worth using. */
export const MAX_PLAN_COST = 0.25;

/**
 * The trigger plan of a regex, or null when it has none worth using (a leading `\w+`, an
 * unbounded gap before every literal, syntax the parser does not know).
 */
export function planRegex(re: RegExp): Plan | null {
  if (re.flags.includes('i') || re.flags.includes('v')) return null; // case-folded literals; set notation
  let node: Node;
  try {
    node = new Parser(re.source, re.flags.includes('u'), re.flags.includes('m')).parse();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  const info = analyze(node);
  if (info.min === 0) return null; // could match the empty string: no literal is required
  const plan = info.plan;
  return plan && plan.cost <= MAX_PLAN_COST ? plan : null;
}
