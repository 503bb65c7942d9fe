import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marked } from 'marked';
import { getRule, RULE_CATALOG } from '../../engine/rules/catalog';
import { HttpError } from '../http-error';
import type { RouteRegistry } from '../route-registry';

/** docs/rules from the repository (source runs) or beside the bundle (installed extension). */
function docsDir(): string | undefined {
  return [join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', '..', 'docs', 'rules')].find((d) => existsSync(d));
}

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Raw HTML in the Markdown is shown as text, never rendered: the page is served under the daemon's origin.
const markdown = new Marked({ renderer: { html: (token) => escape(token.text) } });

/** The rule catalog and each rule's documentation page, so every rule id in the UI can link somewhere. */
export function registerRuleDocsRoutes(registry: RouteRegistry): void {
  registry.add({
    method: 'get',
    path: '/api/rules',
    tag: 'rules',
    summary: 'The rule catalog: id, category, severity, OWASP LLM id, title, description, documentation URL',
    response: '{rules: [...]}',
    handler: () => ({ rules: RULE_CATALOG.map((r) => ({ ...r, docs: `/docs/rules/${r.id}` })) }),
  });
  registry.add({
    method: 'get',
    path: '/docs/rules/:id',
    tag: 'rules',
    summary: 'A rule’s documentation page (HTML)',
    response: 'text/html',
    handler: async (req, res) => {
      const id = String(req.params.id);
      const rule = getRule(id);
      const dir = docsDir();
      if (!rule || !dir || !existsSync(join(dir, `${id}.md`))) throw new HttpError(404, `no documentation for rule "${id.slice(0, 80)}"`, 'not_found');
      const body = await markdown.parse(readFileSync(join(dir, `${id}.md`), 'utf8'), { async: true });
      res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
      res.type('html').send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(id)} — SOC AI Agents</title><style>body{font:15px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}code{background:#8882;padding:0 .2em}</style></head><body>${body}</body></html>`,
      );
      return undefined;
    },
  });
}
