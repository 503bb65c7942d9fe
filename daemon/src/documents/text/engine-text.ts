import type { Finding, SecurityMode } from '../../engine/types';
import { documentRule } from '../rule-meta';
import type { FindingDraft } from '../draft';
import type { ChunkJob, ChunkPool } from './chunk-pool';
import { LruMap } from '../../util/lru-map';
import { CHUNK_CACHE_MAX, chunkFindings, chunkKey, hashOf, isChunkCached } from './chunk-scan';
import { chunkText, type Chunk } from './chunks';
import { hiddenLineFindings, hiddenMessage, mayHaveHidden } from './hidden-lines';
import { LineIndex } from './lines';
import { promptSecretFindings } from './secret-findings';

/** A value by chunk hash from `map`, computed on a miss. */
function memo<T>(map: LruMap<string, T>, key: string, compute: () => T): T {
  let v = map.get(key);
  if (v === undefined) {
    v = compute();
    map.set(key, v);
  }
  return v;
}

/** Hidden-character findings of chunks not scanned yet: a slice-by-slice scan asks for them again on every call. */
const hiddenCache = new LruMap<string, FindingDraft[]>(CHUNK_CACHE_MAX);

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
const secretCache = new LruMap<string, FindingDraft[]>(CHUNK_CACHE_MAX);

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

interface KeyedChunk extends Chunk {
  hash: string;
  key: string;
}

/** The last document's chunks: a large file is scanned slice by slice, each slice asks again for the same text. */
let last: { text: string; mode: SecurityMode; chunks: readonly KeyedChunk[] } | null = null;

function keyedChunks(text: string, mode: SecurityMode): readonly KeyedChunk[] {
  if (last !== null && last.mode === mode && last.text === text) return last.chunks;
  const chunks = chunkText(text).map((c) => {
    const hash = hashOf(c.text);
    return { ...c, hash, key: chunkKey(mode, hash) };
  });
  // Small texts (string literals of agent code) come and go; only files worth slicing are kept.
  if (text.length > 64 * 1024) last = { text, mode, chunks };
  return chunks;
}

interface Collected {
  drafts: FindingDraft[];
  complete: boolean;
  /** Chunks a worker is scanning right now. */
  waiting: string[];
}

/**
 * One pass over the chunks: cached ones from the cache, new ones scanned here until `deadline`
 * (at least one per pass, so repeated budgeted passes always finish the file). Chunks left for
 * later, or running on a worker, report only their hidden characters and secrets for now.
 */
function collect(chunks: readonly KeyedChunk[], mode: SecurityMode, deadline: number, pool: ChunkPool | null): Collected {
  const drafts: FindingDraft[] = [];
  const waiting: string[] = [];
  let complete = true;
  let scanned = 0;
  for (const chunk of chunks) {
    for (const d of chunkSecrets(chunk.text, chunk.hash)) drafts.push(shifted(d, chunk.start));
    const cached = isChunkCached(chunk.key);
    // A new chunk is this thread's when time is left and no worker has claimed it first.
    const late = scanned > 0 && performance.now() > deadline;
    if (!cached && (late || (pool !== null && !pool.withdraw(chunk.key)))) {
      complete = false;
      if (pool?.isRunning(chunk.key)) waiting.push(chunk.key);
      for (const d of hiddenOnly(chunk.text, chunk.hash)) drafts.push(shifted(d, chunk.start));
      continue;
    }
    if (!cached) scanned++;
    for (const f of chunkFindings(chunk.text, mode, chunk.key)) drafts.push(toDraft(f, chunk.start + f.start, chunk.start + f.end));
  }
  return { drafts, complete, waiting };
}

/**
 * Engine findings and secrets for a whole prompt or instruction file, in cached chunks. Past
 * `deadline` (a `performance.now()` time) chunks the engine has not seen are left for a later call
 * (`complete: false`) with only their hidden characters and secrets reported, so a huge file gets
 * its first diagnostics at once.
 */
export function promptDocumentFindings(text: string, mode: SecurityMode, deadline = Infinity): { drafts: FindingDraft[]; complete: boolean } {
  const { drafts, complete } = collect(keyedChunks(text, mode), mode, deadline, null);
  return { drafts, complete };
}

/** Below this many unscanned characters the caller finishes within its first slice: workers would not help. */
const POOL_MIN_CHARS = 24_000;

/**
 * promptDocumentFindings with a worker pool: the pool takes new chunks from the end of the file
 * while this thread scans from the start; chunks still on a worker are awaited (the event loop
 * stays free) as long as the deadline allows, else left for the next call.
 */
export async function promptDocumentFindingsParallel(text: string, mode: SecurityMode, deadline: number, pool: ChunkPool): Promise<{ drafts: FindingDraft[]; complete: boolean }> {
  const chunks = keyedChunks(text, mode);
  const fresh = chunks.filter((c) => !isChunkCached(c.key) && !pool.isRunning(c.key));
  if (fresh.reduce((n, c) => n + c.text.length, 0) >= POOL_MIN_CHARS) {
    // The first new chunk stays here: this thread starts on it at once.
    pool.offer(fresh.slice(1).map((c): ChunkJob => ({ key: c.key, text: c.text, mode })));
  }
  let r = collect(chunks, mode, deadline, pool);
  while (r.waiting.length > 0 && performance.now() < deadline) {
    await pool.settled(r.waiting, deadline - performance.now());
    r = collect(chunks, mode, deadline, pool);
  }
  return { drafts: r.drafts, complete: r.complete };
}

/**
 * Engine findings for text taken out of a source file (a decoded string literal): `toSource[i]`
 * is the source offset of content index i (length content.length + 1).
 */
export function engineMappedFindings(content: string, toSource: readonly number[], mode: SecurityMode): FindingDraft[] {
  if (content.trim().length === 0) return [];
  return chunkFindings(content, mode).map((f) => toDraft(f, toSource[f.start], toSource[f.end]));
}
