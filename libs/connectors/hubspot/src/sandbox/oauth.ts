import { createOAuthSimulator, type OAuthSimulator, type SimulatedClient } from '@tributary/sandbox';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { TokenLedger } from './auth.js';

/** Where HubSpot's OAuth lives (app.hubspot.com and api.hubapi.com), served on the simulator's host. */
export const HUBSPOT_OAUTH_PATHS = { authorize: '/oauth/authorize', token: '/oauth/v3/token', revoke: '/oauth/v3/token/revoke' } as const;

/** Access tokens live 30 minutes (https://developers.hubspot.com/docs/api/oauth/tokens). */
export const ACCESS_TOKEN_TTL_SECONDS = 1_800;

/** The public app the simulator knows by default (its client id, secret and redirect URLs). */
export const DEFAULT_HUBSPOT_CLIENT: SimulatedClient = {
  clientId: '5f2d7a10-0000-4000-8000-tributary0001',
  clientSecret: 'tributary-hubspot-sandbox-secret',
  redirectUris: ['http://127.0.0.1:3000/api/connectors/hubspot/callback', 'http://localhost:3000/api/connectors/hubspot/callback'],
};

const Issued = z.looseObject({ access_token: z.string(), expires_in: z.number(), refresh_token: z.string().optional() });
const Refused = z.looseObject({ error: z.string() });

/**
 * The token endpoint's HubSpot quirks on top of the kit's server: a refresh
 * answers with the refresh token again (HubSpot does not rotate it), a
 * refused refresh is HubSpot's `BAD_REFRESH_TOKEN` body, and every access
 * token's expiry is noted so an expired one is told from an unknown one.
 */
function tokenQuirks(ledger: TokenLedger, now: () => number): MiddlewareHandler {
  return async (c: Context, next) => {
    const form = await c.req.parseBody();
    await next();
    const refresh = form['grant_type'] === 'refresh_token' ? String(form['refresh_token'] ?? '') : undefined;
    const body: unknown = await c.res
      .clone()
      .json()
      .catch(() => undefined);
    const issued = Issued.safeParse(body);
    if (issued.success) {
      ledger.set(issued.data.access_token, now() + issued.data.expires_in * 1000);
      if (refresh && !issued.data.refresh_token) c.res = c.json({ ...issued.data, refresh_token: refresh });
      return;
    }
    if (refresh !== undefined && Refused.safeParse(body).data?.error === 'invalid_grant') {
      c.res = c.json(
        { error: 'invalid_grant', error_description: 'refresh token is invalid, expired or revoked', status: 'BAD_REFRESH_TOKEN' },
        400,
      );
    }
  };
}

export interface OAuthMountOptions {
  clients: SimulatedClient[];
  hubId: number;
  ledger: TokenLedger;
  now: () => Date;
  tokenSecret?: string | undefined;
}

/**
 * HubSpot's OAuth 2.0 on the kit's authorization server: `/oauth/authorize`
 * (consent), `/oauth/v3/token`, `/oauth/v3/token/revoke`; PKCE when sent;
 * 30-minute `bearer` tokens; the token response carries `hub_id`, `user_id`,
 * `scopes` (an array, no `scope` string) and `token_use`.
 * https://developers.hubspot.com/docs/api/oauth/tokens
 */
export function mountHubSpotOAuth(app: Hono, options: OAuthMountOptions): OAuthSimulator {
  const oauth = createOAuthSimulator({
    vendor: 'HubSpot',
    clients: options.clients,
    pkce: 'optional',
    accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    tokenType: 'bearer',
    now: options.now,
    ...(options.tokenSecret ? { tokenSecret: options.tokenSecret } : {}),
    tokenExtras: ({ scope }) => ({
      scope: undefined,
      scopes: scope.split(/\s+/).filter(Boolean),
      hub_id: options.hubId,
      user_id: 4_120_001,
      token_use: 'access_token',
    }),
  });
  app.use(
    HUBSPOT_OAUTH_PATHS.token,
    tokenQuirks(options.ledger, () => options.now().getTime()),
  );
  oauth.mount(app, HUBSPOT_OAUTH_PATHS);
  return oauth;
}
