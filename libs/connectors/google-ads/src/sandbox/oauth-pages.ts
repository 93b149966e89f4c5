import type { Context } from 'hono';
import { z } from 'zod';

const esc = (s: string): string => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * Google's "Access blocked" page for a malformed authorization request: a
 * 400 HTML page (never a redirect, since the request cannot be trusted).
 *
 * @example
 * return oauthErrorPage(c, 'invalid_request', 'Missing required parameter: scope');
 */
export function oauthErrorPage(c: Context, error: string, description: string): Response {
  return c.html(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Error 400: ${esc(error)}</title></head><body><h1>Access blocked: Authorization Error</h1><p>${esc(description)}</p><p>Error 400: ${esc(error)}</p></body></html>`,
    400,
  );
}

const JsonObject = z.record(z.string(), z.unknown());

/** Replace the JSON body of the response in `c` (status and headers kept). */
export async function rewriteJson(c: Context, change: (body: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  const parsed = JsonObject.safeParse(
    await c.res
      .clone()
      .json()
      .catch(() => undefined),
  );
  if (!parsed.success) return;
  const headers = new Headers(c.res.headers);
  headers.delete('content-length');
  const status = c.res.status;
  // Hono merges the old response's headers into a new one; clear it first so nothing stale survives.
  c.res = undefined;
  c.res = new Response(JSON.stringify(change(parsed.data)), { status, headers });
}
