import { strict as assert } from 'node:assert';
import { slimRepeats } from '../../../daemon/src/engine/rules/regex-slim';
import { seededRandom as prng } from '../../../daemon/src/util/seeded-random';

/** Every match of a global regex: index, text and groups. */
function matches(source: string, flags: string, text: string): string[] {
  const re = new RegExp(source, flags);
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    out.push(`${m.index}:${m[0]}:${JSON.stringify(m.slice(1))}:${JSON.stringify(m.groups ?? null)}`);
  }
  return out;
}

describe('regex-slim: counted group repeats as loops', () => {
  it('writes unrolled repeats as loops and leaves the rest of the pattern as it was', () => {
    const W = String.raw`(?:\s|%20|\+)`;
    assert.equal(slimRepeats(`rm${W}{1,4}-r`), String.raw`rm(?:\s|%20|\+)(?:\s|%20|\+|){0,3}-r`);
    assert.equal(slimRepeats(String.raw`a(?:b|c){0,2}?d`), String.raw`a(?:b|c|){0,2}?d`);
    assert.equal(slimRepeats(String.raw`(?:ab){2,3}`), String.raw`(?:ab){2}(?:ab|){0,1}`);
    // Already loops, fixed counts, captures, classes and escapes that look like groups: unchanged.
    for (const same of [String.raw`(?:ab){0,9}`, String.raw`(?:ab){3}`, String.raw`(?:a(b)){1,3}`, String.raw`(?<n>ab){1,3}`, String.raw`[(?:x)]{1,3}\(?:y\){1,2}`, String.raw`(?:a(?<k>b)){0,2}`]) {
      assert.equal(slimRepeats(same), same, same);
    }
    // Nested: the inner repeat is rewritten inside the outer one.
    assert.equal(slimRepeats(String.raw`(?:x(?:y){0,2}){1,2}`), String.raw`(?:x(?:y|){0,2})(?:x(?:y|){0,2}|){0,1}`);
  });

  it('matches exactly what the original matches, captures included', () => {
    const patterns: [string, string][] = [
      [String.raw`rm(?:\s|%20|\+){1,4}-[a-z]*r(?:\s|%20){0,3}(\S{1,8})`, 'g'],
      [String.raw`(?<lead>note)\s(?:(?:to|for)\s){0,2}?(?:the\s)?(ai|bot)`, 'g'],
      [String.raw`\b(?:\w+\s){1,3}(?:now|later)\b`, 'gu'],
      [String.raw`(?:a|ab){1,3}(?:b|){0,2}c`, 'g'],
      [String.raw`x(?:\s*){0,3}y`, 'g'],
    ];
    const alphabet = ['rm', ' ', '%20', '+', '-r', '-fr', 'x', 'y', 'a', 'b', 'ab', 'c', 'note', 'to ', 'for ', 'the ', 'ai', 'bot', 'now', 'later', 'é', '\n'];
    const rnd = prng(5);
    for (let i = 0; i < 400; i++) {
      let text = '';
      while (text.length < 80) text += alphabet[Math.floor(rnd() * alphabet.length)];
      for (const [source, flags] of patterns) assert.deepEqual(matches(slimRepeats(source), flags, text), matches(source, flags, text), `${source} on ${JSON.stringify(text)}`);
    }
  });

  it('leaves a source it cannot balance as it is', () => {
    assert.equal(slimRepeats('a)b(?:c){1,2}'), 'a)b(?:c){1,2}');
  });
});
