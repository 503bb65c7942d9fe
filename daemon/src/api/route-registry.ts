import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { HttpError } from './http-error';

export type Method = 'get' | 'post' | 'put' | 'delete';

export interface RouteSpec<B extends z.ZodType = z.ZodType> {
  method: Method;
  /** Express path, e.g. `/api/incidents/:id`. */
  path: string;
  summary: string;
  tag: string;
  /** False only for /healthz and the login redirect. */
  auth?: boolean;
  body?: B;
  /** Short description of the success response for the OpenAPI document. */
  response: string;
  handler: (req: Request, res: Response, body: z.infer<B>) => unknown;
}

/** Names the first bad field: `message: expected string, received number`. */
export function describeZodError(err: z.ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'invalid request body';
  const where = issue.path.length ? issue.path.join('.') : 'body';
  return `${where}: ${issue.message}`;
}

/**
 * Every route is declared once: the same declaration registers the Express handler (with body
 * validation) and describes the route in /api/openapi.json, so the document cannot drift.
 */
export class RouteRegistry {
  private readonly routes: RouteSpec[] = [];

  add<B extends z.ZodType>(spec: RouteSpec<B>): void {
    this.routes.push(spec);
  }

  list(): readonly RouteSpec[] {
    return this.routes;
  }

  /**
   * Mounts the routes that match `which` (public ones go before the auth middleware, the rest
   * after). With `prefix`, only the routes under it, at their path without it (for a router
   * mounted at `prefix`); without, the routes under `skipPrefix` are left out (mounted elsewhere).
   */
  mount(router: Router, which: 'public' | 'authenticated', opts: { prefix?: string; skipPrefix?: string } = {}): void {
    const under = (path: string, prefix: string): boolean => path.startsWith(`${prefix}/`);
    for (const spec of this.routes.filter((r) => (r.auth === false) === (which === 'public'))) {
      if (opts.prefix !== undefined && !under(spec.path, opts.prefix)) continue;
      if (opts.skipPrefix !== undefined && under(spec.path, opts.skipPrefix)) continue;
      const path = opts.prefix !== undefined ? spec.path.slice(opts.prefix.length) : spec.path;
      router[spec.method](path, async (req, res) => {
        let body: unknown = undefined;
        if (spec.body) {
          const parsed = spec.body.safeParse(req.body ?? {});
          if (!parsed.success) throw new HttpError(400, describeZodError(parsed.error), 'invalid_body');
          body = parsed.data;
        }
        const result: unknown = await spec.handler(req, res, body);
        if (!res.headersSent && result !== undefined) res.json(result);
      });
    }
  }

  /** OpenAPI 3.1 document of every registered route. */
  openapi(info: { title: string; version: string }): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const r of this.routes) {
      const oaPath = r.path.replace(/:([A-Za-z_]+)/g, '{$1}');
      const params = [...r.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
      paths[oaPath] ??= {};
      paths[oaPath][r.method] = {
        summary: r.summary,
        tags: [r.tag],
        ...(params.length ? { parameters: params } : {}),
        ...(r.auth === false ? { security: [] } : {}),
        ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(r.body, { io: 'input', unrepresentable: 'any' }) } } } } : {}),
        responses: {
          '200': { description: r.response },
          ...(r.body ? { '400': { description: 'Invalid body: the message names the bad field', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } } : {}),
          ...(r.auth === false ? {} : { '401': { description: 'Missing or wrong token', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } }),
        },
      };
    }
    return {
      openapi: '3.1.0',
      info,
      servers: [{ url: '/' }],
      security: [{ bearer: [] }, { cookie: [] }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'The admin token from DATA_DIR/token or SOC_AGENTS_TOKEN' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'soc_session', description: 'Set by the one-time dashboard login URL' },
        },
        schemas: {
          Error: {
            type: 'object',
            properties: { error: { type: 'object', properties: { message: { type: 'string' }, type: { type: 'string' }, code: { type: 'string' } }, required: ['message', 'type', 'code'] } },
            required: ['error'],
          },
        },
      },
      paths,
    };
  }
}
