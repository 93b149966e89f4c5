import { createHash, randomBytes } from 'node:crypto';
import { createOAuthSimulator, type OAuthSimulator, type SimulatedClient } from '@tributary/sandbox';
import type { Hono } from 'hono';
import { z } from 'zod';
import { ADWORDS_SCOPE } from './access.js';
import { googleQuirks } from './oauth-quirks.js';
import type { GoogleTokenResponse } from './types.js';

/**
 * Google's OAuth paths (accounts.google.com and oauth2.googleapis.com), served on the simulator's host.
 *
 * @example
 * const spec = { ...googleAds.auth, tokenUrl: `${server.url}${GOOGLE_OAUTH_PATHS.token}` };
 */
export const GOOGLE_OAUTH_PATHS = { authorize: '/o/oauth2/v2/auth', token: '/token', revoke: '/revoke' } as const;

/**
 * The OAuth client the simulator knows unless told otherwise.
 *
 * @example
 * createGoogleAdsSimulator({ clients: [{ ...DEFAULT_GOOGLE_CLIENT, redirectUris: ['https://tributary.example/api/connectors/google-ads/callback'] }] });
 */
export const DEFAULT_GOOGLE_CLIENT: SimulatedClient = {
  clientId: 'tributary-sandbox.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-tributary-sandbox',
  redirectUris: ['http://127.0.0.1:3000/api/connectors/google-ads/callback'],
};

export interface GoogleOAuth {
  oauth: OAuthSimulator;
  /** Registered OAuth clients (push one to register another redirect URI). */
  clients: SimulatedClient[];
  /**
   * Sign in and consent in-process (PKCE S256) and exchange the code, like a
   * person connecting: the token response, with a refresh token when offline
   * access was asked for and this is the first grant (or `prompt=consent`).
   */
  authorize(options?: { offline?: boolean; prompt?: string; scope?: string }): Promise<GoogleTokenResponse>;
}

const TokenResponse = z.object({
  access_token: z.string(),
  expires_in: z.number(),
  token_type: z.string(),
  scope: z.string(),
  refresh_token: z.string().optional(),
});

/**
 * Google's authorization server for the simulator: the kit's consent
 * screen, PKCE (checked when sent: S256 or plain, and an omitted method
 * means plain), 3599-second Bearer tokens, refresh tokens that survive
 * refreshes (no rotation), revocation, plus Google's quirks.
 * https://developers.google.com/identity/protocols/oauth2/web-server
 *
 * @example
 * const google = mountGoogleOAuth(app, [DEFAULT_GOOGLE_CLIENT]);
 * const tokens = await google.authorize(); // { access_token, refresh_token, expires_in: 3599, ... }
 */
export function mountGoogleOAuth(app: Hono, clients: SimulatedClient[], now?: () => Date, tokenSecret?: string): GoogleOAuth {
  const oauth = createOAuthSimulator({
    vendor: 'Google',
    clients,
    pkce: 'optional',
    accessTokenTtlSeconds: 3599,
    tokenType: 'Bearer',
    pkceMethods: ['S256', 'plain'],
    pkceDefaultMethod: 'plain',
    ...(now ? { now } : {}),
    ...(tokenSecret ? { tokenSecret } : {}),
  });
  app.use('*', googleQuirks(GOOGLE_OAUTH_PATHS, oauth));
  oauth.mount(app, GOOGLE_OAUTH_PATHS);
  return { oauth, clients, authorize: (options) => authorizeInProcess(app, oauth, clients, options) };
}

async function authorizeInProcess(
  app: Hono,
  oauth: OAuthSimulator,
  clients: SimulatedClient[],
  options: { offline?: boolean; prompt?: string; scope?: string } = {},
): Promise<GoogleTokenResponse> {
  const client = clients[0];
  const redirectUri = client?.redirectUris[0];
  if (!client || !redirectUri) throw new Error('The Google simulator has no OAuth client registered');
  const verifier = randomBytes(32).toString('base64url');
  const url = new URL(`http://google.sim${GOOGLE_OAUTH_PATHS.authorize}`);
  const params = {
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: redirectUri,
    scope: options.scope ?? ADWORDS_SCOPE,
    state: randomBytes(8).toString('hex'),
    access_type: options.offline === false ? 'online' : 'offline',
    prompt: options.prompt ?? 'consent',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const inProcess: typeof fetch = async (input, init) => app.request(input instanceof Request ? input : String(input), init);
  const location = await oauth.consent(url.toString(), 'allow', inProcess);
  const code = new URL(location, 'http://google.sim').searchParams.get('code');
  if (!code) throw new Error(`Google simulator consent did not return a code: ${location}`);
  const form = {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    client_id: client.clientId,
    client_secret: client.clientSecret,
    code_verifier: verifier,
  };
  const res = await app.request(GOOGLE_OAUTH_PATHS.token, { method: 'POST', body: new URLSearchParams(form) });
  if (!res.ok) throw new Error(`Google simulator token exchange failed (${res.status}): ${await res.text()}`);
  return TokenResponse.parse(await res.json());
}
