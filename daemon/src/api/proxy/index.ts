/**
 * The OpenAI-compatible proxy: `POST /v1/chat/completions` (streaming and not) and `GET /v1/models`.
 * An agent is protected by pointing its OpenAI client's base URL at `http://127.0.0.1:PORT/v1`
 * (its apiKey = the SOC token; the upstream's real key stays in the daemon).
 */
import type { NextFunction, Request, Response, Router } from 'express';
import { FallbackResponder } from '../../llm/fallback-responder';
import { HttpError } from '../http-error';
import { describeZodError, RouteRegistry } from '../route-registry';
import { actorOf, chatCompletionBody } from './chat-request';
import { handleChatCompletion, type CompletionsContext } from './chat-completions';
import { InputGuard } from './input-guard';
import { handleModels } from './models';
import { SystemPromptIndexCache } from '../../reply-scan/system-prompt-leak';
import type { ProxyDeps } from './proxy-deps';
import { gateRefusal } from './proxy-errors';
import { UpstreamClient } from './upstream-client';

export { defaultProxyPolicy, type FallbackAnswerer, type ProxyDeps, type ProxyPolicy, type UpstreamConfig } from './proxy-deps';
export { FALLBACK_MODEL } from './fallback-completion';

/** Declares the two routes in a registry (so they appear in /api/openapi.json); the registry mounts them. */
export function registerProxyRoutes(registry: RouteRegistry, deps: ProxyDeps): void {
  const upstream = deps.upstream ? new UpstreamClient(deps.upstream) : undefined;
  const ctx: CompletionsContext = {
    deps,
    inputs: new InputGuard(deps.soc, deps.clock),
    prompts: new SystemPromptIndexCache(),
    upstream,
    fallback: deps.fallback ?? new FallbackResponder('no upstream model is configured for the proxy (--upstream URL)'),
  };
  registry.add({
    method: 'post',
    path: '/v1/chat/completions',
    tag: 'proxy',
    summary: 'OpenAI-compatible chat completions (JSON or SSE): every message is scanned before the upstream sees it, secrets/PII/prompt leaks/exfiltration links in the reply are redacted',
    body: chatCompletionBody,
    response: 'chat.completion (or a text/event-stream of chat.completion.chunk); header x-soc-redactions',
    handler: (req, res, body) => handleChatCompletion(ctx, req, res, body),
  });
  registry.add({
    method: 'get',
    path: '/v1/models',
    tag: 'proxy',
    summary: "The upstream's model list, or the offline fallback model",
    response: '{object: "list", data: [{id, object: "model", created, owned_by}]}',
    handler: (req, res) => handleModels(deps, upstream, req, res),
  });
}

/**
 * Mounts the proxy routes on `router`, after the server's guards, body limit and authentication (use
 * this or registerProxyRoutes on the server's registry, not both). Bodies are validated here: a bad
 * field is a 400 that names it.
 */
export function mountProxy(router: Router, deps: ProxyDeps): RouteRegistry {
  const registry = new RouteRegistry();
  registerProxyRoutes(registry, deps);
  for (const spec of registry.list()) {
    router[spec.method](spec.path, async (req, res) => {
      let body: unknown = undefined;
      if (spec.body) {
        const parsed = spec.body.safeParse(req.body ?? {});
        if (!parsed.success) throw new HttpError(400, describeZodError(parsed.error), 'invalid_body');
        body = parsed.data;
      }
      await spec.handler(req, res, body);
    });
  }
  return registry;
}

/**
 * Refuses a model call from a blocked IP, a suspended user or a terminated session (the headers name
 * them) before its body is read: a blocked attacker cannot make the daemon buffer and parse its
 * requests, and a refusal costs less. Counts against no rate limit; the handler's gate still decides
 * once the body names the user. Mounted after authentication, so the unauthenticated learn nothing.
 */
export function refuseRestricted(deps: Pick<ProxyDeps, 'soc' | 'clientIp' | 'logger'>): (req: Request, res: Response, next: NextFunction) => void {
  return (req, _res, next) => {
    if (req.method !== 'POST') return next();
    const ip = deps.clientIp(req);
    const decision = deps.soc.restricted(actorOf(req, ip, undefined));
    if (decision.allowed) return next();
    deps.logger.log('info', 'proxy exchange', { ip, requestBytes: Number(req.headers['content-length'] ?? 0), outcome: 'refused_gate', status: decision.status, bodyRead: false });
    next(gateRefusal(decision));
  };
}
