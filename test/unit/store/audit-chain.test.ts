import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import type { AuditRecord } from '../../../daemon/src/protocol/domain';
import { GENESIS_HASH, auditHash, verifyChain } from '../../../daemon/src/store/audit-chain';
import { canonicalJson } from '../../../daemon/src/store/canonical-json';

function chain(n: number): AuditRecord[] {
  const out: AuditRecord[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const r = { seq, ts: seq * 10, actor: 'remediator', action: 'rate_limit', target: `s${seq}`, reason: 'r', details: { n: seq }, prevHash: prev };
    prev = auditHash(r);
    out.push({ ...r, hash: prev });
  }
  return out;
}
const headOf = (c: AuditRecord[]): { seq: number; hash: string } => ({ seq: c[c.length - 1].seq, hash: c[c.length - 1].hash });

describe('audit chain', () => {
  it('canonical JSON sorts keys at every depth, so key order never changes a hash', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } }), '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
    assert.equal(canonicalJson({ a: undefined, b: 1 }), '{"b":1}');
    const r = chain(1)[0];
    const reordered = { details: r.details, prevHash: r.prevHash, reason: r.reason, target: r.target, action: r.action, actor: r.actor, ts: r.ts, seq: r.seq };
    assert.equal(auditHash(reordered), r.hash);
  });

  it('hash = sha256(prevHash + canonical JSON of the record without hash)', () => {
    const { hash, ...rest } = chain(1)[0];
    assert.equal(hash, createHash('sha256').update(GENESIS_HASH + canonicalJson(rest)).digest('hex'));
  });

  it('an intact chain verifies, also when empty', () => {
    const c = chain(4);
    assert.deepEqual(verifyChain(c, headOf(c)), { ok: true, checked: 4 });
    assert.deepEqual(verifyChain([], undefined), { ok: true, checked: 0 });
  });

  it('reports the first broken record for an edit, a gap, a bad link, a truncation, an extra record', () => {
    const c = chain(5);
    const head = headOf(c);
    const edited = c.map((r) => (r.seq === 3 ? { ...r, details: { n: 99 } } : r));
    assert.deepEqual(verifyChain(edited, head), { ok: false, checked: 2, brokenAt: 3, reason: 'record 3 was modified (its content does not match its hash)' });
    assert.equal(verifyChain(c.filter((r) => r.seq !== 2), head).brokenAt, 2);
    assert.equal(verifyChain(c.map((r) => (r.seq === 4 ? { ...r, prevHash: GENESIS_HASH } : r)), head).brokenAt, 4);
    assert.equal(verifyChain(c.slice(0, 3), head).brokenAt, 4);
    assert.equal(verifyChain(c, { seq: 4, hash: c[3].hash }).brokenAt, 5);
    assert.equal(verifyChain(c, undefined).ok, false, 'records without a head');
  });
});
