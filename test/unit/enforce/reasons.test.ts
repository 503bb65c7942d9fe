import { strict as assert } from 'node:assert';
import { cleanReason, flatString } from '../../../daemon/src/enforce/reasons';

describe('restriction reasons', () => {
  it('flatString copies any text exactly, lone surrogates and control characters included', () => {
    for (const s of ['', 'IP 10.0.0.1 blocked: ' + 'x'.repeat(500), '\ud800 lone \udfff', 'tab\tnul\u0000', 'emoji 👩‍💻 日本語']) assert.equal(flatString(s), s);
  });

  it('cleanReason drops control characters, clips long text and never returns an empty reason', () => {
    assert.equal(cleanReason('a\r\nb\u0000c'), 'a b c');
    assert.equal(cleanReason('   '), 'security policy');
    assert.equal(cleanReason(undefined), 'security policy');
    assert.equal(cleanReason('y'.repeat(300)), `${'y'.repeat(200)}…`);
  });
});
