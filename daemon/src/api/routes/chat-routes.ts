import { z } from 'zod';
import { HttpError } from '../http-error';
import type { DaemonContext } from '../daemon-context';
import type { RouteRegistry } from '../route-registry';

const id = z.string().min(1).max(200).regex(/^[\w.:@-]+$/, 'only letters, digits and . _ : @ - are allowed');

export const chatBody = z.object({
  message: z.string().min(1, 'must not be empty').max(100_000, 'too long (100,000 characters at most)'),
  session_id: id.optional(),
  user_id: id.optional(),
});

const CODES = { block_ip: 'ip_blocked', terminate_session: 'session_terminated', suspend_user: 'user_suspended', rate_limit: 'rate_limited' } as const;

/** POST /api/chat — the original system's chatbot endpoint, with its `security_check`. */
export function registerChatRoutes(registry: RouteRegistry, ctx: DaemonContext): void {
  registry.add({
    method: 'post',
    path: '/api/chat',
    tag: 'chat',
    summary: 'Send a chat message through the SOC; attacks are detected, remediated and never reach the model',
    body: chatBody,
    response: '{response, security_check: {threat_detected, alerts, remediation_taken, remediation_actions: [{type, target}]}}',
    handler: async (req, res, body) => {
      const r = await ctx.chat.handle({
        message: body.message,
        ...(body.session_id ? { sessionId: body.session_id } : {}),
        ...(body.user_id ? { userId: body.user_id } : {}),
        ip: ctx.clientIp(req),
        channel: 'api/chat',
      });
      if (!r.ok) {
        const headers: Record<string, string> = r.decision.retryAfterSec ? { 'Retry-After': String(r.decision.retryAfterSec) } : {};
        const err = new HttpError(r.decision.status, `Access denied: ${r.decision.reason}`, CODES[r.decision.kind], 'soc_blocked', headers);
        for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
        res.status(err.status).json({ error: { message: err.message, type: err.type, code: err.code }, security_check: r.security_check });
        return undefined;
      }
      return { response: r.response, model: r.model, source: r.source, security_check: r.security_check };
    },
  });
}
