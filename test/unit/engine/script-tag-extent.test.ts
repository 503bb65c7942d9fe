import { strict as assert } from 'node:assert';
import { TextView } from '../../../daemon/src/engine/normalize/text-view';
import { xssScriptTagRule } from '../../../daemon/src/engine/rules/malicious-input-xss';
import { runRule } from '../../../daemon/src/engine/rules/rule';
import { prng } from '../../../bench/inputs';

/** What the rule's tag extent must equal: the single regex it replaced (which backtracked through 200 characters per "<script"). */
const REFERENCE = /(?:<|%3c|\\x3c|\\u003c|<!\[cdata\[<\]\]>)\s*\/?\s*script\b[^>]{0,200}(?:>|%3e|\\x3e|\\u003e|<!\[cdata\[>\]\]>|$)/g;

function referenceSpans(text: string): string[] {
  const spans: string[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m !== null; m = REFERENCE.exec(text)) spans.push(`${m.index}-${m.index + m[0].length}`);
  return spans;
}

const TOKENS = ['<script', '< / script', '%3cscript', '\\x3cscript', '<![cdata[<]]>script', '>', '%3e', '\\x3e', '\\u003e', '<![cdata[>]]>', ' ', 'x'.repeat(60), 'y'.repeat(37), ' z', 'src=//evil.example/x.js', 'alert(1)', '\n'];

describe('inj-xss-script-tag extent', () => {
  it('spans exactly what the original single regex matched, on 3,000 random tag soups', () => {
    const rnd = prng(11);
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const n = 1 + Math.floor(rnd() * 14);
      for (let k = 0; k < n; k++) text += TOKENS[Math.floor(rnd() * TOKENS.length)];
      const got = runRule(xssScriptTagRule, TextView.identity('folded', text), {}).map((m) => `${m.start}-${m.end}`);
      // Every tag gets a confidence above 0, so the rule reports every regex match (capped at 64).
      assert.deepEqual(got, referenceSpans(text).slice(0, 64), JSON.stringify(text));
    }
  });

  it('agrees at the edge of the 200-character reach, for every closer', () => {
    for (const closer of ['>', '%3e', '\\x3e', '\\u003e', '<![cdata[>]]>', '']) {
      for (let gap = 190; gap <= 210; gap++) {
        for (const tail of ['', ' more text', '>']) {
          const text = `<script ${'x'.repeat(gap)}${closer}${tail}`;
          const got = runRule(xssScriptTagRule, TextView.identity('folded', text), {}).map((m) => `${m.start}-${m.end}`);
          assert.deepEqual(got, referenceSpans(text), JSON.stringify({ closer, gap, tail }));
        }
      }
    }
  });

  it('stays linear on hostile input: "<script " × 12,800 with no closer anywhere', () => {
    const text = '<script '.repeat(12_800);
    const got = runRule(xssScriptTagRule, TextView.identity('folded', text), {});
    // Only the openings within 200 characters of the end reach `$`; the rest have no closer.
    assert.deepEqual(got.map((m) => `${m.start}-${m.end}`), referenceSpans(text).slice(0, 64));
  });
});
