import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { STREAM_BEARER_PREFIX, STREAM_SUBPROTOCOL } from '../protocol/stream';
import { errorBody } from './http-error';

/** The server's checks, run on the upgrade request before any socket opens (pass bound functions). */
export interface UpgradeGuards {
  authenticate: (req: IncomingMessage) => boolean;
  hostAllowed: (req: IncomingMessage) => boolean;
  originAllowed: (req: IncomingMessage) => boolean;
}

export type UpgradeVerdict = { ok: true } | { ok: false; status: number; code: string; message: string };

/** The subprotocols the client offered, in order. */
export function offeredProtocols(req: IncomingMessage): string[] {
  const h = req.headers['sec-websocket-protocol'];
  if (typeof h !== 'string') return [];
  return h
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * The same request with the subprotocol's token as an `Authorization: Bearer` header and no cookie,
 * so the server's one authenticator judges it (the token is never logged or echoed).
 */
function withBearer(req: IncomingMessage, token: string): IncomingMessage {
  const copy = Object.create(req) as IncomingMessage;
  Object.defineProperty(copy, 'headers', { value: { host: req.headers.host, authorization: `Bearer ${token}` } });
  return copy;
}

/** Host (DNS rebinding), then Origin (cross-site pages), then the token: the first failure answers. */
export function checkUpgrade(req: IncomingMessage, guards: UpgradeGuards): UpgradeVerdict {
  if (!guards.hostAllowed(req)) return { ok: false, status: 403, code: 'host_not_allowed', message: 'Host header not allowed (DNS rebinding protection)' };
  if (!guards.originAllowed(req)) return { ok: false, status: 403, code: 'origin_not_allowed', message: 'Origin not allowed (cross-site request)' };
  const protocols = offeredProtocols(req);
  if (protocols.length > 0 && !protocols.includes(STREAM_SUBPROTOCOL)) {
    return { ok: false, status: 400, code: 'unsupported_subprotocol', message: `offer the ${STREAM_SUBPROTOCOL} subprotocol` };
  }
  if (guards.authenticate(req)) return { ok: true };
  const bearer = protocols.find((p) => p.startsWith(STREAM_BEARER_PREFIX));
  const token = bearer?.slice(STREAM_BEARER_PREFIX.length);
  if (token && guards.authenticate(withBearer(req, token))) return { ok: true };
  return {
    ok: false,
    status: 401,
    code: 'unauthorized',
    message: `authentication required: the session cookie, Authorization: Bearer, or the ${STREAM_BEARER_PREFIX}<token> subprotocol`,
  };
}

/** Answers a refused upgrade with a plain HTTP response on the raw socket, then closes it. */
export function refuseUpgrade(socket: Duplex, status: number, code: string, message: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  // The same error types as the HTTP routes.
  const type = status === 401 ? 'soc_unauthorized' : status === 403 ? 'soc_forbidden' : status >= 500 ? 'server_error' : 'invalid_request_error';
  const body = JSON.stringify(errorBody(message, type, code));
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'Connection: close',
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
  ];
  if (status === 401) head.push('WWW-Authenticate: Bearer realm="soc-agents"');
  socket.once('finish', () => socket.destroy());
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}
