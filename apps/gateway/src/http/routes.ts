import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { migrationStatus } from '@tributary/db';
import type { GatewayRuntime } from '../runtime.js';
import { InputError, NotFoundError } from '../services/errors.js';
import { ingestWebhook } from '../services/webhooks.js';
import type { GatewayEnv } from './auth-middleware.js';
import { connectorLabel } from './metrics.js';
import { mountMetrics } from './metrics-route.js';

/** `/healthz` (the process answers), `/readyz` (database reachable, migrations applied), `/metrics` (Prometheus, see metrics-route.ts). */
export function mountHealthRoutes(app: Hono<GatewayEnv>, rt: GatewayRuntime): void {
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      // Reads the migrations table: fails (503 below) when the database cannot be reached.
      const status = await migrationStatus(rt.db.sql);
      if (status.pending.length > 0) return c.json({ status: 'not_ready', reason: 'migrations pending', pending: status.pending }, 503);
      return c.json({ status: 'ready', database: rt.db.kind, migrations: status.applied, orchestrator: rt.orchestrator.kind });
    } catch {
      return c.json({ status: 'not_ready', reason: 'database unreachable' }, 503);
    }
  });
  mountMetrics(app, rt);
}

/** `POST /api/webhooks/:type?connector=<id>`: signature-verified ingest (Stripe's scheme first); replays are ignored. */
export function mountWebhookRoutes(app: Hono<GatewayEnv>, rt: GatewayRuntime): void {
  app.post(
    '/api/webhooks/:type',
    bodyLimit({ maxSize: 512 * 1024, onError: (c) => c.json({ error: 'Payload too large' }, 413) }),
    async (c) => {
      const type = c.req.param('type');
      try {
        const result = await ingestWebhook(rt, type, c.req.query('connector') ?? '', await c.req.text(), c.req.raw.headers);
        rt.metrics.webhooks.inc({ connector: connectorLabel(rt, type), outcome: result.status });
        return c.json(result);
      } catch (error) {
        const outcome = error instanceof InputError ? 'rejected' : error instanceof NotFoundError ? 'unknown' : 'failed';
        rt.metrics.webhooks.inc({ connector: connectorLabel(rt, type), outcome });
        if (error instanceof InputError) return c.json({ error: error.message }, 400);
        if (error instanceof NotFoundError) return c.json({ error: 'Unknown webhook endpoint' }, 404);
        rt.logger.error({ err: error, type }, 'webhook ingest failed');
        return c.json({ error: 'Webhook could not be processed; it will be retried' }, 500);
      }
    },
  );
}
