import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where a rule's documentation lives. By default the page shipped beside the server (the
 * extension's or the npm package's `docs/rules/<id>.md`, as a file:// URL, so it works offline and
 * matches the installed version); `socAgents.rules.docsBaseUrl` points it elsewhere (a docs site).
 */
export class RuleDocs {
  private readonly dir: string;

  constructor(root?: string) {
    this.dir = join(root ?? findPackageRoot(__dirname) ?? process.cwd(), 'docs', 'rules');
  }

  /** The folder URL every page name is appended to, ending in `/`. */
  base(baseUrl = ''): string {
    if (baseUrl) return `${baseUrl.replace(/\/+$/, '')}/`;
    return `${pathToFileURL(resolve(this.dir)).href}/`;
  }

  href(ruleId: string, baseUrl = ''): string {
    return `${this.base(baseUrl)}${encodeURIComponent(ruleId)}.md`;
  }
}

/** The bundle lives in dist/, the sources in daemon/src/lsp/: look upwards for docs/rules. */
function findPackageRoot(from: string): string | undefined {
  let dir = from;
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'docs', 'rules'))) return dir;
    const up = resolve(dir, '..');
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}
