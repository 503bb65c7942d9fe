import { strict as assert } from 'node:assert';
import { timeOrderedId, timeOrderedUuid } from '../../../daemon/src/store/ids';

describe('time-ordered ids', () => {
  it('are RFC 9562 version-7 UUIDs carrying the time, unique, and sort by creation time', () => {
    const t = Date.UTC(2026, 10, 27, 12, 0, 0);
    const u = timeOrderedUuid(t);
    assert.match(u, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(parseInt(u.slice(0, 8) + u.slice(9, 13), 16), t);
    const ids = Array.from({ length: 1_000 }, (_, i) => timeOrderedUuid(t + i * 7));
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual([...ids].sort(), ids);
    assert.equal(new Set(Array.from({ length: 1_000 }, () => timeOrderedUuid(t))).size, 1_000, 'random within one millisecond');
  });

  it('prefixed ids: prefix_ + 24 hex digits, sorting by time', () => {
    const a = timeOrderedId('inc', 1_000);
    const b = timeOrderedId('inc', 2_000);
    assert.match(a, /^inc_[0-9a-f]{24}$/);
    assert.ok(a < b);
  });
});
