/**
 * Near-copy detection between the project's hand-written training rows and texts they must not
 * copy: the corpus (its held-out split measures the detector) and the probe sets (they measure
 * generalization only while nothing trained on resembles them).
 *
 * Texts are compared by distinct word 6-grams (CJK: 12-character runs), after dropping URLs — the
 * canonical payload addresses (cloud metadata, localhost) are knowledge every detector needs, not
 * a copied sentence. A row is a near copy of a reference when most of its n-grams occur in that
 * one reference, or when it is a short row whose every n-gram does.
 */

export interface TextRef {
  id: string;
  text: string;
}

export interface NearCopy {
  /** The reference it copies. */
  of: string;
  /** Share of the row's n-grams found in that reference. */
  containment: number;
  shared: number;
}

const WORDS = 6;
const CJK_CHARS = 12;
/** Most of a row in one reference. */
const MIN_CONTAINMENT = 0.4;
const MIN_SHARED = 3;

const URL = /\b(?:https?|ftp|file|gopher):\/\/\S+|\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\S*/gi;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** The distinct n-grams of a text. */
export function shingles(text: string): Set<string> {
  const clean = text.normalize('NFKC').toLowerCase().replace(URL, ' ');
  const out = new Set<string>();
  if (CJK.test(clean)) {
    const chars = [...clean.replace(/[\s\p{P}]+/gu, '')];
    for (let i = 0; i + CJK_CHARS <= chars.length; i++) out.add(chars.slice(i, i + CJK_CHARS).join(''));
    return out;
  }
  const words = clean.match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let i = 0; i + WORDS <= words.length; i++) out.add(words.slice(i, i + WORDS).join(' '));
  return out;
}

/** An index of reference texts by n-gram. */
export class NearCopyIndex {
  private readonly byShingle = new Map<string, number[]>();

  constructor(private readonly refs: readonly TextRef[]) {
    refs.forEach((r, i) => {
      for (const s of shingles(r.text)) {
        const list = this.byShingle.get(s);
        if (list) list.push(i);
        else this.byShingle.set(s, [i]);
      }
    });
  }

  /** The reference `text` nearly copies, or null. */
  nearCopy(text: string): NearCopy | null {
    const own = shingles(text);
    if (own.size === 0) return null;
    const counts = new Map<number, number>();
    for (const s of own) for (const i of this.byShingle.get(s) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    let best = -1;
    let shared = 0;
    for (const [i, c] of counts) if (c > shared) [best, shared] = [i, c];
    const containment = shared / own.size;
    const copied = (containment >= MIN_CONTAINMENT && shared >= MIN_SHARED) || (containment === 1 && own.size >= 2);
    return copied ? { of: this.refs[best].id, containment, shared } : null;
  }
}
