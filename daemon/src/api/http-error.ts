import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../util/logger';

/**
 * An error with an HTTP status and a message that is safe to show the caller. No stack trace:
 * these are answers (refusals, bad requests), not bugs, and their stack is never shown or logged;
 * capturing it under Express's deep call chains cost more CPU than the rest of a refusal's
 * handling (measured: bench/proxy.ts, refused traffic).
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly type: string;
  readonly headers: Record<string, string>;

  constructor(status: number, message: string, code: string, type = 'invalid_request_error', headers: Record<string, string> = {}) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.status = status;
    this.code = code;
    this.type = type;
    this.headers = headers;
  }
}

/** One error body for every route, OpenAI-shaped so OpenAI clients surface it cleanly. */
export function errorBody(message: string, type: string, code: string): { error: { message: string; type: string; code: string } } {
  return { error: { message, type, code } };
}

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

/** Last middleware: maps anything thrown to JSON. Never a stack trace, never an HTML page. */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    void _next;
    let e: HttpError;
    const bp = err as BodyParserError;
    if (err instanceof HttpError) e = err;
    else if (bp.type === 'entity.too.large') e = new HttpError(413, `request body too large (limit ${bp.limit ?? '?'} bytes)`, 'body_too_large');
    else if (bp.type === 'entity.parse.failed') e = new HttpError(400, 'malformed JSON in request body', 'malformed_json');
    else if (bp.type === 'encoding.unsupported' || bp.type === 'charset.unsupported') e = new HttpError(415, 'unsupported body encoding; send UTF-8 JSON', 'unsupported_encoding');
    else if (bp.type === 'request.aborted') e = new HttpError(400, 'request aborted', 'aborted');
    else if (typeof bp.status === 'number' && bp.status >= 400 && bp.status < 500) e = new HttpError(bp.status, 'bad request', 'bad_request');
    else {
      logger.log('error', 'unhandled error in request', { method: req.method, path: req.path, error: err instanceof Error ? err.message : String(err) });
      e = new HttpError(500, 'internal error; the daemon logged the details', 'internal_error', 'server_error');
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    for (const [k, v] of Object.entries(e.headers)) res.setHeader(k, v);
    res.status(e.status).json(errorBody(e.message, e.type, e.code));
  };
}

/** 404 for unknown routes, in the same JSON shape. */
export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, `no route ${req.method} ${req.path}`, 'not_found'));
};

/** Bodies must be JSON: anything else is a 415 before a parser ever sees it. */
export function requireJson(): RequestHandler {
  return (req, _res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const len = Number(req.headers['content-length'] ?? 0);
    if (len === 0 && !req.headers['transfer-encoding']) return next();
    if (!req.is('application/json')) return next(new HttpError(415, 'Content-Type must be application/json', 'unsupported_media_type'));
    next();
  };
}
