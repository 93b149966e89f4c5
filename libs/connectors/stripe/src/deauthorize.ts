import { createHttpClient, OAuthConfig, type ConnectorContext, type OAuth2AuthSpec, type OAuthClient } from '@tributary/core';
import { z } from 'zod';

/**
 * Disconnecting an OAuth connection: `POST .../deauthorize` beside the token
 * endpoint (`https://api.stripe.com/v1/oauth/deauthorize` for Stripe Apps,
 * `https://connect.stripe.com/oauth/deauthorize` for Connect) with the
 * platform's `client_id` and the account's `stripe_user_id`, authenticated
 * with the platform secret key (https://docs.stripe.com/connect/oauth-reference#post-deauthorize).
 * A key-based connection has nothing to revoke at Stripe: the key is the
 * customer's, and deleting it from Tributary is the disconnect.
 */
export async function deauthorize(
  config: unknown,
  ctx: ConnectorContext<unknown> & { oauth?: { client: OAuthClient; spec: OAuth2AuthSpec } },
): Promise<void> {
  const oauth = OAuthConfig.safeParse(config);
  if (!oauth.success || !ctx.oauth?.client.clientSecret || !oauth.data.tokens.accountId) return;
  const secret = ctx.oauth.client.clientSecret;
  const http = createHttpClient({
    baseUrl: ctx.oauth.spec.tokenUrl.replace(/\/token$/, ''),
    headers: { Authorization: `Bearer ${secret}` },
    secrets: [secret],
    retries: 2,
    logger: ctx.logger,
  });
  await http.request(
    {
      method: 'POST',
      path: '/deauthorize',
      form: { client_id: ctx.oauth.client.clientId, stripe_user_id: oauth.data.tokens.accountId },
      idempotent: true,
    },
    z.object({ stripe_user_id: z.string() }),
  );
}
