import { addDays, type ConnectorSandbox } from '@tributary/core';
import { LINKEDIN_OAUTH_PATHS } from './oauth.js';
import { createLinkedInAdsSimulator } from './simulator.js';

/**
 * The LinkedIn Ads sandbox the gateway mounts when no real LinkedIn app is
 * configured: USD and EUR accounts (plus a canceled and a test account the
 * account search leaves out), LinkedIn's OAuth with a consent screen and
 * refresh tokens, and one restated day: three days ago, the US account's
 * first campaign shows two more Lead Gen Form leads than it first did.
 *
 * @example
 * const sandbox = createLinkedInAdsSandbox();
 * const client = sandbox.registerOAuthClient?.('http://127.0.0.1:3000/api/connectors/linkedin-ads/callback');
 */
export function createLinkedInAdsSandbox(options: { seed?: number; tokenSecret?: string } = {}): ConnectorSandbox {
  const sim = createLinkedInAdsSimulator({
    seed: options.seed ?? 2026,
    campaignsPerAccount: 8,
    now: () => new Date(),
    ...(options.tokenSecret ? { oauthTokenSecret: options.tokenSecret } : {}),
  });
  const date = addDays(sim.today(), -3);
  const [day] = sim.rows('us', date, date);
  if (day) sim.restateDay('us', day.campaignId, date, { leads: day.leads + 2 });
  return {
    fetch: (request) => sim.app.fetch(request),
    registerOAuthClient(redirectUri) {
      const clients = sim.linkedin.clients;
      const existing = clients.find((c) => c.redirectUris.includes(redirectUri));
      if (existing) return { clientId: existing.clientId, clientSecret: existing.clientSecret };
      const client = {
        clientId: `78linkedin${clients.length}`,
        clientSecret: `linkedin-sandbox-${clients.length}`,
        redirectUris: [redirectUri],
      };
      clients.push(client);
      return { clientId: client.clientId, clientSecret: client.clientSecret };
    },
    oauthPaths: { ...LINKEDIN_OAUTH_PATHS },
  };
}
