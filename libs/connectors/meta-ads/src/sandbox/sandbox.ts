import { addDays, type ConnectorSandbox } from '@tributary/core';
import { metaOAuthPaths } from './oauth.js';
import { createMetaAdsSimulator, META_SIMULATOR_VERSIONS } from './simulator.js';

/**
 * The Meta Ads sandbox the gateway mounts when no real Meta app is
 * configured: USD, EUR, JPY and a closed GBP account with about a year of
 * campaigns, Meta's login with a consent screen and ~60-day tokens, and one
 * restated day: an hour after start, yesterday-but-two of the US account's
 * first campaign gains leads and loses some spend (a refund), so the next
 * sync shows a restatement.
 *
 * @example
 * const sandbox = createMetaAdsSandbox();
 * const client = sandbox.registerOAuthClient?.('http://127.0.0.1:3000/api/connectors/meta-ads/callback');
 */
export function createMetaAdsSandbox(options: { seed?: number; tokenSecret?: string; baseUrl?: string } = {}): ConnectorSandbox {
  const sim = createMetaAdsSimulator({
    seed: options.seed ?? 2026,
    campaignsPerAccount: 10,
    now: () => new Date(),
    // Graph's next-page links are absolute: they point back at where the gateway mounts the sandbox.
    ...(options.baseUrl ? { publicUrl: options.baseUrl } : {}),
    ...(options.tokenSecret ? { oauthTokenSecret: options.tokenSecret } : {}),
  });
  const day = sim.data.rows('us', addDays(sim.data.today('us'), -3), addDays(sim.data.today('us'), -3))[0];
  if (day) {
    sim.scheduleRestatement('us', day.campaignId, day.date, 3_600_000, {
      leads: day.leads + 3,
      spendMinor: Math.round(day.spendMinor * 0.9),
    });
  }
  const paths = metaOAuthPaths(META_SIMULATOR_VERSIONS[META_SIMULATOR_VERSIONS.length - 1] ?? 'v26.0');
  return {
    fetch: (request) => sim.app.fetch(request),
    registerOAuthClient(redirectUri) {
      const clients = sim.meta.clients;
      const existing = clients.find((c) => c.redirectUris.includes(redirectUri));
      if (existing) return { clientId: existing.clientId, clientSecret: existing.clientSecret };
      const client = {
        clientId: `${1_234_567_890_000_000 + clients.length}`,
        clientSecret: `meta-sandbox-secret-${clients.length}`,
        redirectUris: [redirectUri],
      };
      clients.push(client);
      return { clientId: client.clientId, clientSecret: client.clientSecret };
    },
    oauthPaths: paths,
  };
}
