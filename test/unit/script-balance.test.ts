import { strict as assert } from 'node:assert';
import { balanceScripts, dominantScript } from '../../scripts/lib/script-balance';
import type { TrainExample } from '../../daemon/src/engine/model/trainer';

const BENIGN = 0;
const ATTACK = 1;
const ex = (text: string, cls: number, weight = 1): TrainExample => ({ text, cls, weight });

describe('training: per-script balance', () => {
  it('names the script most of the letters are in', () => {
    assert.equal(dominantScript('मुझे कल की ट्रेन का टिकट चाहिए, please help'), 'devanagari');
    assert.equal(dominantScript('明日の会議は何時からですか'), 'kana');
    assert.equal(dominantScript('明天的会议几点开始'), 'han');
    assert.equal(dominantScript('Привет, как дела?'), 'cyrillic');
    assert.equal(dominantScript('What time is the meeting tomorrow?'), 'latin');
    assert.equal(dominantScript('12345 !!!'), 'latin');
  });

  it('moves an attack-heavy script to the overall benign share and leaves the others alone', () => {
    const examples = [
      ...['हमला एक', 'हमला दो', 'हमला तीन'].map((t) => ex(t, ATTACK)),
      ex('नमस्ते दोस्त', BENIGN),
      ex('an attack', ATTACK, 3),
      ex('a greeting', BENIGN),
      ex('Привет', BENIGN, 2),
      ex('Атака', ATTACK),
    ];
    const factors = balanceScripts(examples, BENIGN, { benignShare: 0.5, maxFactor: 2 });
    assert.deepEqual([...factors.keys()], ['devanagari'], 'Latin is never rebalanced; Cyrillic has more benign weight');
    const f = Math.sqrt(3);
    assert.ok(Math.abs(examples[0].weight - 1 / f) < 1e-9 && Math.abs(examples[3].weight - f) < 1e-9);
    // Equal shares now, and about the same total weight as before.
    const attack = examples.slice(0, 3).reduce((s, e) => s + e.weight, 0);
    assert.ok(Math.abs(attack - examples[3].weight) < 1e-9);
    assert.deepEqual(examples.slice(4).map((e) => e.weight), [3, 1, 2, 1]);
  });

  it('caps the factor, so a script with a handful of benign rows is not blown up', () => {
    const examples = [...Array.from({ length: 16 }, (_, i) => ex(`হামলা ${i}`, ATTACK)), ex('শুভ সকাল', BENIGN)];
    assert.equal(balanceScripts(examples, BENIGN, { benignShare: 0.5, maxFactor: 2 }).get('bengali'), 2);
    assert.equal(examples[16].weight, 2);
    // A script with no benign row at all has nothing to scale up: it keeps its weights.
    const none = [ex('হামলা', ATTACK)];
    assert.equal(balanceScripts(none, BENIGN, { benignShare: 0.5, maxFactor: 2 }).size, 0);
    assert.equal(none[0].weight, 1);
  });
});
