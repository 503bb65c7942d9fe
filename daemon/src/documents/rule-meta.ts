import { getRule, type CatalogEntry } from '../engine/rules/catalog';
import { DOCUMENT_RULES } from './document-rules';

const documentById = new Map<string, CatalogEntry>(DOCUMENT_RULES.map((r) => [r.id, r]));

/** Metadata of any rule a document finding can carry (engine or document rule). */
export function documentRule(id: string): CatalogEntry | undefined {
  return getRule(id) ?? documentById.get(id);
}
