import type { ConnectorSandbox } from '@tributary/core';
import { GOOGLE_ANALYTICS_OAUTH_PATHS } from './oauth.js';
import { GOOGLE_ANALYTICS_RATE_LIMIT, createGoogleAnalyticsSimulator } from './simulator.js';

/**
 * The Google Analytics sandbox the gateway mounts when no real Google client
 * is configured: three properties (New York, Berlin, Tokyo) of seeded daily
 * traffic up to today, GA4's request limit, and Google's OAuth with a
 * consent screen. Tokens signed with `tokenSecret` survive a restart.
 *
 * @example
 * const sandbox = createGoogleAnalyticsSandbox();
 * const client = sandbox.registerOAuthClient?.('http://127.0.0.1:3000/api/connectors/google-analytics/callback');
 */
export function createGoogleAnalyticsSandbox(options: { seed?: number; tokenSecret?: string } = {}): ConnectorSandbox {
  const sim = createGoogleAnalyticsSimulator({
    seed: options.seed ?? 2026,
    conditions: GOOGLE_ANALYTICS_RATE_LIMIT,
    ...(options.tokenSecret ? { tokenSecret: options.tokenSecret } : {}),
  });
  return {
    fetch: (request) => sim.app.fetch(request),
    registerOAuthClient(redirectUri) {
      const existing = sim.clients.find((c) => c.redirectUris.includes(redirectUri));
      if (existing) return { clientId: existing.clientId, clientSecret: existing.clientSecret };
      const n = sim.clients.length;
      const client = {
        clientId: `tributary-${n}.apps.googleusercontent.com`,
        clientSecret: `GOCSPX-sandbox-${n}`,
        redirectUris: [redirectUri],
      };
      sim.clients.push(client);
      return { clientId: client.clientId, clientSecret: client.clientSecret };
    },
    oauthPaths: { ...GOOGLE_ANALYTICS_OAUTH_PATHS },
  };
}
