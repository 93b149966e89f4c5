import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { GatewayRuntime } from '../runtime.js';
import type { GatewayEnv } from './auth-middleware.js';

/**
 * CORS for `/graphql`: the console's origin and `TRIBUTARY_CORS_ORIGINS`
 * get credentialed access; any other origin gets no CORS header at all, so
 * a page elsewhere cannot read what a signed-in browser is sent. Clients
 * with a bearer token and no browser need no CORS.
 */
export function graphqlCors(rt: GatewayRuntime): MiddlewareHandler<GatewayEnv> {
  const trusted = new Set(rt.config.allowedOrigins);
  const allow = cors({
    origin: (origin) => (trusted.has(origin) ? origin : null),
    credentials: true,
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['content-type', 'accept', 'authorization', 'x-request-id'],
    exposeHeaders: ['x-request-id'],
    maxAge: 600,
  });
  return (c, next) => (trusted.has(c.req.header('origin') ?? '') ? allow(c, next) : next());
}
