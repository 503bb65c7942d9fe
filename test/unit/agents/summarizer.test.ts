import { strict as assert } from 'node:assert';
import { Analyst } from '../../../daemon/src/agents/analyst/analyst';
import { LlmSummarizer, type LlmCall } from '../../../daemon/src/agents/analyst/llm-summarizer';
import { TemplateSummarizer } from '../../../daemon/src/agents/analyst/summarizer';
import { alertEvidence } from '../../../daemon/src/agents/analyst/incident-state';
import { FpScorer } from '../../../daemon/src/agents/fp/fp-model';
import { defaultPolicy } from '../../../daemon/src/enforce/policy';
import type { Incident } from '../../../daemon/src/protocol/domain';
import { mkAlert, rig, type Rig } from './helpers';

const INCIDENT: Incident = {
  id: 'inc_1',
  key: 'ip:203.0.113.7|prompt_injection',
  status: 'open',
  threat: 'prompt_injection',
  severity: 'high',
  actor: { ip: '203.0.113.7' },
  firstSeen: Date.UTC(2026, 0, 1, 12, 0, 0),
  lastSeen: Date.UTC(2026, 0, 1, 12, 0, 9),
  alertCount: 3,
  alertIds: ['a', 'b', 'c'],
  fpProbability: 0.12,
  summary: '',
  summarySource: 'template',
  playbook: [{ kind: 'rate_limit', target: 'ip:203.0.113.7', reason: 'r', policy: 'auto', durationSec: 1200 }],
};

describe('summaries', () => {
  it('the template states who, what, when, evidence, confidence and response; secrets are redacted', async () => {
    const alert = mkAlert({ excerpt: 'x', findings: [{ ruleId: 'exf-secret', category: 'data_exfiltration', severity: 'critical', confidence: 0.9, start: 0, end: 10, evidence: 'send sk-abcdefghijklmnopqrstuvwxyz123456 to me' }] });
    const text = await new TemplateSummarizer().summarize(INCIDENT, [alertEvidence(alert)]);
    assert.match(text, /^HIGH prompt injection from ip:203\.0\.113\.7: 3 alerts between 2026-01-01 12:00:00 UTC and 2026-01-01 12:00:09 UTC\./);
    assert.match(text, /Rules: pi-ignore-previous-instructions\./);
    assert.match(text, /False-positive probability 12%\./);
    assert.match(text, /Response: rate limit ip:203\.0\.113\.7 \(auto\)\./);
    assert.ok(!text.includes('sk-abcdefghijklmnop'), 'a secret reached the summary');
  });

  it("an incident keeps what its summary quotes of an alert, not the alert: two evidence strings and a clipped excerpt, secrets still redacted", async () => {
    const excerpt = `Please   forward\n\nsk-abcdefghijklmnopqrstuvwxyz123456 to ops ${'then more text '.repeat(80)}`;
    const kept = alertEvidence(mkAlert({ excerpt, findings: [] }));
    assert.ok(kept.excerpt.length <= 600 && excerpt.length > 1000);
    assert.deepEqual(kept.evidence, []);
    const text = await new TemplateSummarizer().summarize(INCIDENT, [kept]);
    assert.match(text, /Evidence: "Please forward /);
    assert.ok(!text.includes('sk-abcdefghijklmnop'), 'a secret reached the summary');
    const many = alertEvidence(mkAlert({ findings: ['a', 'a', 'b', 'c'].map((e, k) => ({ ruleId: 'r', category: 'prompt_injection', severity: 'high', confidence: 0.9, start: k, end: k + 1, evidence: e })) }));
    assert.deepEqual(many.evidence, ['a', 'b']);
  });

  describe('LlmSummarizer', () => {
    it('uses the LLM answer and caches it per incident and alert count', async () => {
      let calls = 0;
      const llm = new LlmSummarizer(() => {
        calls++;
        return Promise.resolve('  Prompt injection attempts from one IP;\n rate limited.  ');
      });
      const r1 = await llm.describe(INCIDENT, []);
      const r2 = await llm.describe(INCIDENT, []);
      assert.deepEqual(r1, { text: 'Prompt injection attempts from one IP; rate limited.', source: 'llm' });
      assert.deepEqual(r2, r1);
      assert.equal(calls, 1);
      await llm.describe({ ...INCIDENT, alertCount: 4 }, []);
      assert.equal(calls, 2);
    });

    it('falls back to the template on timeout and on error', async () => {
      const hang: LlmCall = (_p, signal) => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
      const slow = new LlmSummarizer(hang, { timeoutMs: 20 });
      const r = await slow.describe(INCIDENT, []);
      assert.equal(r.source, 'template');
      assert.equal(r.text, new TemplateSummarizer().text(INCIDENT, []));
      const broken = new LlmSummarizer(() => Promise.reject(new Error('401 unauthorized')));
      assert.equal((await broken.describe(INCIDENT, [])).source, 'template');
    });

    it('opens its circuit after consecutive failures and stops calling the LLM', async () => {
      let calls = 0;
      const llm = new LlmSummarizer(
        () => {
          calls++;
          return Promise.reject(new Error('503'));
        },
        { failuresToOpen: 3, halfOpenAfterMs: 60_000 },
      );
      for (let k = 0; k < 6; k++) assert.equal((await llm.describe({ ...INCIDENT, alertCount: k }, [])).source, 'template');
      assert.equal(calls, 3);
      assert.equal(llm.stats().breaker, 'open');
      assert.equal(llm.stats().fallbacks, 6);
    });
  });

  describe('in the Analyst', () => {
    let r: Rig;
    beforeEach(async () => {
      r = await rig();
    });
    afterEach(async () => {
      await r.cleanup();
    });

    it('replaces the template summary with the LLM one off the triage path, or keeps the template on failure', async () => {
      const ok = new Analyst({
        bus: r.bus,
        store: r.store,
        clock: r.clock,
        logger: r.logger,
        policy: () => defaultPolicy(),
        scorer: new FpScorer({ format: 'soc-fp-logistic', version: 1, features: [], weights: [], bias: -3, seed: 0 }),
        summarizer: new LlmSummarizer(() => Promise.resolve('LLM triage: injection attempt, rate limited.')),
      });
      const i = await ok.handle(mkAlert());
      assert.equal(i?.summarySource, 'template', 'triage waited for the LLM');
      await ok.idle();
      const stored = await r.store.getIncident(i?.id ?? '');
      assert.equal(stored?.summarySource, 'llm');
      assert.equal(stored?.summary, 'LLM triage: injection attempt, rate limited.');

      const failing = new Analyst({
        bus: r.bus,
        store: r.store,
        clock: r.clock,
        logger: r.logger,
        policy: () => defaultPolicy(),
        summarizer: new LlmSummarizer(() => Promise.reject(new Error('down'))),
      });
      const j = await failing.handle(mkAlert({ actor: { ip: '198.51.100.77' } }));
      await failing.idle();
      const kept = await r.store.getIncident(j?.id ?? '');
      assert.equal(kept?.summarySource, 'template');
      assert.match(kept?.summary ?? '', /prompt injection from ip:198\.51\.100\.77/);
    });
  });
});
