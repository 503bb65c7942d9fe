import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_RULES } from '../../../daemon/src/documents';
import { RULE_CATALOG, ruleDocPath } from '../../../daemon/src/engine/rules/catalog';
import { SEVERITIES } from '../../../daemon/src/engine/types';

const root = join(__dirname, '..', '..', '..');

describe('document rule catalog', () => {
  it('has doc-/code- ids, not clashing with the engine catalog, with metadata and a documentation page naming the OWASP id', () => {
    const engineIds = new Set(RULE_CATALOG.filter((r) => !/^(?:doc|code)-/.test(r.id)).map((r) => r.id));
    for (const r of DOCUMENT_RULES) {
      assert.match(r.id, /^(doc|code)-[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(!engineIds.has(r.id), r.id);
      assert.ok(SEVERITIES.includes(r.severity));
      assert.match(r.owasp, /^LLM(0[1-9]|10):2025$/);
      assert.ok(r.description.length > 20);
      const page = join(root, ruleDocPath(r.id));
      assert.ok(existsSync(page), `missing ${ruleDocPath(r.id)}`);
      const text = readFileSync(page, 'utf8');
      assert.ok(text.startsWith(`# ${r.id}`), r.id);
      assert.ok(text.includes(r.owasp.slice(0, 5)), `${r.id} names ${r.owasp}`);
    }
  });
});
