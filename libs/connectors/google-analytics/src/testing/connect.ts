import { createAuthorizationRequest, exchangeCode, OAuth2AuthSpec, parseCallback } from '@tributary/core';
import type { GoogleAnalyticsConfig } from '../config.js';
import { googleAnalytics } from '../connector.js';
import { GOOGLE_ANALYTICS_OAUTH_PATHS, type GoogleAnalyticsSimulator } from '../sandbox/index.js';

const client = {
  clientId: 'tributary-test',
  clientSecret: 'tributary-test-secret',
  redirectUri: 'http://127.0.0.1:3000/api/connectors/google-analytics/callback',
};

/**
 * The stored config of a working connection to the simulator at `baseUrl`:
 * consent on its screen, then the code exchanged by core's OAuth engine,
 * as a person connecting would.
 */
export async function connectGoogleAnalytics(sim: GoogleAnalyticsSimulator, baseUrl: string): Promise<GoogleAnalyticsConfig> {
  if (!sim.clients.some((c) => c.clientId === client.clientId)) {
    sim.clients.push({ clientId: client.clientId, clientSecret: client.clientSecret, redirectUris: [client.redirectUri] });
  }
  const urls = {
    authorizeUrl: `${baseUrl}${GOOGLE_ANALYTICS_OAUTH_PATHS.authorize}`,
    tokenUrl: `${baseUrl}${GOOGLE_ANALYTICS_OAUTH_PATHS.token}`,
  };
  const spec = OAuth2AuthSpec.parse({ ...googleAnalytics.auth, ...urls });
  const request = await createAuthorizationRequest(spec, client);
  const callback = new URL(await sim.oauth.consent(request.url));
  const params = parseCallback(spec, client, callback, request.state, { vendor: googleAnalytics.name });
  return { tokens: await exchangeCode(spec, client, params, request.codeVerifier, { vendor: googleAnalytics.name }) };
}
