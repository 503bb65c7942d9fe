import { createHash } from 'node:crypto';
import { scanMessage } from '../../engine/scan';
import type { Finding, SecurityMode } from '../../engine/types';
import { documentRule } from '../rule-meta';
import type { FindingDraft } from '../draft';
import { chunkText } from './chunks';
import { hiddenLineFindings, hiddenMessage, mayHaveHidden } from './hidden-lines';
import { LineIndex } from './lines';
import { isProtectiveFraming } from './protective-framing';
import { promptSecretFindings } from './secret-findings';

const CACHE_MAX = 4_096;
/** Chunk findings by (mode, chunk text): re-diagnosing an edited file rescans only the edited chunks. */
const cache = new Map<string, Finding[]>();

/** A value by chunk hash from `map`, computed on a miss; the oldest entry goes past CACHE_MAX (insertion order). */
function memo<T>(map: Map<string, T>, key: string, compute: () => T): T {
  let v = map.get(key);
  if (v === undefined) {
    v = compute();
    map.set(key, v);
    if (map.size > CACHE_MAX) map.delete(map.keys().next().value as string);
  }
  return v;
}

function hashOf(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

function keyOf(text: string, mode: SecurityMode): string {
  return `${mode}:${hashOf(text)}`;
}

function cached(text: string, mode: SecurityMode, key = keyOf(text, mode)): Finding[] {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // refresh LRU position
    return hit;
  }
  let findings: Finding[];
  try {
    findings = scanMessage(text, { source: 'prompt_file', mode, classifier: false }).findings;
  } catch {
    findings = []; // never crash on input: an engine failure on one chunk loses that chunk only
  }
  // The classifier (off above) judges whole messages; on a file it only adds noise where no rule
  // fired. Prompts also describe attacks in order to refuse them: those sentences are defences.
  findings = findings.filter((f) => !isProtectiveFraming(text, f));
  cache.set(key, findings);
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value as string);
  return findings;
}

/** Hidden-character findings of chunks not scanned yet: a slice-by-slice scan asks for them again on every call. */
const hiddenCache = new Map<string, FindingDraft[]>();

function hiddenOnly(text: string, key: string): FindingDraft[] {
  return memo(hiddenCache, key, () => (mayHaveHidden(text) ? hiddenLineFindings(text, new LineIndex(text)) : []));
}

/** A diagnostic message for an engine finding: the rule title, and what hidden text says. */
export function engineMessage(f: Pick<Finding, 'ruleId' | 'category' | 'evidence' | 'decodedFrom'>): string {
  const title = documentRule(f.ruleId)?.title ?? f.ruleId;
  if (f.category === 'hidden_unicode') return hiddenMessage(f.ruleId, f.evidence);
  if (f.decodedFrom === 'tags') return `${title}, hidden in invisible Unicode tag characters`;
  if (f.decodedFrom) return `${title}, hidden in ${f.decodedFrom.replace('_', ' ')}-encoded text`;
  return title;
}

function toDraft(f: Finding, start: number, end: number): FindingDraft {
  return {
    ruleId: f.ruleId,
    start,
    end,
    message: engineMessage(f),
    confidence: f.confidence,
    severity: f.severity,
    evidence: f.evidence,
    ...(f.decodedFrom ? { decodedFrom: f.decodedFrom } : {}),
  };
}

/** Secrets of a chunk, by chunk text: a slice-by-slice scan asks again on every call, and the search is case-insensitive over all of it. */
const secretCache = new Map<string, FindingDraft[]>();

function chunkSecrets(text: string, key: string): FindingDraft[] {
  return memo(secretCache, key, () => promptSecretFindings(text));
}

/** A chunk's draft moved to its place in the document (its fixes too). */
function shifted(d: FindingDraft, by: number): FindingDraft {
  if (by === 0) return d;
  return {
    ...d,
    start: d.start + by,
    end: d.end + by,
    ...(d.related ? { related: d.related.map((r) => ({ ...r, start: r.start + by, end: r.end + by })) } : {}),
    ...(d.fixes ? { fixes: d.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })) } : {}),
    ...(d.ignoreAt !== undefined ? { ignoreAt: d.ignoreAt + by } : {}),
  };
}

/**
 * Engine findings and secrets for a whole prompt or instruction file, in cached chunks. Past
 * `deadline` (a `performance.now()` time) chunks the engine has not seen are left for a later call
 * (`complete: false`) with only their hidden characters and secrets reported, so a huge file gets
 * its first diagnostics at once.
 */
export function promptDocumentFindings(text: string, mode: SecurityMode, deadline = Infinity): { drafts: FindingDraft[]; complete: boolean } {
  const drafts: FindingDraft[] = [];
  let complete = true;
  let scanned = 0;
  for (const chunk of chunkText(text)) {
    const hash = hashOf(chunk.text);
    const key = `${mode}:${hash}`;
    for (const d of chunkSecrets(chunk.text, hash)) drafts.push(shifted(d, chunk.start));
    // At least one new chunk per call, so repeated budgeted calls always finish the file.
    if (!cache.has(key) && scanned > 0 && performance.now() > deadline) {
      complete = false;
      for (const d of hiddenOnly(chunk.text, hash)) drafts.push(shifted(d, chunk.start));
      continue;
    }
    if (!cache.has(key)) scanned++;
    for (const f of cached(chunk.text, mode, key)) drafts.push(toDraft(f, chunk.start + f.start, chunk.start + f.end));
  }
  return { drafts, complete };
}

/**
 * Engine findings for text taken out of a source file (a decoded string literal): `toSource[i]`
 * is the source offset of content index i (length content.length + 1).
 */
export function engineMappedFindings(content: string, toSource: readonly number[], mode: SecurityMode): FindingDraft[] {
  if (content.trim().length === 0) return [];
  return cached(content, mode).map((f) => toDraft(f, toSource[f.start], toSource[f.end]));
}
