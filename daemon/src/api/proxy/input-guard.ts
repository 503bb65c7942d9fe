import { hash as oneShot, randomUUID } from 'node:crypto';
import { LruMap } from '../../util/lru-map';
import type { Finding, Verdict } from '../../engine/types';
import type { ActorRef, SecurityEvent } from '../../protocol/domain';
import type { Soc } from '../../soc/create-soc';
import type { Clock } from '../../util/clock';
import { actorKey } from '../../agents/shared/actor';
import { messageText, roleLabel, sourceOf, type ChatMessageIn } from './chat-request';
import type { ProxyPolicy } from './proxy-deps';

/** What the proxy keeps of one message's verdict (enough to refuse again without rescanning). */
interface Seen {
  flagged: boolean;
  category: Verdict['category'];
  ruleId: string;
  score: number;
  /** A pattern rule (not only the classifier) found the verdict's category. */
  patternBacked: boolean;
}

export interface InputCheck {
  /** Messages sent through the SOC now (the rest were seen before from this actor). */
  inspected: number;
  flagged: number;
  /** Set when the request must be refused: the message names the message, its role and the rule. */
  refusal?: string;
}

const CHANNEL = 'v1/chat/completions';

/** One-shot SHA-256 (a third of createHash's cost on these short inputs); the same digest as before. */
function hash(parts: readonly string[]): string {
  let joined = '';
  for (const p of parts) joined += `${p}\u0000`;
  return oneShot('sha256', joined, 'base64');
}

/** The rule to name in a refusal: the verdict's category, a pattern rule before the classifier. */
function leadRule(v: Verdict): string {
  const ofCategory = v.findings.filter((f: Finding) => f.category === v.category);
  const pool = ofCategory.length > 0 ? ofCategory : v.findings;
  const pattern = pool.find((f) => !f.ruleId.startsWith('ml-'));
  return (pattern ?? pool[0])?.ruleId ?? 'unknown';
}

/**
 * Scans every message of a request through the SOC (each one a SecurityEvent, so alerts,
 * incidents and remediation follow) and decides whether the request may go on.
 *
 * Agents resend the whole conversation on every turn: a message this actor already sent is not
 * inspected again (its verdict is remembered), so the SOC sees each message once, the store does
 * not grow with the square of the conversation, and a long history does not look like a burst.
 */
export class InputGuard {
  private readonly seen: LruMap<string, Seen>;

  constructor(
    private readonly soc: Soc,
    private readonly clock: Clock,
    capacity = 20_000,
  ) {
    this.seen = new LruMap(capacity);
  }

  async check(messages: readonly ChatMessageIn[], actor: ActorRef, policy: ProxyPolicy): Promise<InputCheck> {
    const who = actorKey(actor);
    const mode = this.soc.policy().mode;
    let inspected = 0;
    const results = messages.map((m): Seen | undefined | Promise<Seen> => {
      const text = messageText(m);
      if (text.trim() === '') return undefined;
      const source = sourceOf(m.role);
      const key = hash([who, source, mode, text]);
      const known = this.seen.get(key);
      if (known) return known;
      inspected++;
      const event: SecurityEvent = { id: randomUUID(), ts: this.clock.now(), kind: 'proxy_request', actor, text, channel: CHANNEL, source };
      return this.soc.inspect(event).then(({ verdict }) => {
        const flagged = verdict.flagged && verdict.category !== 'benign';
        const patternBacked = verdict.findings.some((f) => f.category === verdict.category && !f.ruleId.startsWith('ml-'));
        const seen: Seen = { flagged, category: verdict.category, ruleId: flagged ? leadRule(verdict) : '', score: verdict.score, patternBacked };
        this.seen.set(key, seen);
        return seen;
      });
    });
    const verdicts = inspected > 0 ? await Promise.all(results.map((r) => Promise.resolve(r))) : (results as (Seen | undefined)[]);
    let flagged = 0;
    let refusal: string | undefined;
    verdicts.forEach((v, i) => {
      if (!v?.flagged) return;
      flagged++;
      const sure = v.patternBacked || v.score >= policy.blockModelOnlyAbove;
      if (refusal === undefined && sure && (policy.blockInput as readonly string[]).includes(v.category)) {
        refusal = `Request blocked by SOC AI Agents: ${v.category.replace(/_/g, ' ')} detected in messages[${i}] (${roleLabel(messages[i].role)}) — rule ${v.ruleId}`;
      }
    });
    return refusal === undefined ? { inspected, flagged } : { inspected, flagged, refusal };
  }

  /** The proxy's own (already scanned) reply will come back as history: do not inspect it again. */
  remember(actor: ActorRef, assistantText: string): void {
    if (assistantText.trim() === '') return;
    this.seen.set(hash([actorKey(actor), 'assistant', this.soc.policy().mode, assistantText]), { flagged: false, category: 'benign', ruleId: '', score: 0, patternBacked: false });
  }
}
