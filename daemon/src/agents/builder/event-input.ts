import type { EventKind, MessageSource, SecurityEvent } from '../../protocol/domain';
import { sanitizeActor } from '../shared/actor';
import { timeOrderedUuid } from '../../store/ids';

const KINDS: readonly EventKind[] = ['chat', 'proxy_request', 'proxy_response', 'log_line', 'tool_call', 'tool_result', 'agent_event', 'scenario'];
const SOURCES: readonly MessageSource[] = ['user', 'system', 'assistant', 'agent', 'tool_result', 'document', 'code_comment', 'prompt_file'];

/**
 * A well-formed event from whatever a caller passed: events come from HTTP bodies and log lines,
 * so nothing is trusted. Text beyond `maxScanChars` is cut for scanning and `bytes` records the
 * real size (the flood detector sees it).
 */
export function sanitizeEvent(raw: unknown, now: number, maxScanChars: number): SecurityEvent {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  let text = typeof r.text === 'string' ? r.text : '';
  let bytes = typeof r.bytes === 'number' && Number.isFinite(r.bytes) && r.bytes >= 0 ? r.bytes : undefined;
  if (text.length > maxScanChars) {
    bytes = Math.max(bytes ?? 0, Buffer.byteLength(text, 'utf8'));
    text = text.slice(0, maxScanChars);
  }
  const event: SecurityEvent = {
    id: typeof r.id === 'string' && r.id.length > 0 && r.id.length <= 128 ? r.id : timeOrderedUuid(),
    ts: typeof r.ts === 'number' && Number.isFinite(r.ts) ? r.ts : now,
    kind: KINDS.includes(r.kind as EventKind) ? (r.kind as EventKind) : 'agent_event',
    actor: sanitizeActor(r.actor),
    text,
    channel: typeof r.channel === 'string' && r.channel.length > 0 ? r.channel.slice(0, 512) : 'unknown',
  };
  if (SOURCES.includes(r.source as MessageSource)) event.source = r.source as MessageSource;
  if (bytes !== undefined) event.bytes = bytes;
  return event;
}
