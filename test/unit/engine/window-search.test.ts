import { strict as assert } from 'node:assert';
import { WindowSearch } from '../../../daemon/src/engine/rules/window-search';
import { seededRandom as prng } from '../../../daemon/src/util/seeded-random';

/** WindowSearch must answer exactly what re.test(text.slice(from, to)) answers, for any window. */

const PATTERNS = [
  /backwards?|back|letter\sby\sletter|letter|caesar|rot-?13|逆から|задом\sнаперёд/u,
  /a\sb|b\sc|a\sb\sc\sd/u,
  /x*/u,
  /\d{2,4}-\d{2}/u,
];
const FRAGMENTS = ['back', 'backwards', 'letter by letter', 'letter', ' ', 'a b c d', 'b c', '12-34', '1234-5', 'caesar', 'rot13', 'rot-1', '逆から', 'задом наперёд', 'x', 'zz', '\n'];

function randomText(rnd: () => number): string {
  let s = '';
  const n = 1 + Math.floor(rnd() * 40);
  for (let i = 0; i < n; i++) s += FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)];
  return s;
}

describe('WindowSearch', () => {
  it('agrees with a test of the window slice for every pattern, text and window (incl. windows past either end)', () => {
    const rnd = prng(23);
    let positives = 0;
    let checked = 0;
    for (const re of PATTERNS) {
      const near = new WindowSearch(re);
      for (let t = 0; t < 300; t++) {
        const text = randomText(rnd);
        for (let w = 0; w < 30; w++) {
          const from = Math.floor(rnd() * (text.length + 10)) - 5;
          const to = from + Math.floor(rnd() * 30);
          const expected = re.test(text.slice(Math.max(0, from), Math.max(0, to)));
          assert.equal(near.test(text, from, to), expected, `${re.source} on ${JSON.stringify(text)} [${from}, ${to})`);
          if (expected) positives++;
          checked++;
        }
      }
    }
    // Both answers must be common, or the comparison proves little.
    assert.ok(positives > checked / 5 && positives < (checked * 4) / 5, `${positives} of ${checked} windows matched`);
  });

  it('answers for the text it is given, not the one it indexed before', () => {
    const near = new WindowSearch(/caesar/u);
    assert.equal(near.test('say it in caesar', 0, 16), true);
    assert.equal(near.test('say it in plain', 0, 16), false);
    assert.equal(near.test('caesar', 0, 6), true);
  });

  it('refuses patterns whose matches depend on the characters around them', () => {
    for (const re of [/\bback/u, /(?<![a-z])back/u, /back(?=wards)/u, /^back/u, /back$/u, /x/gu]) assert.throws(() => new WindowSearch(re), /WindowSearch/);
    assert.doesNotThrow(() => new WindowSearch(/[^a]b/u));
  });
});
