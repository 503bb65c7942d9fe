import { START, literalFreq, nodeExact, nodePlan, parseRegex, type Node, type Plan } from './regex-plan';

/**
 * Gates: sets of literals of which every match of a pattern contains at least one, somewhere.
 *
 * A pattern's trigger plan (regex-plan.ts) picks ONE such set: the one whose occurrences make the
 * fewest, narrowest windows to try the pattern in. Its other parts often need rarer text: the
 * SQL-injection tautology is triggered by a quote but cannot match without "=", "<", ">", "like",
 * "true" or "false". On hostile input made of thousands of triggers ("' or " × 20,000) checking
 * that each gate has a literal in the view (flag lookups, from the same one-pass literal index)
 * skips the pattern instead of trying it at every trigger. Every gate is a necessary condition
 * derived from the pattern's syntax tree, so no match is lost.
 */

export interface Gate {
  readonly strings: readonly string[];
  /** Estimated occurrences per character of ordinary text (sum over its literals). */
  readonly freq: number;
}

function gateOfStrings(list: readonly string[]): Gate | null {
  const strings = [...new Set(list)];
  // `^` "occurs" in every text, and an empty string everywhere: such a set excludes nothing.
  if (strings.length === 0 || strings.includes(START)) return null;
  let freq = 0;
  for (const s of strings) freq += literalFreq(s);
  return { strings, freq };
}

function gateOfPlan(plan: Plan | null): Gate | null {
  return plan && plan.lits.length > 0 ? gateOfStrings(plan.lits.map((l) => l.s)) : null;
}

/** Most strings a run of exact items may expand to. */
const RUN_CAP = 64;

/**
 * Runs of consecutive items that each match one of a few strings ("not", "false" around `\s+`):
 * their concatenations are gates wherever the run sits (a trigger needs bounded offsets, a gate not).
 */
function runGates(items: readonly Node[]): Gate[] {
  const out: Gate[] = [];
  for (let i = 0; i < items.length; i++) {
    let acc: string[] | null = null;
    for (let j = i; j < items.length; j++) {
      const ex = nodeExact(items[j]);
      if (!ex) break;
      const next: string[] = [];
      for (const a of acc ?? ['']) for (const b of ex) next.push(a + b);
      if (next.length > RUN_CAP) break;
      acc = next;
    }
    const g = acc ? gateOfStrings(acc) : null;
    if (g) out.push(g);
  }
  return out;
}

function cheapest(gates: readonly Gate[]): Gate | null {
  let best: Gate | null = null;
  for (const g of gates) if (!best || g.freq < best.freq) best = g;
  return best;
}

/** Every gate the analysis can prove for a node (possibly overlapping). */
function gatesOf(node: Node): Gate[] {
  const own = gateOfPlan(nodePlan(node));
  const out: Gate[] = own ? [own] : [];
  switch (node.t) {
    case 'group':
      out.push(...gatesOf(node.body));
      break;
    case 'rep':
      if (node.min >= 1) out.push(...gatesOf(node.body));
      break;
    case 'seq':
      for (const item of node.items) out.push(...gatesOf(item));
      out.push(...runGates(node.items));
      break;
    case 'alt': {
      // One alternative matches: the union of each one's rarest gate is a gate.
      const strings: string[] = [];
      for (const alt of node.alts) {
        const g = cheapest(gatesOf(alt));
        if (!g) return out;
        strings.push(...g.strings);
      }
      const g = gateOfStrings(strings);
      if (g) out.push(g);
      break;
    }
    default:
      // Lookarounds may be negative; assertions and back-references carry no literal.
      break;
  }
  return out;
}

/** Gates worth a check: rarer than about one occurrence per 50 characters of ordinary text. */
const MAX_GATE_FREQ = 2e-2;
const MAX_GATES = 2;

/**
 * The gates of a pattern worth a presence check, rarest first; empty when the syntax is not
 * understood or no gate is rare enough. `primary`: the strings of the pattern's trigger plan, which
 * need no second check.
 */
export function regexGates(re: RegExp, primary: readonly string[] = []): Gate[] {
  const node = parseRegex(re);
  if (!node) return [];
  const seen = new Set<string>([[...new Set(primary)].sort().join('\u0000')]);
  const out: Gate[] = [];
  for (const g of gatesOf(node).sort((a, b) => a.freq - b.freq)) {
    if (g.freq > MAX_GATE_FREQ || out.length >= MAX_GATES) break;
    const key = [...g.strings].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(g);
  }
  return out;
}
