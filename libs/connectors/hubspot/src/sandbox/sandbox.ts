import { createHash } from 'node:crypto';
import type { ConnectorSandbox } from '@tributary/core';
import { HUBSPOT_OAUTH_PATHS } from './oauth.js';
import { createHubSpotSimulator } from './simulator.js';

export interface HubSpotSandboxOptions {
  /** Default 150 (with 450 contacts, 150 deals, 450 meetings and 450 calls). */
  companies?: number;
  /** Sign OAuth tokens so connections survive a restart of the gateway. */
  tokenSecret?: string;
}

/**
 * The HubSpot sandbox the gateway mounts when no real HubSpot app is
 * configured: a portal with fixed history (the same records on every
 * start), OAuth with a consent screen, and a private app token as the API
 * key. Vendor-side changes, tokens and limits use the real clock.
 *
 * @example
 * const sandbox = createHubSpotSandbox();
 * const { clientId, clientSecret } = sandbox.registerOAuthClient?.('http://localhost:3000/api/connectors/hubspot/callback') ?? {};
 */
export function createHubSpotSandbox(options: HubSpotSandboxOptions = {}): ConnectorSandbox {
  let generated = false;
  const clock = () => (generated ? new Date() : new Date('2026-11-01T00:00:00Z'));
  const sim = createHubSpotSimulator({
    seed: 2026,
    companies: options.companies ?? 150,
    now: clock,
    clients: [],
    ...(options.tokenSecret ? { oauthTokenSecret: options.tokenSecret } : {}),
  });
  generated = true;
  return {
    fetch: (request) => sim.app.fetch(request),
    apiKey: sim.privateAppToken,
    // The same redirect URI gets the same app in every process (a worker's sandbox accepts the gateway's tokens).
    registerOAuthClient(redirectUri) {
      const existing = sim.clients.find((c) => c.redirectUris.includes(redirectUri));
      if (existing) return { clientId: existing.clientId, clientSecret: existing.clientSecret };
      const digest = createHash('sha256').update(redirectUri).digest('hex');
      const client = {
        clientId: `sandbox-${digest.slice(0, 24)}`,
        clientSecret: `secret-${digest.slice(24, 56)}`,
        redirectUris: [redirectUri],
      };
      sim.clients.push(client);
      return { clientId: client.clientId, clientSecret: client.clientSecret };
    },
    oauthPaths: HUBSPOT_OAUTH_PATHS,
  };
}
