import { createAuthorizationRequest, exchangeCode, OAuth2AuthSpec, parseCallback, type OAuthClient, type TokenSet } from '@tributary/core';
import type { OAuthSimulator, SimulatedClient } from '@tributary/sandbox';
import { HUBSPOT_OAUTH_PATHS } from './oauth.js';

const SCOPES = ['crm.objects.contacts.read', 'crm.objects.companies.read', 'crm.objects.deals.read', 'oauth'];

/** HubSpot's OAuth spec pointed at a simulator (built here, not taken from the connector). */
export function simulatorOAuthSpec(baseUrl: string, scopes: readonly string[] = SCOPES): OAuth2AuthSpec {
  return OAuth2AuthSpec.parse({
    type: 'oauth2',
    authorizeUrl: `${baseUrl}${HUBSPOT_OAUTH_PATHS.authorize}`,
    tokenUrl: `${baseUrl}${HUBSPOT_OAUTH_PATHS.token}`,
    revokeUrl: `${baseUrl}${HUBSPOT_OAUTH_PATHS.revoke}`,
    scopes,
    pkce: true,
    tokenResponse: { accountIdField: 'hub_id' },
  });
}

/** A simulated public app as the OAuth engine's client (its first redirect URL). */
export function oauthClientOf(client: SimulatedClient): OAuthClient {
  return { clientId: client.clientId, clientSecret: client.clientSecret, redirectUri: client.redirectUris[0] ?? '' };
}

/**
 * Connect like a person would, without a browser: authorization request
 * with PKCE, Allow on the consent screen, callback checked, code exchanged
 * by core's engine. Returns the tokens a connection stores.
 *
 * @example
 * const tokens = await connectToSimulator(sim.oauth, server.url, DEFAULT_HUBSPOT_CLIENT);
 */
export async function connectToSimulator(
  oauth: OAuthSimulator,
  baseUrl: string,
  client: SimulatedClient,
  scopes?: readonly string[],
): Promise<TokenSet> {
  const spec = simulatorOAuthSpec(baseUrl, scopes);
  const oauthClient = oauthClientOf(client);
  const call = { vendor: 'HubSpot' };
  const request = await createAuthorizationRequest(spec, oauthClient);
  const callback = new URL(await oauth.consent(request.url));
  const params = parseCallback(spec, oauthClient, callback, request.state, call);
  return exchangeCode(spec, oauthClient, params, request.codeVerifier, call);
}
