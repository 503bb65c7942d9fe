import type { Verdict } from '../../engine/types';
import type { Soc } from '../../soc/create-soc';
import type { OutputScanner } from '../../reply-scan/output-scanner';
import { mergeSpans, redact, type LeakSpan } from '../../reply-scan/spans';
import { engineLeakSpans, scanReply } from './output-report';
import type { ProxyPolicy } from './proxy-deps';
import { UpstreamError } from './proxy-errors';

export interface GuardedCompletion {
  /** The body to send: the upstream's bytes untouched when nothing was redacted. */
  body: string;
  leaks: LeakSpan[];
  /** Under the block policy: the reply must not be sent. */
  blocked: boolean;
  /** The replies' text as sent (redacted), for the report. */
  emitted: string;
  /** The engine's verdict when it ran before sending; otherwise the report scans `emitted` later. */
  verdict?: Verdict;
}

/**
 * The engine's redactable rules are identifier rules (cards, SSNs, IBANs, document and record
 * numbers): none can match without five digits close together. Replies without them skip the
 * engine on the hot path (about half a millisecond); the SOC report still scans them afterwards.
 */
const IDENTIFIER_LIKE = /\d(?:\D{0,3}\d){4}/;

interface Choice {
  message?: { content?: unknown };
}

/**
 * A non-streamed `chat.completion`: every choice's content goes through the proxy's detectors and
 * the engine (whose identifier findings the policy names are redacted too); leaks are replaced by
 * `[REDACTED:<rule>]` in place, or the reply is blocked.
 */
export function guardCompletion(raw: string, scanner: OutputScanner | undefined, soc: Soc, policy: ProxyPolicy): GuardedCompletion {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new UpstreamError('upstream_bad_response', 'the upstream model server sent a reply that is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null) throw new UpstreamError('upstream_bad_response', 'the upstream model server sent an unexpected reply');
  const choices = (parsed as { choices?: unknown }).choices;
  if (!scanner || !Array.isArray(choices)) return { body: raw, leaks: [], blocked: false, emitted: '' };

  const leaks: LeakSpan[] = [];
  const emitted: string[] = [];
  let verdict: Verdict | undefined;
  let changed = false;
  for (const c of choices as Choice[]) {
    const content = c?.message?.content;
    if (typeof content !== 'string' || content === '') continue;
    let engine: LeakSpan[] = [];
    if (IDENTIFIER_LIKE.test(content)) {
      const v = scanReply(soc, content);
      if (!verdict || v.score > verdict.score) verdict = v;
      engine = engineLeakSpans(v, policy.redactEngineRules);
    }
    const spans = mergeSpans([...scanner.scan(content, true).spans, ...engine]);
    leaks.push(...spans);
    if (spans.length === 0) {
      emitted.push(content);
      continue;
    }
    const clean = redact(content, spans);
    emitted.push(clean);
    if (c.message) c.message.content = clean;
    changed = true;
  }
  const blocked = leaks.length > 0 && !policy.redact;
  return { body: changed && !blocked ? JSON.stringify(parsed) : raw, leaks, blocked, emitted: emitted.join('\n'), ...(verdict ? { verdict } : {}) };
}
