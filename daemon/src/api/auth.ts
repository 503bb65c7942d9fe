import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import type { Clock } from '../util/clock';

export const SESSION_COOKIE = 'soc_session';

/**
 * The admin token: `SOC_AGENTS_TOKEN` when set, else `DATA_DIR/token`, created on first start
 * with mode 0600 so only this user can read it.
 */
export function loadOrCreateToken(dataDir: string, env: NodeJS.ProcessEnv = process.env): { token: string; source: 'env' | 'file' | 'created' } {
  const fromEnv = env.SOC_AGENTS_TOKEN?.trim();
  if (fromEnv) {
    if (fromEnv.length < 16) throw new Error('SOC_AGENTS_TOKEN must be at least 16 characters');
    return { token: fromEnv, source: 'env' };
  }
  const file = join(dataDir, 'token');
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim();
    if (token.length >= 16) {
      chmodSync(file, 0o600);
      return { token, source: 'file' };
    }
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const token = randomBytes(32).toString('base64url');
  writeFileSync(file, token + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return { token, source: 'created' };
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return out;
}

/**
 * Bearer-token and browser-session authentication. The browser gets in through a one-time login
 * URL (as Jupyter does): the login token works once, then a session cookie carries the login.
 */
export class Authenticator {
  private readonly loginTokens = new Map<string, number>();
  private readonly sessions = new Map<string, number>();
  /** Compared by digest so lengths match and timing says nothing about either value; hashed once, not per request. */
  private readonly adminDigest: Buffer;

  constructor(
    adminToken: string,
    private readonly clock: Clock,
    private readonly loginTtlMs = 24 * 3600_000,
    private readonly sessionTtlMs = 7 * 24 * 3600_000,
  ) {
    this.adminDigest = digest(adminToken);
  }

  /** A fresh single-use login token for the dashboard URL. */
  issueLoginToken(): string {
    const t = randomBytes(24).toString('base64url');
    this.loginTokens.set(t, this.clock.now() + this.loginTtlMs);
    return t;
  }

  /** Spends a login token; returns a new session id, or undefined when the token is unknown, used or expired. */
  redeemLoginToken(token: string): string | undefined {
    const exp = this.loginTokens.get(token);
    if (exp === undefined) return undefined;
    this.loginTokens.delete(token);
    if (exp < this.clock.now()) return undefined;
    const session = randomBytes(32).toString('base64url');
    this.sessions.set(session, this.clock.now() + this.sessionTtlMs);
    return session;
  }

  /** True for a valid `Authorization: Bearer` admin token or a live session cookie. */
  isAuthenticated(req: IncomingMessage): boolean {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ') && timingSafeEqual(digest(auth.slice(7).trim()), this.adminDigest)) return true;
    const session = parseCookies(req.headers.cookie).get(SESSION_COOKIE);
    if (!session) return false;
    const exp = this.sessions.get(session);
    if (exp === undefined) return false;
    if (exp < this.clock.now()) {
      this.sessions.delete(session);
      return false;
    }
    return true;
  }

  /** Whether the request came with a session cookie (browser) rather than a bearer token (programs). */
  static hasSessionCookie(req: IncomingMessage): boolean {
    return parseCookies(req.headers.cookie).has(SESSION_COOKIE);
  }

  sessionCookie(session: string): string {
    return `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${Math.floor(this.sessionTtlMs / 1000)}`;
  }
}
