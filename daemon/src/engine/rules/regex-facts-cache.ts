import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * What regex-plan.ts derives from each rule pattern (trigger plans, first units) does not change
 * between runs, yet deriving it for every pattern costs a third of the engine's start-up and most of
 * its start-up garbage (which is what keeps the young generation, and so the RSS, large). The build
 * (scripts/build.mjs → scripts/gen-regex-facts.ts) derives everything once and writes it beside the
 * bundled model; at run time each fact is read from there, keyed by the pattern's flags and source,
 * so an edited pattern simply misses the file and is analysed live. Only a bundle reads the file
 * (dist/index.js, dist/cli.js → dist/models/): the sources, run by tsx in development and tests,
 * always analyse live, so a stale dist/ can never stand in for an edited analysis.
 */

export const REGEX_FACTS_FILE = 'regex-facts.json';
const VERSION = 1;

type Facts = Record<string, unknown>;

let loaded: Facts | null = null;
const recorded: Facts = {};

function load(): Facts {
  if (loaded) return loaded;
  loaded = {};
  // Beside the bundle only: in the source tree this is daemon/src/engine/rules/models, which never exists.
  const file = typeof __dirname === 'string' ? path.join(__dirname, 'models', REGEX_FACTS_FILE) : null;
  if (file && fs.existsSync(file)) {
    try {
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: unknown; facts?: unknown };
      if (json.version === VERSION && json.facts && typeof json.facts === 'object') loaded = json.facts as Facts;
    } catch {
      // A damaged file only costs the start-up time it was meant to save.
    }
  }
  return loaded;
}

/**
 * The fact `kind` of pattern `re`: from the build's file when it has it, else `compute()` (and kept
 * for the generator). `encode`/`decode` turn it into JSON and back.
 */
export function regexFact<T>(kind: string, re: RegExp, compute: () => T, encode: (v: T) => unknown = (v) => v, decode: (j: unknown) => T = (j) => j as T): T {
  const key = `${kind} ${re.flags}/${re.source}`;
  const facts = load();
  if (Object.prototype.hasOwnProperty.call(facts, key)) return decode(facts[key]);
  const value = compute();
  recorded[key] = encode(value);
  return value;
}

/** Everything derived live in this process, in the file's format (for the build's generator). */
export function recordedRegexFacts(): { version: number; facts: Facts } {
  return { version: VERSION, facts: { ...recorded } };
}
