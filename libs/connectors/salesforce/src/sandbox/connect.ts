import {
  createAuthorizationRequest,
  exchangeCode,
  parseCallback,
  type OAuth2AuthSpec,
  type OAuthClient,
  type TokenSet,
} from '@tributary/core';
import type { OAuthSimulator, SimulatedClient } from '@tributary/sandbox';

/** The Salesforce OAuth spec pointed at a simulator (built here, not taken from the connector). */
export function simulatorOAuthSpec(baseUrl: string): OAuth2AuthSpec {
  return {
    type: 'oauth2',
    authorizeUrl: `${baseUrl}/services/oauth2/authorize`,
    tokenUrl: `${baseUrl}/services/oauth2/token`,
    revokeUrl: `${baseUrl}/services/oauth2/revoke`,
    scopes: ['api', 'refresh_token'],
    scopeSeparator: ' ',
    pkce: true,
    authorizeParams: {},
    tokenAuthMethod: 'client_secret_post',
    tokenResponse: { instanceUrlField: 'instance_url', noExpiry: true, noRefreshToken: false },
  };
}

/** A simulated Connected App as the OAuth engine's client (its first callback URL). */
export function oauthClientOf(client: SimulatedClient): OAuthClient {
  return { clientId: client.clientId, clientSecret: client.clientSecret, redirectUri: client.redirectUris[0] ?? '' };
}

/**
 * Connect like a person would, without a browser: authorization request
 * with PKCE, Allow on the consent screen, callback checked, code
 * exchanged. Returns the stored-config tokens (`instanceUrl` included).
 *
 * @example
 * const tokens = await connectToSimulator(sim.oauth, server.url, DEFAULT_SALESFORCE_CLIENT);
 */
export async function connectToSimulator(oauth: OAuthSimulator, baseUrl: string, client: SimulatedClient): Promise<TokenSet> {
  const spec = simulatorOAuthSpec(baseUrl);
  const oauthClient = oauthClientOf(client);
  const call = { vendor: 'Salesforce' };
  const request = await createAuthorizationRequest(spec, oauthClient);
  const callback = new URL(await oauth.consent(request.url));
  const params = parseCallback(spec, oauthClient, callback, request.state, call);
  return exchangeCode(spec, oauthClient, params, request.codeVerifier, call);
}
