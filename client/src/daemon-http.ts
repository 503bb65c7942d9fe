import type { DaemonConnection } from '../../daemon/src/protocol/lsp';

/** An HTTP error from the daemon with its own message (the API answers errors as JSON). */
export class DaemonHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The daemon's HTTP API as the extension uses it: Bearer token, JSON both ways, a timeout. */
export class DaemonHttp {
  constructor(
    private readonly conn: DaemonConnection,
    private readonly timeoutMs = 30_000,
  ) {}

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(this.conn.url + path, {
      method,
      headers: { authorization: `Bearer ${this.conn.token}`, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      const err = (json as { error?: { message?: unknown } | string } | undefined)?.error;
      const message = typeof err === 'string' ? err : typeof err?.message === 'string' ? err.message : `HTTP ${res.status}`;
      throw new DaemonHttpError(res.status, message);
    }
    return json as T;
  }
}
