import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { GatewayRuntime } from '../runtime.js';
import type { GatewayEnv } from './auth-middleware.js';

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer\s+(\S+)$/.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Prometheus text; `TRIBUTARY_METRICS_TOKEN`, when set, is required as a bearer token. */
async function serveMetrics(c: Context, rt: GatewayRuntime): Promise<Response> {
  const { token } = rt.config.metrics;
  if (token && !bearerMatches(c.req.header('authorization'), token)) {
    return c.text('Unauthorized', 401, { 'www-authenticate': 'Bearer realm="metrics"' });
  }
  return c.text(await rt.metrics.registry.metrics(), 200, { 'content-type': rt.metrics.registry.contentType });
}

/**
 * Where `/metrics` is answered: on a separate address only
 * (`TRIBUTARY_METRICS_LISTEN`); on the public port behind a token
 * (`TRIBUTARY_METRICS_TOKEN`); on the public port openly in development;
 * nowhere in production without either (the series name every route and
 * connector type, and the process's memory and CPU).
 */
export function metricsExposure(rt: GatewayRuntime): 'separate' | 'token' | 'open' | 'off' {
  if (rt.config.metrics.listen) return 'separate';
  if (rt.config.metrics.token) return 'token';
  return rt.config.env === 'production' ? 'off' : 'open';
}

/** `/metrics` on the public app, unless it is served elsewhere or off. */
export function mountMetrics(app: Hono<GatewayEnv>, rt: GatewayRuntime): void {
  const exposure = metricsExposure(rt);
  if (exposure === 'token' || exposure === 'open') app.get('/metrics', (c) => serveMetrics(c, rt));
  if (exposure === 'off') rt.logger.warn('/metrics is off in production: set TRIBUTARY_METRICS_TOKEN or TRIBUTARY_METRICS_LISTEN');
}

/** The app of the separate metrics listener: `/metrics` and nothing else. */
export function metricsApp(rt: GatewayRuntime): Hono {
  const app = new Hono();
  app.get('/metrics', (c) => serveMetrics(c, rt));
  return app;
}
