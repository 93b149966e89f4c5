import type { Hono } from 'hono';
import { hasRole } from '../auth/principal.js';
import type { GatewayRuntime } from '../runtime.js';
import { completeOAuth, startOAuth } from '../services/connect-oauth.js';
import { VendorFailure } from '../services/errors.js';
import type { GatewayEnv } from './auth-middleware.js';

/** Where the console lives (the gateway itself in production, Vite's dev server in development). */
export const consoleUrl = (rt: GatewayRuntime, path: string) =>
  `${rt.config.vars['TRIBUTARY_CONSOLE_ORIGIN'] ?? rt.config.publicUrl}${path}`;

/**
 * `GET /api/connectors/:type/authorize` sends the signed-in browser to the
 * vendor's consent screen; `GET /api/connectors/:type/callback` (the URI
 * registered with the vendor) finishes the connection and returns to the
 * console, with a message a person can act on when something went wrong.
 */
export function mountOAuthRoutes(app: Hono<GatewayEnv>, rt: GatewayRuntime): void {
  app.get('/api/connectors/:type/authorize', async (c) => {
    const principal = c.get('principal');
    if (!principal) return c.redirect(consoleUrl(rt, `/login?next=${encodeURIComponent(c.req.path)}`), 302);
    if (!hasRole(principal, 'manager')) return c.json({ error: 'Managers and admins connect integrations' }, 403);
    try {
      const settings = Object.fromEntries(new URL(c.req.url).searchParams);
      return c.redirect(await startOAuth(rt, principal, c.req.param('type'), settings), 302);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Could not start connecting';
      return c.redirect(
        consoleUrl(rt, `/sensors?type=${encodeURIComponent(c.req.param('type'))}&error=${encodeURIComponent(message)}`),
        302,
      );
    }
  });

  app.get('/api/connectors/:type/callback', async (c) => {
    const type = c.req.param('type');
    try {
      const result = await completeOAuth(rt, c.get('principal'), type, new URL(c.req.url));
      rt.metrics.oauthCallbacks.inc({ connector: type, outcome: 'connected' });
      return c.redirect(consoleUrl(rt, `/connectors/${result.connectorId}?${result.selectAccount ? 'select=1' : 'connected=1'}`), 302);
    } catch (error) {
      rt.metrics.oauthCallbacks.inc({ connector: type, outcome: 'failed' });
      const message = error instanceof VendorFailure ? `${error.message} ${error.suggestedFix}` : 'Connecting failed. Try again.';
      if (!(error instanceof VendorFailure)) rt.logger.error({ err: error, type }, 'oauth callback failed');
      return c.redirect(consoleUrl(rt, `/sensors?type=${encodeURIComponent(type)}&error=${encodeURIComponent(message)}`), 302);
    }
  });
}
