import { createOAuthSimulator, type OAuthSimulator, type SimulatedClient, type VendorApp } from '@tributary/sandbox';

/** Where Google Analytics's OAuth endpoints are, on the API host. */
export const GOOGLE_ANALYTICS_OAUTH_PATHS = { authorize: '/oauth/authorize', token: '/oauth/token', revoke: '/oauth/revoke' } as const;

/**
 * Google Analytics's authorization server, on the kit's OAuth simulator: a consent
 * screen, PKCE S256 required, bearer tokens that live an hour, refresh
 * tokens, revocation. Make it say what the vendor's OAuth does (token
 * lifetime, rotation, errors) with `createOAuthSimulator`'s options.
 *
 * @example
 * const oauth = mountGoogleAnalyticsOAuth(vendor.app, { clients, now: () => new Date() });
 * oauth.tokenInfo(accessToken) // the grant, or undefined for a token it did not issue
 */
export function mountGoogleAnalyticsOAuth(
  app: VendorApp['app'],
  options: { clients: SimulatedClient[]; now: () => Date; tokenSecret?: string },
): OAuthSimulator {
  const oauth = createOAuthSimulator({
    vendor: 'Google Analytics',
    clients: options.clients,
    pkce: 'required',
    accessTokenTtlSeconds: 3_600,
    tokenType: 'Bearer',
    now: options.now,
    ...(options.tokenSecret ? { tokenSecret: options.tokenSecret } : {}),
  });
  oauth.mount(app, GOOGLE_ANALYTICS_OAUTH_PATHS);
  return oauth;
}
