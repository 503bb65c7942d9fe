import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ChatService } from '../chat/chat-service';
import type { ChatBackend } from '../llm/chat-backend';
import type { Soc } from '../soc/create-soc';
import type { Clock } from '../util/clock';
import type { Logger } from '../util/logger';
import { Authenticator } from './auth';
import { clientIp } from './client-ip';
import type { DaemonConfig, DaemonContext } from './daemon-context';
import { dashboardHtml, readAsset } from './dashboard-page';
import { HttpError, jsonErrors, notFound, requireJson } from './http-error';
import { RequestGuards } from './request-guards';
import { RouteRegistry } from './route-registry';
import { registerApprovalAndAuditRoutes } from './routes/approval-audit-routes';
import { registerChatRoutes } from './routes/chat-routes';
import { registerEnforcementRoutes } from './routes/enforcement-routes';
import { registerEventAndScenarioRoutes } from './routes/event-scenario-routes';
import { registerIncidentRoutes } from './routes/incident-routes';
import { registerStatusRoutes } from './routes/status-routes';
import { registerRuleDocsRoutes } from './routes/rule-docs-routes';
import { defaultProxyPolicy, refuseRestricted, registerProxyRoutes, type ProxyDeps, type UpstreamConfig } from './proxy';
import { attachLiveStream } from './live-stream';
import type { LiveStream } from './live-stream-types';
import { createMetrics } from './metrics';
import type { StatusSnapshot } from '../protocol/stream';

declare const PACKAGE_VERSION: string | undefined;

export interface ServerDeps {
  config: DaemonConfig;
  soc: Soc;
  llm: () => ChatBackend;
  adminToken: string;
  clock: Clock;
  logger: Logger;
  /** Where the OpenAI-compatible proxy forwards; undefined: the labelled fallback answers. */
  upstream?: UpstreamConfig;
}

export interface RunningServer {
  readonly server: Server;
  readonly ctx: DaemonContext;
  readonly port: number;
  readonly url: string;
  /** A fresh one-time dashboard URL (the token works once, then a cookie carries the login). */
  loginUrl(): string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', map: 'application/json', ttf: 'font/ttf', woff2: 'font/woff2', svg: 'image/svg+xml' };

function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/** Builds the HTTP API on one http.Server: guards → auth → routes; the live stream shares the server. */
export function buildServer(deps: ServerDeps): { app: express.Express; server: Server; ctx: DaemonContext; registry: RouteRegistry; guards: RequestGuards; liveStream: LiveStream } {
  const { config, soc, logger, clock } = deps;
  const server = createServer();
  // Read on every request by the Host guard: asked of the socket once it listens, not per request.
  let bound: number | undefined;
  server.on('listening', () => (bound = (server.address() as AddressInfo | null)?.port));
  server.on('close', () => (bound = undefined));
  const port = (): number => bound ?? (server.address() as AddressInfo | null)?.port ?? config.port;
  const guards = new RequestGuards(port, config.allowedHosts);
  const auth = new Authenticator(deps.adminToken, clock);
  let monitoring = true;
  const statusListeners = new Set<() => void>();
  const ctx: DaemonContext = {
    config,
    soc,
    llm: deps.llm,
    auth,
    clock,
    logger,
    startedAt: clock.now(),
    monitoring: { get: () => monitoring, set: (on) => (monitoring = on) },
    port,
    clientIp: (req) => clientIp(req, config.trustedProxies),
    statusChanged: () => {
      for (const l of [...statusListeners]) l();
    },
    onStatusChanged: (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    chat: undefined as unknown as ChatService,
  };
  ctx.chat = new ChatService(soc, deps.llm, () => monitoring, clock, logger);
  const status = (): StatusSnapshot => ({
    monitoring,
    uptimeSec: Math.floor((clock.now() - ctx.startedAt) / 1000),
    environment: soc.policy().environment,
    securityMode: soc.policy().mode,
    llm: deps.llm().health(),
  });
  // The live stream shares the HTTP server; it checks Host, Origin and auth in the upgrade itself.
  const liveStream = attachLiveStream(server, {
    soc,
    logger,
    clock,
    version: typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev',
    status,
    authenticate: (r) => auth.isAuthenticated(r),
    hostAllowed: (r) => guards.hostAllowed(r),
    originAllowed: (r) => guards.originAllowed(r),
    options: { path: '/ws' },
  });
  ctx.onStatusChanged(() => liveStream.publishStatus());
  const metrics = createMetrics({ soc, status, liveStream, logger });

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(securityHeaders);
  app.use((req, _res, next) => {
    if (!guards.hostAllowed(req)) return next(new HttpError(403, 'Host header not allowed (DNS rebinding protection)', 'host_not_allowed', 'soc_forbidden'));
    if (!guards.originAllowed(req)) return next(new HttpError(403, 'Origin not allowed (cross-site request)', 'origin_not_allowed', 'soc_forbidden'));
    next();
  });

  const registry = new RouteRegistry();
  registerStatusRoutes(registry, ctx);
  registerChatRoutes(registry, ctx);
  registerIncidentRoutes(registry, ctx);
  registerEnforcementRoutes(registry, ctx);
  registerApprovalAndAuditRoutes(registry, ctx);
  registerEventAndScenarioRoutes(registry, ctx);
  registerRuleDocsRoutes(registry);
  const proxyDeps: ProxyDeps = {
    soc,
    upstream: deps.upstream,
    clientIp: ctx.clientIp,
    logger,
    clock,
    policy: () => ({ ...defaultProxyPolicy(), monitoring }),
  };
  registerProxyRoutes(registry, proxyDeps);
  registry.add({ method: 'get', path: '/api/openapi.json', tag: 'meta', summary: 'This OpenAPI document', response: 'OpenAPI 3.1', handler: () => registry.openapi({ title: 'SOC AI Agents daemon API', version: '1' }) });

  const requireAuth = (req: Request, _res: Response, next: NextFunction): void => {
    if (auth.isAuthenticated(req)) return next();
    next(new HttpError(401, 'authentication required: send Authorization: Bearer <token> (DATA_DIR/token or SOC_AGENTS_TOKEN), or open the one-time login URL', 'unauthorized', 'soc_unauthorized', { 'WWW-Authenticate': 'Bearer realm="soc-agents"' }));
  };
  const jsonBody = express.json({ limit: config.maxBodyBytes, type: 'application/json' });
  // The same renderer at the end of the proxy's chain: a refusal is answered there, not after a walk through every later layer.
  const errors = jsonErrors(logger);

  // The OpenAI-compatible proxy first, behind the same guards, auth and body parsing: an agent's
  // every model call should not walk the dashboard's routes to find its own (measured: bench/proxy.ts).
  // Nothing under /v1 is public, so the order changes no answer.
  const proxyRouter = express.Router();
  registry.mount(proxyRouter, 'authenticated', { prefix: '/v1' });
  app.use('/v1', requireAuth, refuseRestricted(proxyDeps), requireJson(), jsonBody, proxyRouter, errors);

  // Unauthenticated: liveness and the one-time login that sets the browser's session cookie.
  const publicRouter = express.Router();
  registry.mount(publicRouter, 'public');
  app.use(publicRouter);
  app.get('/login', (req, res) => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    const session = token ? auth.redeemLoginToken(token) : undefined;
    if (!session) throw new HttpError(401, 'this login link is invalid, expired or already used; ask the daemon for a new one (soc-agents daemon prints it)', 'invalid_login_token', 'soc_unauthorized');
    res.setHeader('Set-Cookie', auth.sessionCookie(session));
    res.redirect(303, '/');
  });

  app.use(requireAuth);

  app.get('/metrics', metrics.handler);
  app.get('/', (_req, res) => {
    const { html, csp } = dashboardHtml();
    res.setHeader('Content-Security-Policy', csp);
    res.type('html').send(html);
  });
  app.get('/webview/:file', (req, res) => {
    const file = String(req.params.file);
    const body = readAsset(file);
    if (!body) throw new HttpError(404, `no asset ${file}`, 'not_found');
    res.setHeader('Content-Type', MIME[file.split('.').pop() ?? ''] ?? 'application/octet-stream');
    // Bundle assets are immutable for a daemon's life; icons must not refetch on every use.
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.send(body);
  });

  app.use(requireJson());
  app.use(jsonBody);
  const router = express.Router();
  registry.mount(router, 'authenticated', { skipPrefix: '/v1' });
  app.use(router);
  app.use(notFound);
  app.use(errors);
  server.on('request', app);
  // Slow-loris and idle-connection bounds.
  server.headersTimeout = 15_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = 5_000;
  return { app, server, ctx, registry, guards, liveStream };
}

/** Listens on config.host:config.port; when the port is taken, on a free one (the caller is told the real port). */
export async function listen(server: Server, host: string, port: number, logger: Logger): Promise<number> {
  const attempt = (p: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const onError = (e: NodeJS.ErrnoException): void => {
        server.off('listening', onListening);
        reject(e);
      };
      const onListening = (): void => {
        server.off('error', onError);
        resolve((server.address() as AddressInfo).port);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, host);
    });
  try {
    return await attempt(port);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw e;
    logger.log('warn', `port ${port} is taken; listening on a free port instead`, { host });
    return attempt(0);
  }
}
