import { createConnectorContext, type ConnectorContext, type SyncOptions } from '@tributary/core';
import { hubspot } from '../connector.js';
import type { HubSpotCredentials, HubSpotSettings } from '../config.js';
import type { HubSpotSimulator } from '../sandbox/index.js';

/** `fetch` into the simulator's app, without a socket. */
export const inProcessFetch =
  (sim: HubSpotSimulator): typeof fetch =>
  async (input, init) =>
    sim.app.request(input instanceof Request ? input : String(input), init);

/**
 * A connection to the simulator in-process (its private app token by
 * default), as the pipeline builds one: the credentials, and the sync
 * options with an HTTP client that does not retry.
 */
export function inProcessConnection(
  sim: HubSpotSimulator,
  options: { token?: string; settings?: Record<string, unknown>; retries?: number } = {},
): { credentials: HubSpotCredentials; options: SyncOptions<HubSpotSettings>; ctx: ConnectorContext<HubSpotSettings> } {
  const credentials = { apiKey: options.token ?? sim.privateAppToken };
  const settings = hubspot.settingsSchema.parse(options.settings ?? {});
  const ctx = createConnectorContext(hubspot, credentials, settings, {
    baseUrl: 'http://hubspot.test',
    fetch: inProcessFetch(sim),
    http: { retries: options.retries ?? 0, retryBaseMs: 1, retryCapMs: 5 },
  });
  return { credentials, options: { ...ctx, mode: 'full' }, ctx };
}
