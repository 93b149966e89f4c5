import type { ConnectorSandbox } from '@tributary/core';
import { GOOGLE_ANALYTICS_OAUTH_PATHS } from './oauth.js';
import { GOOGLE_ANALYTICS_RATE_LIMIT, createGoogleAnalyticsSimulator } from './simulator.js';

/** The sandbox's history ends here on every start, so a restart shows the same records. */
const HISTORY_END = new Date('2026-11-01T00:00:00Z');

/**
 * The Google Analytics sandbox the gateway mounts when no real Google Analytics is configured:
 * 500 contacts of fixed history, the vendor's rate limit, and its OAuth
 * with a consent screen. Tokens signed with `tokenSecret` survive a restart.
 *
 * @example
 * const sandbox = createGoogleAnalyticsSandbox();
 * const client = sandbox.registerOAuthClient?.('http://127.0.0.1:3000/api/connectors/google-analytics/callback');
 */
export function createGoogleAnalyticsSandbox(options: { contacts?: number; tokenSecret?: string } = {}): ConnectorSandbox {
  const sim = createGoogleAnalyticsSimulator({
    seed: 2026,
    contacts: options.contacts ?? 500,
    historyEnd: HISTORY_END,
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
        clientId: `tributary-sandbox-${n}`,
        clientSecret: `google_analytics_sandbox_secret_${n}`,
        redirectUris: [redirectUri],
      };
      sim.clients.push(client);
      return { clientId: client.clientId, clientSecret: client.clientSecret };
    },
    oauthPaths: GOOGLE_ANALYTICS_OAUTH_PATHS,
  };
}
