import { createHash } from 'node:crypto';
import { scanMessage } from '../../engine/scan';
import type { Finding, SecurityMode } from '../../engine/types';
import { LruMap } from '../../util/lru-map';
import { isProtectiveFraming } from './protective-framing';

/**
 * The engine's findings for one chunk of a prompt or instruction file, and the cache that keeps
 * them by content: the main thread and the chunk workers (chunk-pool.ts) compute the same thing.
 */

/** Entries per chunk cache (this one, and the hidden-character and secret caches of engine-text.ts). */
export const CHUNK_CACHE_MAX = 4_096;
/** Chunk findings by (mode, chunk text): re-diagnosing an edited file rescans only the edited chunks. */
const cache = new LruMap<string, Finding[]>(CHUNK_CACHE_MAX);

export function hashOf(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** The cache key of a chunk's engine findings. */
export function chunkKey(mode: SecurityMode, hash: string): string {
  return `${mode}:${hash}`;
}

/** Engine findings of one chunk; never throws (an engine failure on one chunk loses that chunk only). */
export function scanChunk(text: string, mode: SecurityMode): Finding[] {
  let findings: Finding[];
  try {
    findings = scanMessage(text, { source: 'prompt_file', mode, classifier: false }).findings;
  } catch {
    return [];
  }
  // The classifier (off above) judges whole messages; on a file it only adds noise where no rule
  // fired. Prompts also describe attacks in order to refuse them: those sentences are defences.
  return findings.filter((f) => !isProtectiveFraming(text, f));
}

/** Empties the cache (tests that compare a fresh scan with another). */
export function forgetChunks(): void {
  cache.clear();
}

export function isChunkCached(key: string): boolean {
  return cache.has(key);
}

/** Keeps a chunk's findings (the least recently used entry goes past CHUNK_CACHE_MAX). */
export function storeChunk(key: string, findings: Finding[]): void {
  cache.set(key, findings);
}

/** A chunk's findings from the cache, or scanned here and kept. */
export function chunkFindings(text: string, mode: SecurityMode, key = chunkKey(mode, hashOf(text))): Finding[] {
  const hit = cache.get(key);
  if (hit) return hit;
  const findings = scanChunk(text, mode);
  storeChunk(key, findings);
  return findings;
}
