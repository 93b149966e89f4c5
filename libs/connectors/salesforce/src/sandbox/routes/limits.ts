import type { Hono } from 'hono';
import type { SimContext } from '../context.js';
import { VERSIONS } from '../middleware.js';

/**
 * `GET /services/data/vXX.X/limits`: the org's limits; `DailyApiRequests`
 * follows the simulated allocation (this call included).
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_limits.htm
 */
export function mountLimits(app: Hono, ctx: SimContext): void {
  const limits = () => {
    const used = ctx.usage.used(ctx.store.world.clock.now());
    return {
      ConcurrentAsyncGetReportInstances: { Max: 200, Remaining: 200 },
      DailyApiRequests: { Max: ctx.usage.limit, Remaining: Math.max(0, ctx.usage.limit - used) },
      DailyAsyncApexExecutions: { Max: 250000, Remaining: 250000 },
      DailyBulkApiBatches: { Max: 15000, Remaining: 15000 },
      DataStorageMB: { Max: 5, Remaining: 5 },
      FileStorageMB: { Max: 20, Remaining: 20 },
      SingleEmail: { Max: 15, Remaining: 15 },
    };
  };
  app.get('/services/data/:version/limits', (c) => c.json(limits()));
  app.get('/services/data/:version/limits/', (c) => c.json(limits()));
  // https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_versions.htm (no session needed)
  const versions = () =>
    Array.from({ length: 8 }, (_, i) => VERSIONS.max - 7 + i).map((n) => ({
      label: `Release ${n}`,
      url: `/services/data/v${n}.0`,
      version: `${n}.0`,
    }));
  app.get('/services/data', (c) => c.json(versions()));
  app.get('/services/data/', (c) => c.json(versions()));
}
