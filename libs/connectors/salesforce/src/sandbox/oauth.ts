import { createHmac } from 'node:crypto';
import { createOAuthSimulator, type OAuthSimulator, type SimulatedClient } from '@tributary/sandbox';
import type { Hono } from 'hono';
import type { World } from './world.js';

/** The Connected App the simulator knows by default (its consumer key, secret and callback URLs). */
export const DEFAULT_SALESFORCE_CLIENT: SimulatedClient = {
  clientId: '3MVG9tributary.sandbox.consumer.key',
  clientSecret: 'tributary-sandbox-consumer-secret',
  redirectUris: ['http://127.0.0.1:3000/api/connectors/salesforce/callback', 'http://localhost:3000/api/connectors/salesforce/callback'],
};

/** The org session timeout Salesforce ships with: an access token stops working two hours after it was issued. */
export const SALESFORCE_SESSION_TIMEOUT_SECONDS = 7_200;

/** Scopes that earn a refresh token; without one of them Salesforce issues none. */
const REFRESH_SCOPES = ['refresh_token', 'offline_access'];

export interface OAuthMountOptions {
  clients: SimulatedClient[];
  rotateRefreshTokens: boolean;
  /** Seconds a session lives; undefined: until revoked or `expireAccessTokens()`. */
  sessionTimeoutSeconds?: number | undefined;
  now: () => Date;
  /** The API host sent as `instance_url` (the simulator's own URL once started). */
  instanceUrl: () => string;
  /** Sign tokens so a restarted sandbox still accepts them. */
  tokenSecret?: string | undefined;
}

/**
 * Salesforce's OAuth 2.0 web server flow on the kit's authorization server:
 * `/services/oauth2/authorize` (HTML consent), `/token`, `/revoke`; PKCE
 * required (a missing verifier is `invalid_grant`, a wrong one
 * `invalid_request`); a refresh token only for the `refresh_token` or
 * `offline_access` scope; no `expires_in` (a token lives until the session
 * times out: 401); `instance_url`, identity `id`, `issued_at` (ms, a string)
 * and `signature` (base64 HMAC-SHA256 of id + issued_at, keyed with the
 * consumer secret). Revoking a token that is not valid is 400 `invalid_token`.
 * https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_web_server_flow.htm
 * https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_revoke_token.htm
 */
export function mountOAuth(app: Hono, world: World, options: OAuthMountOptions): OAuthSimulator {
  const oauth = createOAuthSimulator({
    vendor: 'Salesforce',
    clients: options.clients,
    pkce: 'required',
    pkceMismatchError: { error: 'invalid_request', description: 'invalid code verifier' },
    refreshTokenScopes: REFRESH_SCOPES,
    revokeInvalidToken: { error: 'invalid_token', description: 'invalid token' },
    accessTokenTtlSeconds: null,
    ...(options.sessionTimeoutSeconds ? { sessionTtlSeconds: options.sessionTimeoutSeconds } : {}),
    tokenType: 'Bearer',
    rotateRefreshTokens: options.rotateRefreshTokens,
    now: options.now,
    ...(options.tokenSecret ? { tokenSecret: options.tokenSecret } : {}),
    tokenExtras: ({ clientId }) => {
      const client = options.clients.find((c) => c.clientId === clientId);
      const instance = options.instanceUrl();
      const id = `${instance}/id/${world.orgId}/${world.userIds[0] ?? ''}`;
      const issuedAt = String(options.now().getTime());
      const signature = createHmac('sha256', client?.clientSecret ?? '')
        .update(`${id}${issuedAt}`)
        .digest('base64');
      return { instance_url: instance, id, issued_at: issuedAt, signature };
    },
  });
  oauth.mount(app, { authorize: '/services/oauth2/authorize', token: '/services/oauth2/token', revoke: '/services/oauth2/revoke' });
  return oauth;
}
