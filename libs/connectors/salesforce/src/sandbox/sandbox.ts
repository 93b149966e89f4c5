import type { ConnectorSandbox } from '@tributary/core';
import { createSalesforceSimulator } from './simulator.js';

/** Where OAuth lives on a Salesforce login host. */
export const SALESFORCE_OAUTH_PATHS = {
  authorize: '/services/oauth2/authorize',
  token: '/services/oauth2/token',
  revoke: '/services/oauth2/revoke',
} as const;

export interface SalesforceSandboxOptions {
  /** Default 200 (with 600 contacts, 200 leads, 200 opportunities, 1,200 tasks and 600 events). */
  accounts?: number;
  /** `instance_url` in token responses; the gateway points sandbox connections at its own sandbox URL anyway. */
  instanceUrl?: string;
  /** Sign OAuth tokens so connections survive a restart of the gateway. */
  tokenSecret?: string;
}

/**
 * The Salesforce sandbox the gateway mounts when no real Salesforce is
 * configured: a multi-currency org with fixed history (the same records on
 * every start) and Connected App OAuth with a consent screen. Vendor-side
 * changes and tokens use the real clock.
 *
 * @example
 * const sandbox = createSalesforceSandbox();
 * const { clientId, clientSecret } = sandbox.registerOAuthClient?.('http://localhost:3000/api/connectors/salesforce/callback') ?? {};
 */
export function createSalesforceSandbox(options: SalesforceSandboxOptions = {}): ConnectorSandbox {
  let generated = false;
  const clock = () => (generated ? new Date() : new Date('2026-11-01T00:00:00Z'));
  const sim = createSalesforceSimulator({
    seed: 2026,
    accounts: options.accounts ?? 200,
    now: clock,
    clients: [],
    ...(options.instanceUrl ? { instanceUrl: options.instanceUrl } : {}),
    ...(options.tokenSecret ? { oauthTokenSecret: options.tokenSecret } : {}),
  });
  generated = true;
  return {
    fetch: (request) => sim.app.fetch(request),
    registerOAuthClient(redirectUri) {
      const existing = sim.clients.find((c) => c.redirectUris.includes(redirectUri));
      if (existing) return { clientId: existing.clientId, clientSecret: existing.clientSecret };
      const n = sim.clients.length;
      const client = {
        clientId: `3MVG9tributary.sandbox.${n}`,
        clientSecret: `tributary-sandbox-secret-${n}`,
        redirectUris: [redirectUri],
      };
      sim.clients.push(client);
      return { clientId: client.clientId, clientSecret: client.clientSecret };
    },
    oauthPaths: SALESFORCE_OAUTH_PATHS,
  };
}
