import { strict as assert } from 'node:assert';
import { splitLines } from '../../../daemon/src/ingest/line-splitter';

const start = { atLineStart: true, maxLineBytes: 16, final: false };

describe('splitLines', () => {
  it('returns complete lines and leaves a partial last line unconsumed', () => {
    const buf = Buffer.from('one\ntwo\r\nthr');
    const r = splitLines(buf, start);
    assert.deepEqual(r.lines.map((l) => l.text), ['one', 'two']);
    assert.equal(r.consumed, 'one\ntwo\r\n'.length, 'the partial "thr" must be read again next time');
    assert.deepEqual(r.lines.map((l) => [l.start, l.end]), [[0, 4], [4, 9]]);
  });

  it('skips blank lines but consumes them', () => {
    const r = splitLines(Buffer.from('a\n\n  \nb\n'), start);
    assert.deepEqual(r.lines.map((l) => l.text), ['a', 'b']);
    assert.equal(r.consumed, 8);
  });

  it('delivers a last line without newline only when the file is final', () => {
    assert.deepEqual(splitLines(Buffer.from('x\nlast'), start).lines.map((l) => l.text), ['x']);
    const r = splitLines(Buffer.from('x\nlast'), { ...start, final: true });
    assert.deepEqual(r.lines.map((l) => l.text), ['x', 'last']);
    assert.equal(r.consumed, 6);
  });

  it('cuts an over-long complete line and marks it', () => {
    const long = 'A'.repeat(40);
    const r = splitLines(Buffer.from(`${long}\nok\n`), start);
    assert.equal(r.lines[0].text, 'A'.repeat(16));
    assert.equal(r.lines[0].truncated, true);
    assert.equal(r.lines[0].bytes, 40);
    assert.equal(r.lines[1].text, 'ok');
    assert.equal(r.consumed, 44);
  });

  it('cuts an over-long unterminated line at once, then skips its tail when resuming mid-line', () => {
    const first = splitLines(Buffer.from('B'.repeat(30)), start);
    assert.equal(first.lines.length, 1);
    assert.equal(first.lines[0].truncated, true);
    assert.equal(first.consumed, 30, 'the cut part is done with: no unbounded buffer');
    // The next read starts inside the same line (the byte before it is not a newline).
    const second = splitLines(Buffer.from('BBBB\nnext\n'), { ...start, atLineStart: false });
    assert.deepEqual(second.lines.map((l) => l.text), ['next'], 'the tail of the cut line is not a line');
    const third = splitLines(Buffer.from('BBBB'), { ...start, atLineStart: false });
    assert.deepEqual(third.lines, []);
    assert.equal(third.consumed, 4);
  });

  it('never cuts a UTF-8 character in half', () => {
    const text = 'é'.repeat(20); // 2 bytes each: the 16-byte limit falls on a boundary, 15 would not
    const r = splitLines(Buffer.from(`${text}\n`), { ...start, maxLineBytes: 15 });
    assert.equal(r.lines[0].text, 'é'.repeat(7));
    assert.ok(!r.lines[0].text.includes('\uFFFD'));
  });
});
