import type { ConnectorSandbox } from '@tributary/core';
import { GOOGLE_OAUTH_PATHS } from './oauth.js';
import { createGoogleAdsSimulator } from './simulator.js';

/**
 * The Google Ads sandbox the gateway mounts when no real Google client is
 * configured: the default accounts (USD, EUR, and a manager with JPY and
 * KWD clients) with 400 days of history, Google's OAuth with a consent screen.
 *
 * @example
 * const sandbox = createGoogleAdsSandbox();
 * const client = sandbox.registerOAuthClient?.('http://127.0.0.1:3000/api/connectors/google-ads/callback');
 */
export function createGoogleAdsSandbox(
  options: { seed?: number; campaignsPerAccount?: number; tokenSecret?: string } = {},
): ConnectorSandbox {
  const sim = createGoogleAdsSimulator({
    seed: options.seed ?? 2026,
    campaignsPerAccount: options.campaignsPerAccount ?? 12,
    now: () => new Date(),
    ...(options.tokenSecret ? { oauthTokenSecret: options.tokenSecret } : {}),
  });
  return {
    fetch: (request) => sim.app.fetch(request),
    registerOAuthClient(redirectUri) {
      const clients = sim.google.clients;
      const existing = clients.find((c) => c.redirectUris.includes(redirectUri));
      if (existing) return { clientId: existing.clientId, clientSecret: existing.clientSecret };
      const client = {
        clientId: `tributary-${clients.length}.apps.googleusercontent.com`,
        clientSecret: `GOCSPX-sandbox-${clients.length}`,
        redirectUris: [redirectUri],
      };
      clients.push(client);
      return { clientId: client.clientId, clientSecret: client.clientSecret };
    },
    oauthPaths: { ...GOOGLE_OAUTH_PATHS },
  };
}
