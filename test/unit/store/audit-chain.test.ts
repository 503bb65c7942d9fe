import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import type { AuditRecord } from '../../../daemon/src/protocol/domain';
import { GENESIS_HASH, auditHash, verifyChain } from '../../../daemon/src/store/audit-chain';
import { canonicalJson, referenceCanonicalJson } from '../../../daemon/src/store/canonical-json';

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

  it('the one-pass canonical JSON is byte-identical to JSON.stringify with sorted keys, for any value', () => {
    class Point {
      constructor(
        readonly y: number,
        readonly x: number,
      ) {}
    }
    const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { b: 2, a: 1 });
    const values: unknown[] = [
      { incidentId: 'inc_1', kind: 'block_ip', durationSec: 3600, offenses: 2, extended: false, unchanged: undefined },
      { z: [3, { b: null, a: [undefined, 'x'] }], a: 'quote " backslash \\ newline \n tab \t', m: '\u2028\u0000é😀\ud800' },
      { n: -0, big: 1e21, small: 1e-7, nan: NaN, inf: -Infinity, frac: 0.1 + 0.2, int: 2 ** 53 + 1 },
      { when: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), nested: { when: new Date(0) } },
      { fn: () => 1, sym: Symbol('s'), keep: true },
      [() => 1, undefined, Symbol('s'), null],
      { p: new Point(2, 1), q: nullProto, r: { toJSON: () => ({ b: 1, a: 2 }) } },
      { '': 0, __proto__x: 1, '10': 'a', '9': 'b', 'B': 1, 'a': 2 },
      [],
      {},
      'text',
      42,
      null,
      true,
      undefined,
    ];
    values.push(JSON.parse('{"__proto__": {"x": 1}, "b": 2, "c": {"__proto__": 5}}'));
    values.push({ '4294967294': 1, '4294967295': 2, '01': 3, '-1': 4, '1.5': 5, '2': 6, '0': 7, '12345678901': 8 });
    // And random trees of awkward keys and values.
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let x = Math.imul(seed ^ (seed >>> 15), seed | 1);
      x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
      return ((x ^ (x >>> 14)) >>> 0) % n;
    };
    const KEYS = ['a', 'B', '0', '7', '10', '01', '-3', 'é', 'z z', '', '4294967295', '__proto__'];
    const leaf = (): unknown => [null, true, false, 0, -0, 1.5, -7, 1e300, 'x', 'ü\n"', undefined][rnd(11)];
    const tree = (depth: number): unknown => {
      if (depth === 0 || rnd(3) === 0) return leaf();
      if (rnd(2) === 0) return Array.from({ length: rnd(4) }, () => tree(depth - 1));
      const o: Record<string, unknown> = {};
      for (let i = rnd(5); i > 0; i--) Object.defineProperty(o, KEYS[rnd(KEYS.length)], { value: tree(depth - 1), enumerable: true, configurable: true, writable: true });
      return o;
    };
    for (let i = 0; i < 2_000; i++) values.push(tree(4));
    for (const v of values) assert.equal(canonicalJson(v), referenceCanonicalJson(v), JSON.stringify(v) ?? String(v));
    assert.throws(() => canonicalJson({ n: 1n }), /BigInt/);
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
