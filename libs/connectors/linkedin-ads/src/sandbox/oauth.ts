import { createOAuthSimulator, type OAuthSimulator, type SimulatedClient } from '@tributary/sandbox';
import type { Hono } from 'hono';
import { z } from 'zod';

/** LinkedIn's OAuth paths (www.linkedin.com), served on the simulator's host. */
export const LINKEDIN_OAUTH_PATHS = {
  authorize: '/oauth/v2/authorization',
  token: '/oauth/v2/accessToken',
  revoke: '/oauth/v2/revoke',
} as const;
/** Access tokens live 60 days; refresh tokens 365 days, not extended by refreshing. */
export const ACCESS_TOKEN_SECONDS = 5_184_000;
export const REFRESH_TOKEN_SECONDS = 31_536_000;
export const LINKEDIN_SCOPES = 'r_ads r_ads_reporting';

export const DEFAULT_LINKEDIN_CLIENT: SimulatedClient = {
  clientId: '78linkedinsandbox',
  clientSecret: 'linkedin-sandbox-secret',
  redirectUris: ['http://127.0.0.1:3000/api/connectors/linkedin-ads/callback'],
};

export const LinkedInTokenResponse = z.object({
  access_token: z.string(),
  expires_in: z.number(),
  refresh_token: z.string().optional(),
  refresh_token_expires_in: z.number().optional(),
  scope: z.string(),
});
export type LinkedInTokenResponse = z.infer<typeof LinkedInTokenResponse>;

export interface LinkedInOAuth {
  oauth: OAuthSimulator;
  clients: SimulatedClient[];
  /** Sign in and consent in-process and exchange the code (tests). */
  authorize(scope?: string): Promise<LinkedInTokenResponse>;
}

/**
 * LinkedIn's authorization server for the simulator: the kit's consent
 * screen, no PKCE, 60-day access tokens, refresh tokens (programmatic
 * refresh, approved partners) with `refresh_token_expires_in`, revocation.
 * https://learn.microsoft.com/en-us/linkedin/shared/authentication/programmatic-refresh-tokens
 */
export function mountLinkedInOAuth(app: Hono, clients: SimulatedClient[], now?: () => Date, tokenSecret?: string): LinkedInOAuth {
  const oauth = createOAuthSimulator({
    vendor: 'LinkedIn',
    clients,
    pkce: 'unsupported',
    accessTokenTtlSeconds: ACCESS_TOKEN_SECONDS,
    tokenType: 'Bearer',
    // The code exchange says how long the refresh token lives ([unconfirmed]: a refresh answers the time left, not sent here).
    tokenExtras: (grant) => (grant.kind === 'authorization_code' ? { refresh_token_expires_in: REFRESH_TOKEN_SECONDS } : {}),
    ...(now ? { now } : {}),
    ...(tokenSecret ? { tokenSecret } : {}),
  });
  oauth.mount(app, LINKEDIN_OAUTH_PATHS);
  return { oauth, clients, authorize: (scope) => authorizeInProcess(app, oauth, clients, scope ?? LINKEDIN_SCOPES) };
}

async function authorizeInProcess(
  app: Hono,
  oauth: OAuthSimulator,
  clients: SimulatedClient[],
  scope: string,
): Promise<LinkedInTokenResponse> {
  const client = clients[0];
  const redirectUri = client?.redirectUris[0];
  if (!client || !redirectUri) throw new Error('The LinkedIn simulator has no OAuth client registered');
  const url = new URL(`http://linkedin.sim${LINKEDIN_OAUTH_PATHS.authorize}`);
  for (const [k, v] of Object.entries({
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: redirectUri,
    scope,
    state: 's',
  })) {
    url.searchParams.set(k, v);
  }
  const inProcess: typeof fetch = async (input, init) => app.request(input instanceof Request ? input : String(input), init);
  const location = await oauth.consent(url.toString(), 'allow', inProcess);
  const code = new URL(location, 'http://linkedin.sim').searchParams.get('code') ?? '';
  const form = {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    client_id: client.clientId,
    client_secret: client.clientSecret,
  };
  const res = await app.request(LINKEDIN_OAUTH_PATHS.token, { method: 'POST', body: new URLSearchParams(form) });
  return LinkedInTokenResponse.parse(await res.json());
}
