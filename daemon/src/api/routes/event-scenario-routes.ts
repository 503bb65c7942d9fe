import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { EventKind, MessageSource, SecurityEvent } from '../../protocol/domain';
import { SCENARIOS, SCENARIO_NAMES, isScenarioName } from '../../scenarios/catalog';
import { runScenario } from '../../scenarios/scenario-runner';
import { HttpError } from '../http-error';
import type { DaemonContext } from '../daemon-context';
import type { RouteRegistry } from '../route-registry';

const KIND: Record<string, EventKind> = { message: 'agent_event', tool_call: 'tool_call', tool_result: 'tool_result', log: 'log_line' };
const ROLE: Record<string, MessageSource> = { user: 'user', system: 'system', assistant: 'assistant', agent: 'agent', tool: 'tool_result', document: 'document' };

const agentEvent = z.object({
  type: z.enum(['message', 'tool_call', 'tool_result', 'log']),
  text: z.string().max(200_000),
  /** `assistant`: the model's own reply; `agent`: a message from another agent (scanned as untrusted content). */
  role: z.enum(['user', 'system', 'assistant', 'agent', 'tool', 'document']).optional(),
  ip: z.string().max(64).optional(),
  session_id: z.string().max(200).optional(),
  user_id: z.string().max(200).optional(),
  /** The agent's own name or channel, shown on alerts. */
  agent: z.string().max(100).optional(),
  ts: z.number().int().nonnegative().optional(),
});

export const eventsBody = z.object({ events: z.array(agentEvent).min(1).max(1000) });

export function registerEventAndScenarioRoutes(registry: RouteRegistry, ctx: DaemonContext): void {
  registry.add({
    method: 'post',
    path: '/api/events',
    tag: 'events',
    summary: 'Batch ingest of agent events (messages, tool calls, tool results, log lines) into the SOC pipeline',
    body: eventsBody,
    response: '{accepted, refused} (202); 503 with Retry-After when the pipeline is saturated',
    handler: (req, res, body) => {
      if (!ctx.monitoring.get()) return { accepted: 0, refused: 0, monitoring: false };
      let accepted = 0;
      for (const e of body.events) {
        const event: SecurityEvent = {
          id: randomUUID(),
          ts: e.ts ?? ctx.clock.now(),
          kind: KIND[e.type],
          actor: { ip: e.ip ?? ctx.clientIp(req), ...(e.session_id ? { sessionId: e.session_id } : {}), ...(e.user_id ? { userId: e.user_id } : {}) },
          text: e.text,
          channel: `api/events${e.agent ? `:${e.agent}` : ''}`,
          source: e.role ? ROLE[e.role] : e.type === 'tool_result' ? 'tool_result' : 'user',
        };
        if (ctx.soc.ingest(event)) accepted++;
      }
      const refused = body.events.length - accepted;
      if (accepted === 0) throw new HttpError(503, 'the SOC pipeline is saturated; retry later', 'backpressure', 'server_error', { 'Retry-After': '1' });
      res.status(202);
      return { accepted, refused };
    },
  });
  registry.add({
    method: 'get',
    path: '/api/test/scenarios',
    tag: 'scenarios',
    summary: 'The attack scenarios that can be replayed',
    response: '{scenarios: [{name, title, description, expects}]}',
    handler: () => ({ scenarios: SCENARIO_NAMES.map((n) => ({ name: n, title: SCENARIOS[n].title, description: SCENARIOS[n].description, expects: SCENARIOS[n].expects })) }),
  });
  registry.add({
    method: 'post',
    path: '/api/test/scenario/:name',
    tag: 'scenarios',
    summary: 'Replay an attack scenario through the real pipeline from the caller’s address; reports what was detected and done',
    response: '{scenario, detected, messages_sent, refused, security_check}',
    handler: async (req) => {
      const name = String(req.params.name);
      if (!isScenarioName(name)) throw new HttpError(404, `unknown scenario "${name.slice(0, 60)}"; valid scenarios: ${SCENARIO_NAMES.join(', ')}`, 'unknown_scenario');
      if (!ctx.monitoring.get()) throw new HttpError(409, 'monitoring is off; switch it on to run scenarios', 'monitoring_off');
      return runScenario(ctx.chat, name, ctx.clientIp(req));
    },
  });
}
