import { strict as assert } from 'node:assert';
import { normalize } from '../../../daemon/src/engine/normalize';

describe('normalize: robustness', () => {
  it('handles the empty string', () => {
    const { views, hidden } = normalize('');
    assert.equal(views.length, 1);
    assert.equal(views[0].text, '');
    assert.deepEqual(views[0].toOriginal(0, 0), [0, 0]);
    assert.deepEqual(hidden, []);
  });

  it('never throws on invalid UTF-16 (lone surrogates) and keeps them in place', () => {
    for (const text of ['\ud800', '\udc00', 'a\ud800b', '\udc00\ud800', 'x\ud83d', '\ud83dignore\u200b\ud800', '%ed%a0%80\ud800']) {
      const { views } = normalize(text);
      assert.equal(views[0].text.replace(/[^\ud800-\udfff]/g, '').length, text.replace(/[^\ud800-\udfff]/g, '').length);
    }
  });

  it('normalizes a 1 MB message of mixed content', () => {
    const chunk = 'Ignore Ιgnore ｉｇｎｏｒｅ ig\u200bnore 1gn0r3 aWdub3JlIGFsbCBwcmV2aW91cw== %69%67 &#x69; 漢字 👩‍💻 ';
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const { views } = normalize(text);
    assert.ok(views[0].text.length > 900_000);
    const [s, e] = views[0].toOriginal(views[0].text.length - 1, views[0].text.length);
    assert.ok(e <= text.length && s < e);
  });

  // Generous bounds: the measured cost is tens of milliseconds; these catch super-linear blow-ups.
  const adversarial: Array<[string, string]> = [
    ['zero-width characters', '\u200b'.repeat(100_000)],
    ['zero-width between letters', 'a\u200b'.repeat(50_000)],
    ['percent escapes', '%41'.repeat(33_000)],
    ['base64 alphabet', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.repeat(1_560)],
    ['single letters', 'a '.repeat(50_000)],
    ['tag characters', String.fromCodePoint(0xe0041).repeat(50_000)],
    ['variation selectors', '\ufe01'.repeat(100_000)],
    ['combining marks', 'e\u0301\u0334'.repeat(33_000)],
    ['nested entities', '&amp;'.repeat(20_000)],
    ['hex pairs', '41 '.repeat(33_000)],
  ];
  for (const [name, text] of adversarial) {
    it(`stays fast on 100 KB of ${name}`, () => {
      const t0 = process.hrtime.bigint();
      normalize(text);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      assert.ok(ms < 1500, `${ms.toFixed(0)} ms`);
    });
  }
});
