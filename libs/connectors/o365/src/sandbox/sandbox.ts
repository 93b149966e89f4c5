import type { ConnectorSandbox } from '@tributary/core';
import { MICROSOFT_OAUTH_PATHS } from './oauth.js';
import { createO365Simulator } from './simulator.js';

/**
 * The Office 365 sandbox the gateway mounts when no Microsoft app is
 * configured: Alex Wilber's mailbox at northwind.example (60 messages in
 * Inbox and Sent Items each, 40 meetings) corresponding with
 * acme.example, globex.example, initech.example and umbrella.example, and
 * the Microsoft sign-in with its consent screen. Allow one of those domains
 * (and accept the DPA) to see data.
 *
 * @example
 * const sandbox = createO365Sandbox({ baseUrl: 'http://127.0.0.1:3000/sandbox/o365' });
 * sandbox.registerOAuthClient?.('http://127.0.0.1:3000/api/connectors/o365/callback');
 */
export function createO365Sandbox(options: { baseUrl?: string; seed?: number; tokenSecret?: string } = {}): ConnectorSandbox {
  const sim = createO365Simulator({
    seed: options.seed ?? 365,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.tokenSecret ? { tokenSecret: options.tokenSecret } : {}),
  });
  return {
    fetch: (request) => sim.app.fetch(request),
    registerOAuthClient(redirectUri) {
      const clients = sim.microsoft.clients;
      const existing = clients.find((c) => c.redirectUris.includes(redirectUri));
      if (existing) return { clientId: existing.clientId, clientSecret: existing.clientSecret };
      // Deterministic per registration order, so a worker's own sandbox hands out what the gateway's accepts.
      const client = {
        clientId: `00000000-0000-4000-8000-${String(clients.length).padStart(12, '0')}`,
        clientSecret: `sandbox~secret~${clients.length}`,
        redirectUris: [redirectUri],
      };
      clients.push(client);
      return { clientId: client.clientId, clientSecret: client.clientSecret };
    },
    oauthPaths: { ...MICROSOFT_OAUTH_PATHS },
  };
}
