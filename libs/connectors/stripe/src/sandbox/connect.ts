import { createOAuthSimulator, type OAuthSimulator, type SimulatedClient, type TokenInfo } from '@tributary/sandbox';
import type { Context, Hono } from 'hono';
import { platformKeyOf } from './middleware.js';

/** Connect OAuth on connect.stripe.com (https://docs.stripe.com/connect/oauth-reference). */
export const CONNECT_PATHS = { authorize: '/oauth/authorize', token: '/oauth/token', deauthorize: '/oauth/deauthorize' } as const;

/**
 * Stripe Apps OAuth: the install link on marketplace.stripe.com, the token
 * and deauthorize endpoints on api.stripe.com
 * (https://docs.stripe.com/stripe-apps/api-authentication/oauth).
 */
export const APPS_OAUTH_PATHS = {
  authorize: '/oauth/v2/authorize',
  token: '/v1/oauth/token',
  deauthorize: '/v1/oauth/deauthorize',
} as const;

export interface StripeConnect {
  /** Connect OAuth (Standard accounts, `read_only` only for legacy Connect extensions). */
  oauth: OAuthSimulator;
  /** Stripe Apps OAuth (a public app's install link): access tokens live an hour, refresh tokens rotate. */
  apps: OAuthSimulator;
  /** Platform apps allowed to authorize (client id `ca_...`, secret = the platform's secret key); both flows share them. */
  clients: SimulatedClient[];
  accountId: string;
  /** A live access token of either flow. */
  tokenInfo(token: string): TokenInfo | undefined;
}

const HOUR = 3600;

function simulators(clients: SimulatedClient[], accountId: string, tokenSecret: string | undefined) {
  const common = {
    vendor: 'Stripe',
    clients,
    pkce: 'unsupported' as const,
    // Both token endpoints authenticate the platform by its secret key and take only the grant (no client_id, no redirect_uri).
    tokenClientAuth: 'secret_key' as const,
    redirectUriAtToken: false,
    ...(tokenSecret ? { tokenSecret } : {}),
    tokenExtras: () => ({ stripe_user_id: accountId, stripe_publishable_key: 'pk_test_tributarysandbox', livemode: false }),
  };
  return {
    // Connect: access tokens do not expire (revocation emits account.application.deauthorized).
    oauth: createOAuthSimulator({ ...common, accessTokenTtlSeconds: null }),
    // Apps: an hour, though the response carries no expires_in; each refresh token works once.
    apps: createOAuthSimulator({ ...common, accessTokenTtlSeconds: null, sessionTtlSeconds: HOUR, rotateRefreshTokens: true }),
  };
}

/**
 * Stripe Connect OAuth (Standard accounts, `scope=read_only`) and Stripe
 * Apps OAuth on one app. Both token endpoints authenticate with the platform
 * secret key (Bearer, or Basic username) and take `grant_type` with `code`
 * or `refresh_token`; they answer `{access_token, refresh_token, scope,
 * livemode, token_type, stripe_user_id, stripe_publishable_key}` without
 * `expires_in`. `POST .../deauthorize` with `client_id` + `stripe_user_id` revokes.
 */
export function mountConnect(app: Hono, apiKey: string, accountId = 'acct_1TributarySandbox', tokenSecret?: string): StripeConnect {
  const clients: SimulatedClient[] = [];
  const { oauth, apps } = simulators(clients, accountId, tokenSecret);
  oauth.mount(app, { authorize: CONNECT_PATHS.authorize, token: CONNECT_PATHS.token });
  apps.mount(app, { authorize: APPS_OAUTH_PATHS.authorize, token: APPS_OAUTH_PATHS.token });
  const deauthorize = (sim: OAuthSimulator) => async (c: Context) => {
    const form = await c.req.parseBody();
    const known = clients.some((x) => x.clientId === form['client_id']);
    if (platformKeyOf(c) !== apiKey || !known || form['stripe_user_id'] !== accountId) {
      return c.json({ error: 'invalid_client', error_description: 'No such application or account.' }, 401);
    }
    sim.expireAccessTokens();
    return c.json({ stripe_user_id: accountId });
  };
  app.post(CONNECT_PATHS.deauthorize, deauthorize(oauth));
  app.post(APPS_OAUTH_PATHS.deauthorize, deauthorize(apps));
  return { oauth, apps, clients, accountId, tokenInfo: (token) => oauth.tokenInfo(token) ?? apps.tokenInfo(token) };
}
