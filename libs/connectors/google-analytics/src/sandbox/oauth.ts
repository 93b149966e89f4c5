import { createOAuthSimulator, type OAuthSimulator, type SimulatedClient, type VendorApp } from '@tributary/sandbox';

/** Google's OAuth paths (accounts.google.com and oauth2.googleapis.com), served on the simulator's host. */
export const GOOGLE_ANALYTICS_OAUTH_PATHS = { authorize: '/o/oauth2/v2/auth', token: '/token', revoke: '/revoke' } as const;

/**
 * Google's authorization server on the kit's OAuth simulator: a consent
 * screen, PKCE checked when sent (S256 or plain; an omitted method means
 * plain), 3599-second Bearer tokens, refresh tokens that survive refreshes,
 * revocation. https://developers.google.com/identity/protocols/oauth2/web-server
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
    vendor: 'Google',
    clients: options.clients,
    pkce: 'optional',
    pkceMethods: ['S256', 'plain'],
    pkceDefaultMethod: 'plain',
    accessTokenTtlSeconds: 3_599,
    tokenType: 'Bearer',
    now: options.now,
    ...(options.tokenSecret ? { tokenSecret: options.tokenSecret } : {}),
  });
  oauth.mount(app, GOOGLE_ANALYTICS_OAUTH_PATHS);
  return oauth;
}
