import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, RULE_CATALOG, ruleDocPath } from '../../../daemon/src/engine/rules/catalog';
import { SEVERITIES } from '../../../daemon/src/engine/types';

const root = join(__dirname, '..', '..', '..');
const OWASP = /^LLM(0[1-9]|10):2025$/;

describe('rule catalog', () => {
  it('has unique, stable, family-prefixed ids', () => {
    const ids = RULE_CATALOG.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate rule id');
    for (const id of ids) assert.match(id, /^(pi|exf|sys|pii|inj|uni|ml|beh|out|doc|code)-[a-z0-9]+(-[a-z0-9]+)*$/, id);
  });

  it('gives every rule a category, severity, OWASP LLM 2025 id, title and description', () => {
    for (const r of RULE_CATALOG) {
      assert.ok(SEVERITIES.includes(r.severity), `${r.id}: severity`);
      assert.match(r.owasp, OWASP, `${r.id}: owasp`);
      assert.ok(r.title.length > 5, `${r.id}: title`);
      assert.ok(r.description.length > 20, `${r.id}: description`);
    }
  });

  it('has a documentation page for every rule id, naming the rule and its metadata', () => {
    const missing = RULE_CATALOG.filter((r) => !existsSync(join(root, ruleDocPath(r.id)))).map((r) => r.id);
    assert.deepEqual(missing, [], `rules without docs/rules/<id>.md: ${missing.join(', ')}`);
    for (const r of RULE_CATALOG) {
      const page = readFileSync(join(root, ruleDocPath(r.id)), 'utf8');
      assert.ok(page.startsWith(`# ${r.id}`), `${r.id}: page must start with "# ${r.id}"`);
      assert.ok(page.includes(r.owasp.slice(0, 5)), `${r.id}: page must name ${r.owasp}`);
    }
  });

  it('uses global patterns and confidences in (0, 1]', () => {
    for (const r of ALL_RULES) {
      assert.ok(r.confidence > 0 && r.confidence <= 1, `${r.id}: confidence`);
      for (const p of r.patterns ?? []) assert.ok(p.global, `${r.id}: pattern ${p.source.slice(0, 40)} lacks the g flag`);
      assert.ok(r.patterns?.length || r.match, `${r.id}: has neither patterns nor match`);
    }
  });

  it('covers every threat type with at least one pattern rule', () => {
    const cats = new Set(ALL_RULES.map((r) => r.category));
    for (const c of ['prompt_injection', 'data_exfiltration', 'system_manipulation', 'privacy_violation', 'malicious_input', 'hidden_unicode']) {
      assert.ok(cats.has(c as never), `no rule for ${c}`);
    }
  });
});
