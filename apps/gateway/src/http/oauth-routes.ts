import type { Hono } from 'hono';
import type { GatewayRuntime } from '../runtime.js';
import { completeOAuth } from '../services/connect-oauth.js';
import { VendorFailure } from '../services/errors.js';
import type { GatewayEnv } from './auth-middleware.js';
import { connectorLabel } from './metrics.js';

/** Where the console lives (the gateway itself in production, Vite's dev server in development). */
export const consoleUrl = (rt: GatewayRuntime, path: string) =>
  `${rt.config.vars['TRIBUTARY_CONSOLE_ORIGIN'] ?? rt.config.publicUrl}${path}`;

/**
 * `GET /api/connectors/:type/callback` (the URI registered with the vendor)
 * finishes the connection and returns to the console, with a message a
 * person can act on when something went wrong. A flow starts only with the
 * `connectOAuth` mutation (a JSON POST, CSRF-checked): no GET link can
 * start one or change a setting.
 */
export function mountOAuthRoutes(app: Hono<GatewayEnv>, rt: GatewayRuntime): void {
  app.get('/api/connectors/:type/callback', async (c) => {
    const type = c.req.param('type');
    try {
      const result = await completeOAuth(rt, c.get('principal'), type, new URL(c.req.url));
      rt.metrics.oauthCallbacks.inc({ connector: connectorLabel(rt, type), outcome: 'connected' });
      return c.redirect(consoleUrl(rt, `/connectors/${result.connectorId}?${result.selectAccount ? 'select=1' : 'connected=1'}`), 302);
    } catch (error) {
      rt.metrics.oauthCallbacks.inc({ connector: connectorLabel(rt, type), outcome: 'failed' });
      const message = error instanceof VendorFailure ? `${error.message} ${error.suggestedFix}` : 'Connecting failed. Try again.';
      if (!(error instanceof VendorFailure)) rt.logger.error({ err: error, type }, 'oauth callback failed');
      return c.redirect(consoleUrl(rt, `/sensors?type=${encodeURIComponent(type)}&error=${encodeURIComponent(message)}`), 302);
    }
  });
}
