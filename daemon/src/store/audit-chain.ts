import { createHash } from 'node:crypto';
import type { AuditRecord } from '../protocol/domain';
import type { ChainCheck } from './store';
import { canonicalJson } from './canonical-json';

/** prevHash of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/** hash = sha256(prevHash + canonical JSON of the record without its hash). */
export function auditHash(r: Omit<AuditRecord, 'hash'>): string {
  const body: Omit<AuditRecord, 'hash'> = {
    seq: r.seq,
    ts: r.ts,
    actor: r.actor,
    action: r.action,
    target: r.target,
    reason: r.reason,
    details: r.details,
    prevHash: r.prevHash,
  };
  return createHash('sha256').update(r.prevHash + canonicalJson(body)).digest('hex');
}

export interface AuditHead {
  seq: number;
  hash: string;
}

/**
 * Walks the chain in seq order and reports the first record that does not verify: a gap in the
 * sequence (deleted row), a prevHash that is not the previous record's hash (reordered or
 * re-linked rows), or a hash that does not match the content (edited row). `finish(head)` takes the
 * last (seq, hash) the store appended; it catches a truncated tail, which links alone cannot.
 * Fed in pages, so a long chain can be checked without blocking the event loop.
 */
export class ChainVerifier {
  private expected = 1;
  private prev = GENESIS_HASH;
  private checked = 0;

  /** The seq of the last record accepted (0 before any). */
  get lastSeq(): number {
    return this.expected - 1;
  }

  /** Checks the next record; returns the failure, or undefined while the chain holds. */
  feed(r: AuditRecord): ChainCheck | undefined {
    const expected = this.expected;
    if (r.seq !== expected) {
      return r.seq > expected
        ? this.broken(expected, `record ${expected} is missing (next stored record is ${r.seq})`)
        : this.broken(r.seq, `record ${r.seq} is out of sequence (expected ${expected})`);
    }
    if (r.prevHash !== this.prev) return this.broken(r.seq, `record ${r.seq} does not link to record ${r.seq - 1} (prevHash differs)`);
    if (auditHash(r) !== r.hash) return this.broken(r.seq, `record ${r.seq} was modified (its content does not match its hash)`);
    this.prev = r.hash;
    this.expected += 1;
    this.checked += 1;
    return undefined;
  }

  finish(head: AuditHead | undefined): ChainCheck {
    const last = this.lastSeq;
    if (head === undefined) return last === 0 ? { ok: true, checked: this.checked } : this.broken(last, 'the chain head is missing');
    if (head.seq > last) return this.broken(last + 1, `records ${last + 1}..${head.seq} are missing (the chain was truncated)`);
    if (head.seq < last) return this.broken(head.seq + 1, `record ${head.seq + 1} was added outside the store (the chain head is ${head.seq})`, head.seq);
    if (head.hash !== this.prev) return this.broken(last, `the chain head does not match record ${last}`);
    return { ok: true, checked: this.checked };
  }

  private broken(brokenAt: number, reason: string, checked = this.checked): ChainCheck {
    return { ok: false, checked, brokenAt, reason };
  }
}

/** The whole walk at once (tests, small chains). */
export function verifyChain(records: Iterable<AuditRecord>, head: AuditHead | undefined): ChainCheck {
  const v = new ChainVerifier();
  for (const r of records) {
    const failure = v.feed(r);
    if (failure) return failure;
  }
  return v.finish(head);
}
