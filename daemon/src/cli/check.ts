import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { scanMessage } from '../engine';
import type { MessageSource, RulePack, ScanContext, SecurityMode, Verdict } from '../engine';
import { UsageError } from './usage-error';

const MODES: readonly SecurityMode[] = ['default', 'security_aware', 'strict'];
const PACKS: readonly RulePack[] = ['hipaa', 'pci', 'sox'];
const SOURCES: readonly MessageSource[] = ['user', 'system', 'assistant', 'agent', 'tool_result', 'document', 'code_comment', 'prompt_file'];

export interface Io {
  stdin: NodeJS.ReadableStream;
  write(chunk: string): void;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`unknown ${what} "${value}" (expected one of: ${allowed.join(', ')})`);
  return value as T;
}

function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer | string) => chunks.push(typeof c === 'string' ? Buffer.from(c) : c));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

type LineResult = ({ id?: string | number } & Verdict) | { id?: string | number; error: string };

/** One JSONL line → one result. Never throws: bad input becomes an `error` result. */
export function checkJsonLine(line: string, base: ScanContext): LineResult {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (e) {
    return { error: `malformed JSON: ${(e as Error).message}` };
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return { error: 'expected a JSON object with a string "text" field' };
  const r = row as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? { id: r.id } : {};
  if (typeof r.text !== 'string') return { ...id, error: 'missing or non-string "text" field' };
  const source = typeof r.source === 'string' && (SOURCES as readonly string[]).includes(r.source) ? { source: r.source as MessageSource } : {};
  try {
    return { ...id, ...scanMessage(r.text, { ...base, ...source }) };
  } catch (e) {
    return { ...id, error: `scan failed: ${(e as Error).message}` };
  }
}

/** `soc-agents check`; resolves to the process exit code. */
export async function runCheck(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      stdin: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      mode: { type: 'string' },
      pack: { type: 'string', multiple: true },
      pretty: { type: 'boolean' },
      'fail-if-flagged': { type: 'boolean' },
    },
  });
  const ctx: ScanContext = {
    mode: oneOf(values.mode, MODES, 'mode') ?? 'default',
    rulePacks: (values.pack ?? []).map((p) => oneOf(p, PACKS, 'rule pack') as RulePack),
  };
  const inputs = [values.stdin, values.jsonl, positionals.length > 0].filter(Boolean).length;
  if (inputs !== 1) throw new UsageError('give exactly one input: "TEXT", --stdin or --jsonl (see soc-agents check --help)');
  const failIfFlagged = values['fail-if-flagged'] === true;

  if (values.jsonl) {
    let flagged = false;
    const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      const result = checkJsonLine(line, ctx);
      if ('flagged' in result && result.flagged) flagged = true;
      io.write(JSON.stringify(result) + '\n');
    }
    return failIfFlagged && flagged ? 1 : 0;
  }
  const text = values.stdin ? await readAll(io.stdin) : positionals.join(' ');
  const verdict: Verdict = scanMessage(text, ctx);
  io.write(JSON.stringify(verdict, null, values.pretty ? 2 : undefined) + '\n');
  return failIfFlagged && verdict.flagged ? 1 : 0;
}
