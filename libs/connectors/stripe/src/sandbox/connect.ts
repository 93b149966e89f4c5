import { createOAuthSimulator, type OAuthSimulator, type SimulatedClient } from '@tributary/sandbox';
import type { Hono } from 'hono';
import { platformKeyOf } from './middleware.js';

/** Where Connect OAuth lives on connect.stripe.com (https://docs.stripe.com/connect/oauth-reference). */
export const CONNECT_PATHS = { authorize: '/oauth/authorize', token: '/oauth/token', deauthorize: '/oauth/deauthorize' } as const;

export interface StripeConnect {
  oauth: OAuthSimulator;
  /** Platform apps allowed to authorize (client id `ca_...`, secret = the platform's secret key). */
  clients: SimulatedClient[];
  accountId: string;
}

/**
 * Stripe Connect OAuth (Standard accounts): authorize with `scope=read_only`,
 * no PKCE; the token endpoint authenticates with the platform secret key and
 * answers `{access_token, refresh_token, scope, livemode, token_type,
 * stripe_user_id, stripe_publishable_key}`; access tokens do not expire;
 * `POST /oauth/deauthorize` with `client_id` + `stripe_user_id` revokes.
 */
export function mountConnect(app: Hono, apiKey: string, accountId = 'acct_1TributarySandbox', tokenSecret?: string): StripeConnect {
  const clients: SimulatedClient[] = [];
  const oauth = createOAuthSimulator({
    vendor: 'Stripe',
    clients,
    pkce: 'unsupported',
    accessTokenTtlSeconds: null,
    ...(tokenSecret ? { tokenSecret } : {}),
    tokenExtras: () => ({ stripe_user_id: accountId, stripe_publishable_key: 'pk_test_tributarysandbox', livemode: false }),
  });
  oauth.mount(app, { authorize: CONNECT_PATHS.authorize, token: CONNECT_PATHS.token });
  app.post(CONNECT_PATHS.deauthorize, async (c) => {
    const form = await c.req.parseBody();
    const platformKey = platformKeyOf(c);
    const known = clients.some((x) => x.clientId === form['client_id']);
    if (platformKey !== apiKey || !known || form['stripe_user_id'] !== accountId) {
      return c.json({ error: 'invalid_client', error_description: 'No such application or account.' }, 401);
    }
    oauth.expireAccessTokens();
    return c.json({ stripe_user_id: accountId });
  });
  return { oauth, clients, accountId };
}
