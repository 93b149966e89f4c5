import type { Hono } from 'hono';
import type { SimContext } from '../context.js';
import { jsonResponse, notFound, SalesforceApiError } from '../errors.js';
import { mountComposite } from './composite.js';
import { mountLimits } from './limits.js';
import { mountQuery } from './query.js';
import { mountSObjects } from './sobjects.js';

/**
 * Every simulated REST endpoint, Salesforce's 404 for anything else, and
 * the error array for every thrown SalesforceApiError.
 *
 * @example
 * mountRoutes(app, ctx);
 */
export function mountRoutes(app: Hono, ctx: SimContext): void {
  mountQuery(app, ctx);
  mountLimits(app, ctx);
  mountComposite(app, ctx);
  mountSObjects(app, ctx);
  app.notFound(() => jsonResponse(notFound().body, 404));
  app.onError((error) => {
    if (error instanceof SalesforceApiError) return jsonResponse(error.body, error.status, error.headers);
    // A simulator bug, not a simulated failure: say so loudly, answer like Salesforce would.
    console.error('Salesforce simulator error', error);
    return jsonResponse([{ message: 'An unexpected error occurred.', errorCode: 'UNKNOWN_EXCEPTION' }], 500);
  });
}
