import { createHash } from 'node:crypto';
import { scanMessage } from '../../engine/scan';
import type { Finding, SecurityMode } from '../../engine/types';
import { documentRule } from '../rule-meta';
import type { FindingDraft } from '../draft';
import { chunkText } from './chunks';
import { hiddenLineFindings, hiddenMessage } from './hidden-lines';
import { LineIndex } from './lines';
import { isProtectiveFraming } from './protective-framing';

const CACHE_MAX = 4_096;
/** Chunk findings by (mode, chunk text): re-diagnosing an edited file rescans only the edited chunks. */
const cache = new Map<string, Finding[]>();

function keyOf(text: string, mode: SecurityMode): string {
  return `${mode}:${createHash('sha1').update(text).digest('base64')}`;
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

/**
 * Engine findings for a whole prompt or instruction file, scanned in cached chunks. Past `deadline`
 * (a `performance.now()` time) chunks not in the cache are left for a later call (`complete: false`)
 * and only their hidden characters are reported, so a huge file gets its first diagnostics at once.
 */
export function engineDocumentFindings(text: string, mode: SecurityMode, deadline = Infinity): { drafts: FindingDraft[]; complete: boolean } {
  const drafts: FindingDraft[] = [];
  let complete = true;
  for (const chunk of chunkText(text)) {
    const key = keyOf(chunk.text, mode);
    if (!cache.has(key) && performance.now() > deadline) {
      complete = false;
      for (const d of hiddenLineFindings(chunk.text, new LineIndex(chunk.text))) drafts.push({ ...d, start: chunk.start + d.start, end: chunk.start + d.end });
      continue;
    }
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
