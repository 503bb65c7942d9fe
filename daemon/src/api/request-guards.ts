import type { IncomingMessage } from 'node:http';

/**
 * DNS-rebinding and CSRF protection for a server on loopback. A web page can make the browser
 * send requests here; the Host check stops rebinding (the page's hostname is not ours), the
 * Origin check stops cross-site requests (only our own page and VS Code webviews may call).
 */
export class RequestGuards {
  private readonly hosts: Set<string>;

  constructor(
    private readonly port: () => number,
    extraHosts: readonly string[] = [],
  ) {
    this.hosts = new Set(['127.0.0.1', 'localhost', '[::1]', ...extraHosts.map((h) => h.toLowerCase())]);
  }

  /** Host header must name a loopback alias (or a configured host) on our port. */
  hostAllowed(req: IncomingMessage): boolean {
    const host = req.headers.host?.toLowerCase();
    if (!host) return false;
    const m = /^(\[[0-9a-f:.]+\]|[^:]+)(?::(\d+))?$/.exec(host);
    if (!m || !this.hosts.has(m[1])) return false;
    return m[2] === undefined || Number(m[2]) === this.port();
  }

  /** No Origin (non-browser clients) passes; a browser Origin must be our own or a VS Code webview. */
  originAllowed(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    if (origin.startsWith('vscode-webview://')) return true;
    try {
      const u = new URL(origin);
      const host = u.port ? `${u.hostname}:${u.port}` : u.hostname;
      return u.protocol === 'http:' && this.hostAllowed({ headers: { host } } as IncomingMessage);
    } catch {
      return false;
    }
  }
}
