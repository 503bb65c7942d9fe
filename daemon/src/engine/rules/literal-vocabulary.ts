import { isEager, literalVersion, type LiteralHits } from './literal-index';

/**
 * Beyond this many literals a list is a vocabulary (a rule's hundreds of keywords, a pattern's
 * hundreds of trigger words): asking the text for each costs more than looking at the literals the
 * text has, about a hundred per KB. Shorter lists are asked one by one, which stops at the first hit.
 */
export const VOCABULARY_SIZE = 128;

/** Every vocabulary, by its index: one walk over a text's literals serves them all. */
const vocabularies: LiteralVocabulary[] = [];
/** Per automaton literal id: pairs (vocabulary index, index into its list), flattened. */
let membership = new Map<number, number[]>();
let membershipVersion = -1;
/** How many vocabularies `membership` covers (they are made lazily, per pattern, as scans need them). */
let membershipCount = 0;

/**
 * A long list of literal ids, asked which of them occur in a text. The literals the text has
 * (LiteralHits.presentIds) are walked once per text for all vocabularies together; literals the
 * index looks up lazily (frequent ones) are not listed there until asked, so those few are asked one
 * by one.
 */
export class LiteralVocabulary {
  private readonly index = vocabularies.length;
  /** Indices into `ids` of the lazily looked-up literals. */
  private lazy: number[] = [];

  constructor(private readonly ids: ArrayLike<number>) {
    vocabularies.push(this);
  }

  /** Indices (ascending) into the list of the literals that occur in the text of `hits`. */
  occurring(hits: LiteralHits): number[] {
    const out = [...(membersIn(hits)[this.index] ?? NONE)];
    for (const j of this.lazyIndices()) if (hits.has(this.ids[j])) out.push(j);
    return out.sort((a, b) => a - b);
  }

  /** True when any literal of the list occurs in the text of `hits` (allocates nothing). */
  anyOccurs(hits: LiteralHits): boolean {
    if (membersIn(hits)[this.index] !== undefined) return true;
    for (const j of this.lazyIndices()) if (hits.has(this.ids[j])) return true;
    return false;
  }

  /** Its literals that the automaton finds, as (literal id, index) pairs; the rest are lazy. */
  addMembership(into: Map<number, number[]>): void {
    this.lazy = [];
    for (let j = 0; j < this.ids.length; j++) {
      const id = this.ids[j];
      if (!isEager(id)) this.lazy.push(j);
      else {
        const at = into.get(id);
        if (at) at.push(this.index, j);
        else into.set(id, [this.index, j]);
      }
    }
  }

  private lazyIndices(): readonly number[] {
    refresh();
    return this.lazy;
  }
}

const NONE: readonly number[] = [];

/** Rebuilt when literals were registered or changed how they are found, or a vocabulary was made, since. */
function refresh(): void {
  if (membershipVersion === literalVersion() && membershipCount === vocabularies.length) return;
  const next = new Map<number, number[]>();
  for (const v of vocabularies) v.addMembership(next);
  membership = next;
  membershipVersion = literalVersion();
  membershipCount = vocabularies.length;
}

/** Per vocabulary, the indices of its automaton literals that occur in the text of `hits`: one walk, kept with the hits. */
function membersIn(hits: LiteralHits): (number[] | undefined)[] {
  refresh();
  let members = hits.vocabularyMembers;
  if (members === null || members.length < vocabularies.length) {
    members = new Array<number[] | undefined>(vocabularies.length);
    scratch.length = 0;
    hits.presentIds(scratch);
    for (let i = 0; i < scratch.length; i++) {
      const pairs = membership.get(scratch[i]);
      if (pairs === undefined) continue;
      for (let k = 0; k < pairs.length; k += 2) (members[pairs[k]] ??= []).push(pairs[k + 1]);
    }
    hits.vocabularyMembers = members;
  }
  return members;
}

/** The literals present in the text being asked about (membersIn is synchronous and does not nest). */
const scratch: number[] = [];
