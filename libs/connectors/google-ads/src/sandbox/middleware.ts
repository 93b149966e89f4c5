import type { Context, MiddlewareHandler } from 'hono';
import type { Store } from './store.js';

const STREAM = /\/googleAds:searchStream$/;
const API = /^\/v\d+\//;

/**
 * A `request-id` on every API response, and searchStream's error shape:
 * its failures arrive as a JSON array holding the envelope
 * (`[{"error": {...}}]`), like its successes arrive as an array of batches.
 * Mounted before faults so injected failures look the same.
 */
export function googleHeaders(store: Store, ids: WeakMap<Request, string>): MiddlewareHandler {
  return async (c, next) => {
    const id = store.nextRequestId();
    ids.set(c.req.raw, id);
    await next();
    if (!API.test(c.req.path)) return;
    if (STREAM.test(c.req.path) && c.res.status >= 400) await wrapInArray(c);
    c.header('request-id', id);
  };
}

async function wrapInArray(c: Context): Promise<void> {
  const text = await c.res.clone().text();
  if (!text.startsWith('{')) return;
  const headers = new Headers(c.res.headers);
  headers.delete('content-length');
  const status = c.res.status;
  c.res = undefined;
  c.res = new Response(`[${text}]`, { status, headers });
}
