import type { Hono } from 'hono';
import { pipelinesBody } from '../pipelines.js';
import { mountAssociations } from './associations.js';
import type { SimContext } from './common.js';
import { mountObjects } from './objects.js';

/** Every API route of the simulator (the OAuth routes are mounted apart). */
export function mountRoutes(app: Hono, ctx: SimContext): void {
  mountObjects(app, ctx);
  mountAssociations(app, ctx);
  // https://developers.hubspot.com/docs/api/crm/pipelines: deal pipelines; other objects' are out of scope (none).
  app.get('/crm/v3/pipelines/:objectType', (c) =>
    c.json(['deals', '0-3'].includes(c.req.param('objectType')) ? pipelinesBody() : { results: [] }),
  );
}
export type { SimContext } from './common.js';
