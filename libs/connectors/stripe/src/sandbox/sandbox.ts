import type { ConnectorSandbox } from '@tributary/core';
import { APPS_OAUTH_PATHS } from './connect.js';
import { createStripeSimulator } from './simulator.js';

/**
 * The Stripe sandbox the gateway mounts when no real Stripe is configured:
 * 500 customers and 5,000 charges of fixed history (one deliberately
 * malformed, to show dead letters), API-key auth with the sandbox key, and
 * Stripe Apps OAuth (the install flow) with a consent screen.
 *
 * @example
 * const sandbox = createStripeSandbox(); sandbox.apiKey // 'sk_test_tributary_sandbox'
 */
export function createStripeSandbox(options: { customers?: number; charges?: number; tokenSecret?: string } = {}): ConnectorSandbox {
  let generated = false;
  const clock = () => (generated ? new Date() : new Date('2026-11-01T00:00:00Z'));
  const sim = createStripeSimulator({
    seed: 2026,
    customers: options.customers ?? 500,
    charges: options.charges ?? 5_000,
    malformedCharges: [7],
    now: clock,
  });
  generated = true;
  return {
    fetch: (request) => sim.app.fetch(request),
    apiKey: sim.apiKey,
    registerOAuthClient(redirectUri) {
      const existing = sim.connect.clients.find((c) => c.redirectUris.includes(redirectUri));
      if (existing) return { clientId: existing.clientId, clientSecret: existing.clientSecret };
      const client = { clientId: `ca_tributary${sim.connect.clients.length}`, clientSecret: sim.apiKey, redirectUris: [redirectUri] };
      sim.connect.clients.push(client);
      return { clientId: client.clientId, clientSecret: client.clientSecret };
    },
    oauthPaths: { authorize: APPS_OAUTH_PATHS.authorize, token: APPS_OAUTH_PATHS.token, revoke: APPS_OAUTH_PATHS.deauthorize },
  };
}
