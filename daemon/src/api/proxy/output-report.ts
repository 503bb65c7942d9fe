import { randomUUID } from 'node:crypto';
import { alertFromVerdict } from '../../agents/builder/alert-factory';
import { scanMessage } from '../../engine';
import type { ScanContext, Verdict } from '../../engine/types';
import type { ActorRef, SecurityEvent } from '../../protocol/domain';
import type { Soc } from '../../soc/create-soc';
import type { Clock } from '../../util/clock';
import type { Logger } from '../../util/logger';
import { verdictWithLeaks } from '../../reply-scan/leak-verdict';
import type { LeakSpan } from '../../reply-scan/spans';

const CHANNEL = 'v1/chat/completions';
const MAX_REPORT_CHARS = 100_000;

function replyContext(soc: Soc): ScanContext {
  const p = soc.policy();
  return { source: 'assistant', mode: p.mode, rulePacks: p.rulePacks };
}

/** The engine's verdict on a reply (source `assistant`, the SOC's current mode and rule packs). */
export function scanReply(soc: Soc, text: string): Verdict {
  return scanMessage(text.slice(0, MAX_REPORT_CHARS), replyContext(soc));
}

/**
 * The same verdict for work nobody waits on (the client already has the reply): on the SOC's scan
 * thread when it has one, so the event loop serving the next requests does not scan it.
 */
export function scanReplyAside(soc: Soc, text: string): Promise<Verdict> {
  const thread = soc.scanThread;
  return thread ? thread.scan(text.slice(0, MAX_REPORT_CHARS), replyContext(soc)) : Promise.resolve(scanReply(soc, text));
}

/** Engine findings the policy redacts (exact-span identifier rules; never the classifier's wide spans). */
export function engineLeakSpans(verdict: Verdict, rules: readonly string[]): LeakSpan[] {
  return verdict.findings
    .filter((f) => rules.includes(f.ruleId) && f.end > f.start)
    .map((f) => ({ start: f.start, end: f.end, ruleId: f.ruleId, category: f.category === 'privacy_violation' ? 'privacy_violation' : 'data_exfiltration', severity: f.severity }));
}

export interface ReplyReport {
  actor: ActorRef;
  /** What the client received (redacted): the only text stored. */
  emitted: string;
  /** What was redacted (or, under the block policy, what blocked the reply). */
  leaks: readonly LeakSpan[];
  /** The engine's verdict on the reply, when it ran. */
  verdict?: Verdict;
  blocked: boolean;
}

/**
 * Tells the SOC about a reply that leaked (or that the engine flags): one `proxy_response` event
 * holding only the redacted text, and one alert whose evidence names the rule, never the secret.
 * The alert goes to the Analyst like any Builder alert (incident, playbook, remediation). Never
 * throws; a failure is logged.
 */
export function reportReply(soc: Soc, clock: Clock, logger: Logger, r: ReplyReport): void {
  const verdict = verdictWithLeaks(r.verdict, r.leaks);
  if (!verdict) return;
  const event: SecurityEvent = {
    id: randomUUID(),
    ts: clock.now(),
    kind: 'proxy_response',
    actor: r.actor,
    text: `${r.blocked ? '[reply blocked] ' : ''}${r.emitted.slice(0, MAX_REPORT_CHARS)}`,
    channel: CHANNEL,
    source: 'assistant',
  };
  const alert = alertFromVerdict(event, verdict);
  const persist = async (): Promise<void> => {
    await soc.store.insertEvent(event);
    await soc.store.insertAlert(alert);
    soc.bus.publish('alert.raised', alert);
  };
  persist().catch((e: unknown) => logger.log('error', 'proxy: response alert not recorded', { alertId: alert.id, error: e instanceof Error ? e.message : String(e) }));
}
