import { isEager, literalVersion, type LiteralHits } from './literal-index';

/**
 * Beyond this many literals a list is a vocabulary (a rule's hundreds of keywords, a pattern's
 * hundreds of trigger words): asking the text for each costs more than looking at the literals the
 * text has, about a hundred per KB. Shorter lists are asked one by one, which stops at the first hit.
 */
export const VOCABULARY_SIZE = 128;

/**
 * A long list of literal ids, asked which of them occur in a text by walking the literals that text
 * has (LiteralHits.presentIds) instead of the list. Literals the index looks up lazily (frequent
 * ones) are not listed there until asked, so those few are asked one by one.
 */
export class LiteralVocabulary {
  private version = -1;
  /** Indices into `ids` by literal id, for the literals the automaton finds. */
  private byId = new Map<number, number[]>();
  /** Indices into `ids` of the lazily looked-up literals. */
  private lazy: number[] = [];

  constructor(private readonly ids: ArrayLike<number>) {}

  /** Indices (ascending) into the list of the literals that occur in the text of `hits`. */
  occurring(hits: LiteralHits): number[] {
    const out: number[] = [];
    this.walk(hits, out);
    return out.sort((a, b) => a - b);
  }

  /** True when any literal of the list occurs in the text of `hits` (allocates nothing). */
  anyOccurs(hits: LiteralHits): boolean {
    return this.walk(hits, null);
  }

  /** Collects the occurring indices into `out`; without `out`, stops at the first and says whether there was one. */
  private walk(hits: LiteralHits, out: number[] | null): boolean {
    this.refresh();
    scratch.length = 0;
    hits.presentIds(scratch);
    let any = false;
    for (let i = 0; i < scratch.length; i++) {
      const at = this.byId.get(scratch[i]);
      if (at === undefined) continue;
      if (out === null) return true;
      for (let t = 0; t < at.length; t++) out.push(at[t]);
      any = true;
    }
    for (let i = 0; i < this.lazy.length; i++) {
      if (!hits.has(this.ids[this.lazy[i]])) continue;
      if (out === null) return true;
      out.push(this.lazy[i]);
      any = true;
    }
    return any;
  }

  /** Rebuilt when literals were registered or changed how they are found since. */
  private refresh(): void {
    if (this.version === literalVersion()) return;
    this.byId = new Map();
    this.lazy = [];
    for (let j = 0; j < this.ids.length; j++) {
      const id = this.ids[j];
      if (!isEager(id)) this.lazy.push(j);
      else {
        const at = this.byId.get(id);
        if (at) at.push(j);
        else this.byId.set(id, [j]);
      }
    }
    this.version = literalVersion();
  }
}

/** The literals present in the text being asked about (walk() is synchronous and does not nest). */
const scratch: number[] = [];
