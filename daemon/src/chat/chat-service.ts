import { randomUUID } from 'node:crypto';
import type { ChatBackend } from '../llm/chat-backend';
import type { ActorRef, EventKind, GateDecision } from '../protocol/domain';
import type { Soc } from '../soc/create-soc';
import type { Clock } from '../util/clock';
import type { Logger } from '../util/logger';
import { awaitRemediation } from '../api/remediation-waiter';
import { securityCheck, type SecurityCheck } from './security-check';

export interface ChatInput {
  message: string;
  sessionId?: string;
  userId?: string;
  ip: string;
  channel: string;
  kind?: EventKind;
  /** Scenario traffic exercises the SOC only; it never costs model calls. */
  skipModel?: boolean;
}

export type ChatOutcome =
  | { ok: true; response: string; model: string; source: 'llm' | 'fallback' | 'soc'; security_check: SecurityCheck }
  | { ok: false; decision: Extract<GateDecision, { allowed: false }>; security_check: SecurityCheck };

export interface ChatServiceOptions {
  /** How long a response waits for remediation to finish before answering (it continues anyway). */
  remediationWaitMs: number;
}

/**
 * The original system's chat endpoint: enforcement gate → detection through the SOC pipeline →
 * (only clean messages) the language model → an answer with its `security_check`.
 */
export class ChatService {
  constructor(
    private readonly soc: Soc,
    private readonly llm: () => ChatBackend,
    private readonly monitoring: () => boolean,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly opts: ChatServiceOptions = { remediationWaitMs: 2_000 },
  ) {}

  async handle(input: ChatInput): Promise<ChatOutcome> {
    const actor: ActorRef = { ip: input.ip, ...(input.sessionId ? { sessionId: input.sessionId } : {}), ...(input.userId ? { userId: input.userId } : {}) };
    const monitoring = this.monitoring();
    const gate = this.soc.gate(actor);
    if (!gate.allowed) {
      this.logger.log('info', 'chat refused', { channel: input.channel, ip: input.ip, kind: gate.kind, status: gate.status });
      return { ok: false, decision: gate, security_check: securityCheck({ refused: gate, monitoring }) };
    }
    if (!monitoring) return this.answer(input, securityCheck({ monitoring }));

    const event = { id: randomUUID(), ts: this.clock.now(), kind: input.kind ?? ('chat' as const), actor, text: input.message, channel: input.channel, source: 'user' as const };
    const { verdict, alerts } = await this.soc.inspect(event);
    const outcome = await awaitRemediation(this.soc, alerts.map((a) => a.id), this.opts.remediationWaitMs);
    const check = securityCheck({ verdict, alerts, actions: outcome.actions, incidents: outcome.incidents, monitoring, pending: outcome.pending });
    this.logger.log('info', 'chat exchange', {
      channel: input.channel,
      ip: input.ip,
      chars: input.message.length,
      flagged: verdict.flagged,
      category: verdict.category,
      alerts: alerts.length,
      actions: check.remediation_actions.map((a) => `${a.type}:${a.status}`),
    });
    // The Analyst may judge a detection a likely false positive (an educational question, say): then the model answers.
    const fpThreshold = this.soc.policy().fpSuppressAbove;
    const likelyFalsePositive = outcome.incidents.length > 0 && outcome.incidents.every((i) => i.status === 'suppressed' || i.fpProbability >= fpThreshold);
    if (verdict.flagged && !likelyFalsePositive) {
      // Attacks never reach the model: the SOC answers itself.
      const response = `This message was not sent to the model: SOC AI Agents detected ${verdict.category.replace(/_/g, ' ')} (${verdict.severity}, score ${verdict.score.toFixed(2)}).`;
      return { ok: true, response, model: 'soc', source: 'soc', security_check: check };
    }
    return this.answer(input, check);
  }

  private async answer(input: ChatInput, check: SecurityCheck): Promise<ChatOutcome> {
    if (input.skipModel) return { ok: true, response: '(scenario traffic: not sent to the model)', model: 'soc', source: 'soc', security_check: check };
    const reply = await this.llm().reply([{ role: 'user', content: input.message }]);
    return { ok: true, response: reply.content, model: reply.model, source: reply.source, security_check: check };
  }
}
