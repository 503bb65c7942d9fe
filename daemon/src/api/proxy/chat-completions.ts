import type { Request, Response } from 'express';
import type { ActorRef } from '../../protocol/domain';
import { HttpError } from '../http-error';
import { actorOf, lastUserText, messageText, systemPromptOf, type ChatCompletionBody } from './chat-request';
import { guardCompletion } from './completion-guard';
import { fallbackChunks, fallbackCompletion } from './fallback-completion';
import type { InputCheck, InputGuard } from './input-guard';
import { conversationHosts } from '../../reply-scan/exfil-link-detector';
import { OutputScanner } from '../../reply-scan/output-scanner';
import type { LeakSpan } from '../../reply-scan/spans';
import type { SystemPromptIndexCache } from '../../reply-scan/system-prompt-leak';
import { reportReply, scanReplyAside } from './output-report';
import type { FallbackAnswerer, ProxyDeps, ProxyPolicy } from './proxy-deps';
import { gateRefusal, responseRefusal, threatRefusal, UpstreamError } from './proxy-errors';
import { relayStream, upstreamEvents, type StreamOutcome } from './stream-relay';
import { StreamGuard } from './stream-guard';
import { Deadline, header, readCapped, type UpstreamClient } from './upstream-client';

export interface CompletionsContext {
  deps: ProxyDeps;
  inputs: InputGuard;
  prompts: SystemPromptIndexCache;
  upstream: UpstreamClient | undefined;
  fallback: FallbackAnswerer;
}

/** One structured line per exchange: sizes, model, verdicts — never content or keys. */
interface ExchangeLog {
  ip: string;
  model: string;
  stream: boolean;
  messages: number;
  requestBytes: number;
  via: 'upstream' | 'fallback';
  outcome: string;
  status: number;
  inspected?: number;
  flagged?: number;
  redactions?: number;
  responseBytes?: number;
  ms?: number;
}

function leakMessage(span: LeakSpan): string {
  const what = span.category === 'privacy_violation' ? 'personal data' : span.ruleId === 'out-system-prompt-leak' ? 'the system prompt' : span.ruleId.startsWith('out-exfil') ? 'a data-exfiltration link' : 'a secret';
  return `Response blocked by SOC AI Agents: the model's reply contained ${what} — rule ${span.ruleId}`;
}

/** POST /v1/chat/completions: gate → input scan → upstream (or fallback) → output scan → client. */
export async function handleChatCompletion(ctx: CompletionsContext, req: Request, res: Response, body: ChatCompletionBody): Promise<void> {
  const { deps } = ctx;
  const started = performance.now();
  const policy = deps.policy();
  const ip = deps.clientIp(req);
  const actor = actorOf(req, ip, body.user);
  const stream = body.stream === true;
  const log: ExchangeLog = {
    ip,
    model: body.model.slice(0, 100),
    stream,
    messages: body.messages.length,
    requestBytes: Number(req.headers['content-length'] ?? 0),
    via: ctx.upstream ? 'upstream' : 'fallback',
    outcome: 'served',
    status: 200,
  };
  let logged = false;
  const finish = (outcome: string, status: number, extra: Partial<ExchangeLog> = {}): void => {
    if (logged) return;
    logged = true;
    Object.assign(log, { outcome, status, ...extra, ms: Math.round((performance.now() - started) * 100) / 100 });
    deps.logger.log(status >= 500 ? 'warn' : 'info', 'proxy exchange', { ...log });
  };

  const gate = deps.soc.gate(actor);
  if (!gate.allowed) {
    finish('refused_gate', gate.status);
    throw gateRefusal(gate);
  }

  let scanner: OutputScanner | undefined;
  if (policy.monitoring) {
    let check: InputCheck;
    try {
      check = await ctx.inputs.check(body.messages, actor, policy);
    } catch {
      finish('soc_unavailable', 503);
      throw new HttpError(503, 'the SOC is shutting down; try again shortly', 'soc_unavailable', 'server_error');
    }
    Object.assign(log, { inspected: check.inspected, flagged: check.flagged });
    if (check.refusal) {
      finish('refused_threat', 403);
      throw threatRefusal(check.refusal);
    }
    let hostSet: ReadonlySet<string> | undefined;
    const hosts = (): ReadonlySet<string> => (hostSet ??= conversationHosts(body.messages.map(messageText)));
    scanner = new OutputScanner({ systemPrompt: ctx.prompts.get(systemPromptOf(body.messages)), hosts, systemPromptLeakChars: policy.systemPromptLeakChars });
  }

  const deadline = ctx.upstream ? new Deadline(ctx.upstream.timeoutMs) : undefined;
  res.on('close', () => {
    if (!res.writableFinished) deadline?.cancel();
  });
  const x: Exchange = { req, res, body, policy, scanner, deadline, actor, finish };
  try {
    if (stream) await streamed(ctx, x);
    else await whole(ctx, x);
  } catch (e) {
    if (e instanceof UpstreamError) {
      const http = e.toHttp();
      finish(e.code, http.status);
      throw http;
    }
    if (e instanceof HttpError) finish('upstream_rejected', e.status);
    throw e;
  } finally {
    deadline?.disarm();
  }
}

/** One request on its way through the proxy. */
interface Exchange {
  req: Request;
  res: Response;
  body: ChatCompletionBody;
  policy: ProxyPolicy;
  /** Undefined when monitoring is off. */
  scanner: OutputScanner | undefined;
  /** Undefined when the fallback answers. */
  deadline: Deadline | undefined;
  actor: ActorRef;
  finish: (outcome: string, status: number, extra?: Partial<ExchangeLog>) => void;
}

async function whole(ctx: CompletionsContext, x: Exchange): Promise<void> {
  const { deps } = ctx;
  const { req, res, body, policy, scanner, deadline, actor, finish } = x;
  let raw: string;
  let requestId: string | null = null;
  if (ctx.upstream && deadline) {
    const up = await ctx.upstream.send('POST', '/chat/completions', req.body, deadline, 'application/json');
    requestId = header(up, 'x-request-id') ?? null;
    try {
      raw = await readCapped(up, policy.maxResponseBytes);
    } catch (e) {
      throw e instanceof UpstreamError ? e : deadline.failure(e, 'reading the reply');
    }
  } else {
    raw = fallbackCompletion(ctx.fallback.answer(lastUserText(body.messages)), lastUserText(body.messages), deps.clock.now());
  }
  const guarded = guardCompletion(raw, scanner, deps.soc, policy);
  if (scanner) {
    const report = { actor, emitted: guarded.emitted, leaks: guarded.leaks, blocked: guarded.blocked };
    if (guarded.verdict) reportReply(deps.soc, deps.clock, deps.logger, { ...report, verdict: guarded.verdict });
    else later(deps, async () => reportReply(deps.soc, deps.clock, deps.logger, { ...report, verdict: await scanReplyAside(deps.soc, report.emitted) }));
    if (!guarded.blocked) ctx.inputs.remember(actor, guarded.emitted);
  }
  if (guarded.blocked) {
    finish('blocked_response', 403, { redactions: guarded.leaks.length });
    throw responseRefusal(leakMessage(guarded.leaks[0]));
  }
  if (requestId) res.setHeader('x-request-id', requestId.slice(0, 200));
  res.setHeader('x-soc-redactions', String(guarded.leaks.length));
  res.status(200).type('application/json').send(guarded.body);
  finish(guarded.leaks.length > 0 ? 'redacted' : 'served', 200, { redactions: guarded.leaks.length, responseBytes: Buffer.byteLength(guarded.body) });
}

async function streamed(ctx: CompletionsContext, x: Exchange): Promise<void> {
  const { deps } = ctx;
  const { req, res, body, policy, scanner, deadline, actor, finish } = x;
  let source: AsyncIterable<readonly string[]>;
  if (ctx.upstream && deadline) {
    const up = await ctx.upstream.send('POST', '/chat/completions', req.body, deadline, 'text/event-stream');
    if (!(header(up, 'content-type') ?? '').includes('text/event-stream')) {
      up.destroy();
      throw new UpstreamError('upstream_bad_response', 'the upstream model server did not answer with an event stream');
    }
    const requestId = header(up, 'x-request-id');
    if (requestId) res.setHeader('x-request-id', requestId.slice(0, 200));
    source = upstreamEvents(up, deadline);
  } else {
    const opts = body.stream_options as { include_usage?: unknown } | undefined;
    const prompt = lastUserText(body.messages);
    source = once(fallbackChunks(ctx.fallback.answer(prompt), prompt, deps.clock.now(), opts?.include_usage === true));
  }
  const guard = scanner ? new StreamGuard(scanner, { holdBack: policy.streamHoldBackChars, redact: policy.redact }) : undefined;
  const out: StreamOutcome = await relayStream(res, source, { guard, deadline, cutMessage: leakMessage });
  const redactions = guard?.redactions().length ?? 0;
  const outcome = out.clientGone ? 'client_gone' : out.cut ? 'cut' : out.failure ? out.failure.code : redactions > 0 ? 'redacted' : 'served';
  finish(outcome, 200, { redactions, responseBytes: out.bytes });
  if (guard && scanner) {
    const emitted = guard.emittedText();
    // The engine's look at the whole reply is for the SOC only (the client already has the text): off the hot path.
    later(deps, async () => reportReply(deps.soc, deps.clock, deps.logger, { actor, emitted, leaks: guard.redactions(), blocked: out.cut !== undefined, verdict: await scanReplyAside(deps.soc, emitted) }));
    if (!out.cut) ctx.inputs.remember(actor, emitted);
  }
}

/** Work for the SOC after the client has its answer. */
function later(deps: ProxyDeps, work: () => Promise<void>): void {
  setImmediate(() => {
    work().catch((e: unknown) => deps.logger.log('error', 'proxy: reply report failed', { error: e instanceof Error ? e.message : String(e) }));
  });
}

/** The fallback's chunks, all ready at once: one batch. */
async function* once(items: readonly string[]): AsyncGenerator<readonly string[]> {
  await Promise.resolve();
  yield items;
}
