import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { createGraphQL } from './graphql/yoga.js';
import { authenticate, csrfSafe, requireSameOrigin, type GatewayEnv } from './http/auth-middleware.js';
import { graphqlCors } from './http/cors.js';
import { mountAuthRoutes } from './http/auth-routes.js';
import { mountConsole } from './http/console.js';
import { mountInvitationRoutes } from './http/invitation-routes.js';
import { mountOAuthRoutes } from './http/oauth-routes.js';
import { mountHealthRoutes, mountWebhookRoutes } from './http/routes.js';
import type { GatewayRuntime } from './runtime.js';

/** GraphQL and REST bodies over this size are rejected before parsing. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The gateway's HTTP surface (Hono): `/graphql`, the OAuth authorize and
 * callback routes, webhooks, sign-in, health, readiness and metrics, and the
 * sandboxes. Every request gets an id and a structured log line; an
 * unhandled error is a bare 500, its cause logged under that id.
 *
 * @example
 * const app = createApp(runtime); const res = await app.request('/healthz');
 */
export function createApp(rt: GatewayRuntime): Hono<GatewayEnv> {
  const app = new Hono<GatewayEnv>();
  const graphql = createGraphQL(rt);
  app.use('*', requestId());
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    // A handler returning its own Response (yoga, the sandboxes) drops the header requestId() set before it ran.
    c.header('X-Request-Id', c.get('requestId'));
    const route = c.req.routePath || 'unmatched';
    const seconds = (performance.now() - started) / 1000;
    rt.metrics.httpRequests.inc({ method: c.req.method, route, status: String(c.res.status) });
    rt.metrics.httpDuration.observe({ method: c.req.method, route }, seconds);
    if (!c.req.path.startsWith('/sandbox')) {
      rt.logger.info(
        { reqId: c.get('requestId'), method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(seconds * 1000) },
        'request',
      );
    }
  });
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      const response = error.getResponse();
      return c.newResponse(response.body, response);
    }
    rt.logger.error({ reqId: c.get('requestId'), error: { message: error.message, stack: error.stack } }, 'unhandled error');
    return c.text('Internal Server Error', 500);
  });
  app.use('/api/*', secureHeaders());
  app.use('/graphql', graphqlCors(rt));
  app.use('/api/auth/*', requireSameOrigin(rt));
  app.use('*', authenticate(rt));
  mountHealthRoutes(app, rt);
  mountAuthRoutes(app, rt);
  mountInvitationRoutes(app, rt);
  mountOAuthRoutes(app, rt);
  mountWebhookRoutes(app, rt);
  app.on(
    ['GET', 'POST'],
    '/graphql',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ errors: [{ message: 'Request body too large' }] }, 413) }),
    async (c) => {
      const principal = c.get('principal');
      const wantsGraphiQL = c.req.method === 'GET' && (c.req.header('accept') ?? '').includes('text/html');
      if (!principal && !wantsGraphiQL)
        return c.json({ errors: [{ message: 'Not authenticated', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);
      if (!principal) return c.redirect('/login?next=/graphql', 302);
      if (!csrfSafe(c, rt)) return c.json({ errors: [{ message: 'Cross-site request refused', extensions: { code: 'FORBIDDEN' } }] }, 403);
      return graphql.fetch(c.req.raw, { principal, requestId: c.get('requestId') });
    },
  );
  rt.sandboxes.mount(app);
  mountConsole(app, rt);
  return app;
}
