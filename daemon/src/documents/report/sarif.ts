import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../engine/types';
import { documentRule } from '../rule-meta';
import { LineIndex } from '../text/lines';
import type { DocumentFinding, DocumentScanResult } from '../types';

export interface SarifInput {
  /** Path relative to the scan root (or absolute). */
  path: string;
  /** The scanned text: gives regions lines and columns (without it, regions are character offsets). */
  text?: string;
  result: DocumentScanResult;
}

export interface SarifOptions {
  /** Base of the rule documentation links (`<base><id>.md`); default: the docs/rules folder that ships with the tool. */
  docsBaseUri?: string;
  /** Absolute folder the relative paths start from, recorded as `%SRCROOT%`. */
  rootDir?: string;
}

type Json = Record<string, unknown>;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
/** GitHub code scanning ranks security results by `security-severity` (0–10). */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

function defaultDocsBase(): string {
  const dirs = [join(__dirname, 'docs', 'rules'), join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', '..', 'docs', 'rules')];
  const dir = dirs.find((d) => existsSync(d)) ?? join(process.cwd(), 'docs', 'rules');
  return `${pathToFileURL(dir).href}/`;
}

/** `doc-mcp-unpinned-server` → `DocMcpUnpinnedServer` (SARIF's rule `name` is an identifier). */
function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __: string, c: string) => c.toUpperCase());
}

function artifact(path: string, rooted: boolean): Json {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  const uri = path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
  return rooted ? { uri, uriBaseId: '%SRCROOT%' } : { uri };
}

function region(lines: LineIndex | undefined, start: number, end: number): Json {
  const r: Json = { charOffset: start, charLength: Math.max(0, end - start) };
  if (!lines) return r;
  const s = lines.position(start);
  const e = lines.position(end);
  return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, ...r };
}

function ruleEntry(f: DocumentFinding, docsBase: string): Json {
  const meta = documentRule(f.ruleId);
  const severity = meta?.severity ?? f.severity;
  const helpUri = `${docsBase}${f.ruleId}.md`;
  return {
    id: f.ruleId,
    name: ruleName(f.ruleId),
    shortDescription: { text: meta?.title ?? f.ruleId },
    fullDescription: { text: meta?.description ?? f.message },
    helpUri,
    help: { text: `${meta?.description ?? f.message} Documentation: ${helpUri}` },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      category: meta?.category ?? f.category,
      owasp: meta?.owasp ?? '',
      tags: ['security', meta?.category ?? f.category, ...(meta?.owasp ? [meta.owasp] : [])],
      'security-severity': SECURITY_SEVERITY[severity],
    },
  };
}

/**
 * A SARIF 2.1.0 log of scan results: rule metadata with documentation links, results with
 * 1-based line/column regions counted in UTF-16 code units, related locations, quick fixes and
 * stable `partialFingerprints`.
 */
export function sarifReport(results: readonly SarifInput[], toolVersion: string, opts: SarifOptions = {}): Json {
  const docsBase = opts.docsBaseUri ?? defaultDocsBase();
  const rooted = opts.rootDir !== undefined;
  const ruleIndex = new Map<string, number>();
  const rules: Json[] = [];
  const out: Json[] = [];
  for (const file of results) {
    const lines = file.text !== undefined ? new LineIndex(file.text) : undefined;
    const loc = artifact(file.path, rooted);
    const physical = (start: number, end: number): Json => ({ artifactLocation: loc, region: region(lines, start, end) });
    for (const f of file.result.findings) {
      let index = ruleIndex.get(f.ruleId);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(f.ruleId, index);
        rules.push(ruleEntry(f, docsBase));
      }
      const fixes = (f.fixes ?? [])
        .filter((x) => x.kind === 'quickfix')
        .map((x) => ({
          description: { text: x.title },
          artifactChanges: [{ artifactLocation: loc, replacements: x.edits.map((e) => ({ deletedRegion: region(lines, e.start, e.end), insertedContent: { text: e.newText } })) }],
        }));
      out.push({
        ruleId: f.ruleId,
        ruleIndex: index,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: physical(f.start, f.end) }],
        partialFingerprints: { 'socAgentsFinding/v1': f.fingerprint },
        ...(f.related && f.related.length > 0
          ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, physicalLocation: physical(r.start, r.end) })) }
          : {}),
        ...(fixes.length > 0 ? { fixes } : {}),
        properties: { severity: f.severity, confidence: Math.round(f.confidence * 100) / 100, category: f.category },
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'SOC AI Agents', version: toolVersion, rules } },
        ...(rooted ? { originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(opts.rootDir as string).href.replace(/\/?$/, '/')}` } } } : {}),
        columnKind: 'utf16CodeUnits',
        results: out,
      },
    ],
  };
}
