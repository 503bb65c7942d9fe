import { createHash } from 'node:crypto';
import type { MessageBus } from '../bus/bus';
import type { SecurityEvent } from '../protocol/domain';
import type { Clock } from '../util/clock';
import { parseLogLine } from './parse-line';

/** A complete line read from a tailed file. */
export interface LogLine {
  path: string;
  /** Identity of the file it was read from (`dev:ino`). */
  fileId: string;
  /** Byte offset of the line's first byte in that file. */
  offset: number;
  /** The line without its newline; cut to the maximum line length when `truncated`. */
  text: string;
  truncated: boolean;
  /** Size of the line in bytes (a lower bound for a cut line whose end was not yet written). */
  bytes: number;
}

/** Receives lines in file order. The tailer persists a line's offset only after this resolves. */
export type LineSink = (line: LogLine) => void | Promise<void>;

/**
 * The event id is derived from where the line is (file identity + byte offset), so a line that is
 * delivered again after a crash carries the same id and a consumer can drop the duplicate.
 */
export function logEventId(line: Pick<LogLine, 'fileId' | 'offset' | 'path'>): string {
  return 'log-' + createHash('sha256').update(`${line.path}\0${line.fileId}\0${line.offset}`).digest('hex').slice(0, 24);
}

export function toSecurityEvent(line: LogLine, now: number): SecurityEvent {
  const parsed = parseLogLine(line.text);
  const event: SecurityEvent = {
    id: logEventId(line),
    ts: now,
    kind: 'log_line',
    actor: parsed.actor,
    text: parsed.text,
    channel: `log:${line.path}`,
  };
  if (parsed.source) event.source = parsed.source;
  // A cut line declares its real size: token flooding is judged on what was written, not what was kept.
  if (line.truncated) event.bytes = line.bytes;
  return event;
}

/** A sink that publishes each line as an `event.ingested` SecurityEvent for the Builder. */
export function busSink(bus: MessageBus, clock: Clock): LineSink {
  return (line) => bus.publish('event.ingested', toSecurityEvent(line, clock.now()));
}
