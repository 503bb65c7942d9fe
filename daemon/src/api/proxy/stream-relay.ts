import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LeakSpan } from '../../reply-scan/spans';
import { sseError, UpstreamError } from './proxy-errors';
import { SseParser } from './sse-parser';
import type { StreamGuard } from './stream-guard';
import type { Deadline } from './upstream-client';

/** The upstream's SSE `data` payloads, a batch per read (one write to the client per read); the idle timer restarts on every read. */
export async function* upstreamEvents(res: IncomingMessage, deadline: Deadline): AsyncGenerator<string[]> {
  res.setEncoding('utf8');
  const parser = new SseParser();
  const reads = res[Symbol.asyncIterator]() as AsyncIterator<string, undefined>;
  try {
    for (;;) {
      deadline.arm();
      const read = await reads.next();
      if (read.done === true) break;
      const batch = parser.push(read.value);
      if (batch.length > 0) yield batch;
    }
    const rest = parser.end();
    if (rest.length > 0) yield rest;
  } finally {
    deadline.disarm();
    // Stops the upstream when the consumer stopped early (cut, client gone).
    if (!res.complete) res.destroy();
  }
}

export interface StreamOutcome {
  /** Payloads forwarded. */
  events: number;
  bytes: number;
  cut?: LeakSpan;
  /** Set when the upstream failed mid-stream. */
  failure?: UpstreamError;
  clientGone: boolean;
}

export interface RelayOptions {
  guard: StreamGuard | undefined;
  deadline: Deadline | undefined;
  /** Message of the SSE error sent when the guard cuts the stream. */
  cutMessage: (span: LeakSpan) => string;
}

/** Writes, waiting for the socket to drain (bounded memory with a slow client); false once the client is gone. */
async function write(res: ServerResponse, text: string): Promise<boolean> {
  if (res.destroyed || res.writableEnded) return false;
  if (res.write(text)) return true;
  return new Promise<boolean>((resolve) => {
    const done = (ok: boolean): void => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = (): void => done(true);
    const onClose = (): void => done(false);
    res.on('drain', onDrain);
    res.on('close', onClose);
  });
}

function frame(events: readonly string[]): string {
  let s = '';
  for (const e of events) s += `data: ${e}\n\n`;
  return s;
}

/**
 * Relays a chat completion stream to the client through the guard: always ends with `data: [DONE]`,
 * preceded by an SSE error event when the guard cut the stream or the upstream failed.
 */
export async function relayStream(res: ServerResponse, source: AsyncIterable<readonly string[]>, opts: RelayOptions): Promise<StreamOutcome> {
  const outcome: StreamOutcome = { events: 0, bytes: 0, clientGone: false };
  const send = async (events: readonly string[]): Promise<void> => {
    if (events.length === 0 || outcome.clientGone) return;
    const text = frame(events);
    outcome.events += events.length;
    outcome.bytes += text.length;
    if (!(await write(res, text))) outcome.clientGone = true;
  };
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Connection', 'keep-alive');
  res.setHeader('X-Accel-Buffering', 'no');
  res.setHeader('Trailer', 'x-soc-redactions');
  res.flushHeaders();
  try {
    reading: for await (const batch of source) {
      const events: string[] = [];
      let done = false;
      for (const data of batch) {
        if (data.trim() === '[DONE]') {
          done = true;
          break;
        }
        const out = opts.guard ? opts.guard.push(data) : { events: [data] };
        events.push(...out.events);
        if (out.cut) {
          outcome.cut = out.cut;
          break;
        }
      }
      await send(events);
      if (done || outcome.cut || outcome.clientGone) break reading;
    }
  } catch (e) {
    if (opts.deadline?.clientGone) outcome.clientGone = true;
    else outcome.failure = e instanceof UpstreamError ? e : opts.deadline ? opts.deadline.failure(e, 'streaming') : new UpstreamError('upstream_bad_response', 'the reply stream failed');
  }
  if (outcome.clientGone) return outcome;
  if (!outcome.cut && opts.guard) {
    const fin = opts.guard.finish();
    await send(fin.events);
    if (fin.cut) outcome.cut = fin.cut;
  }
  let tail = '';
  if (outcome.cut) tail += sseError(opts.cutMessage(outcome.cut), 'soc_blocked', 'response_blocked');
  else if (outcome.failure) tail += sseError(outcome.failure.message, 'upstream_error', outcome.failure.code);
  tail += 'data: [DONE]\n\n';
  if (!(await write(res, tail))) outcome.clientGone = true;
  if (!outcome.clientGone) {
    res.addTrailers({ 'x-soc-redactions': String(opts.guard?.redactions().length ?? 0) });
    res.end();
  }
  return outcome;
}
