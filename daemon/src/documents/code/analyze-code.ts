import type { SecurityMode } from '../../engine/types';
import type { CodeLanguage } from '../classify';
import type { FindingDraft } from '../draft';
import { toolFindings } from './agent-tools';
import { codeSecretFindings } from './code-secrets';
import { JS, PY, type LangSyntax } from './lang';
import { isLlmCall } from './llm-calls';
import { messageSites } from './messages';
import { parseCode } from './parser';
import { namedPromptStrings, promptStringFindings, siteStrings, systemPromptFindings, templateFindings } from './prompt-findings';
import { Bindings } from './resolve';
import { sinkAdvice, sinkOf } from './sinks';
import { child, type SyntaxNode } from './syntax';
import { Taint } from './taint';
import { unitsOf, type Unit } from './units';
import { userTaint } from './user-input';

/** Expressions a function returns: `return x`, an arrow function's expression body. */
function returned(unit: Unit, lang: LangSyntax): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const n of unit.nodes) {
    if (n.type === 'return_statement') {
      const e = n.children.find((c) => c.named);
      if (e) out.push(e);
    } else if (n.type === 'arrow_function') {
      const body = child(n, 'body');
      if (body && body.type !== 'statement_block') out.push(body);
    } else if (lang.python && n.type === 'yield') {
      const e = n.children.find((c) => c.named);
      if (e) out.push(e);
    }
  }
  return out;
}

/**
 * Names of this file's functions that return model output (`async function ask(q) { … return
 * res.choices[0].message.content }`), so their callers' results count as model output too.
 */
function llmFunctions(src: string, units: readonly Unit[], lang: LangSyntax): Set<string> {
  const known = new Set<string>();
  for (let round = 0; round < 2; round++) {
    const before = known.size;
    for (const u of units) {
      if (!u.name || known.has(u.name)) continue;
      const t = new Taint(src, u, lang, (n) => lang.call.has(n.type) && isLlmCall(src, n, known));
      if (returned(u, lang).some((e) => t.originOf(e))) known.add(u.name);
    }
    if (known.size === before) break;
  }
  return known;
}

/** Model output reaching eval, a shell, SQL, HTML or a file path within one unit. */
function sinkFindings(src: string, units: readonly Unit[], lang: LangSyntax, known: ReadonlySet<string>): FindingDraft[] {
  const out: FindingDraft[] = [];
  const isSource = (n: SyntaxNode): boolean => lang.call.has(n.type) && isLlmCall(src, n, known);
  for (const u of units) {
    if (!u.nodes.some(isSource)) continue;
    const taint = new Taint(src, u, lang, isSource);
    for (const n of u.nodes) {
      const sink = sinkOf(src, n, lang);
      if (!sink) continue;
      const origin = sink.args.map((a) => taint.originOf(a)).find((o) => o !== undefined);
      if (!origin) continue;
      out.push({
        ruleId: 'code-llm-output-to-sink',
        start: n.start,
        end: n.end,
        message: `LLM output flows into ${sink.label} (${sink.kind === 'code' ? 'code execution' : sink.kind === 'sql' ? 'a SQL query' : sink.kind === 'html' ? 'HTML' : sink.kind === 'file' ? 'a file path' : 'a shell command'}): ${sinkAdvice(sink.kind)}`,
        confidence: 0.8,
        related: [{ start: origin.start, end: origin.end, message: 'the LLM output is obtained here' }],
        ignoreAt: n.start,
      });
    }
  }
  return out;
}

/** Findings of an agent-code file: prompts (engine), flows, system-prompt splicing, tools, secrets. */
export async function analyzeCode(src: string, language: CodeLanguage, mode: SecurityMode): Promise<FindingDraft[]> {
  const root = await parseCode(src, language);
  const lang = language === 'python' ? PY : JS;
  const units = unitsOf(src, root, lang);
  const known = llmFunctions(src, units, lang);
  const bindings = new Bindings(src, lang, units[0]);
  const sites = units.flatMap((u) => messageSites(src, u, lang, known));
  const userTaints = new Map<Unit, Taint>();
  const taintOf = (u: Unit): Taint => {
    let t = userTaints.get(u);
    if (!t) userTaints.set(u, (t = userTaint(src, u, lang)));
    return t;
  };
  return [
    ...sinkFindings(src, units, lang, known),
    ...systemPromptFindings(src, sites, bindings, taintOf, lang),
    ...templateFindings(src, sites, bindings, lang),
    ...promptStringFindings(src, [...siteStrings(sites, bindings), ...namedPromptStrings(src, units, lang)], lang, mode),
    ...toolFindings(src, units, lang),
    ...codeSecretFindings(src, root, lang),
  ];
}
