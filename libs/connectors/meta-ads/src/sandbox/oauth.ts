import { createOAuthSimulator, type OAuthSimulator, type SimulatedClient } from '@tributary/sandbox';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { ADS_READ } from './access.js';
import { graphError } from './graph-errors.js';

/** Short-lived user tokens live about an hour or two ([unconfirmed] exact figure; Meta: "about an hour or two"). */
export const SHORT_LIVED_SECONDS = 5_400;
/** A long-lived token's `expires_in`, as Meta's documentation shows it (about 60 days). */
export const LONG_LIVED_SECONDS = 5_183_944;

/** Meta's OAuth paths for a version (the login dialog is on www.facebook.com, the rest on graph.facebook.com). */
export const metaOAuthPaths = (version: string) => ({ authorize: `/${version}/dialog/oauth`, token: `/${version}/oauth/access_token` });

/** The OAuth app the simulator knows unless told otherwise. */
export const DEFAULT_META_CLIENT: SimulatedClient = {
  clientId: '1234567890123456',
  clientSecret: 'meta-sandbox-app-secret',
  redirectUris: ['http://127.0.0.1:3000/api/connectors/meta-ads/callback'],
};

export interface MetaOAuth {
  oauth: OAuthSimulator;
  clients: SimulatedClient[];
  /** Log in and consent in-process, exchange the code, then trade the token for a long-lived one (like the connector). */
  authorize(options?: { scope?: string; longLived?: boolean }): Promise<MetaTokenResponse>;
}

export const MetaTokenResponse = z.object({ access_token: z.string(), token_type: z.string(), expires_in: z.number() });
export type MetaTokenResponse = z.infer<typeof MetaTokenResponse>;

/** `GET /oauth/access_token?grant_type=fb_exchange_token&client_id&client_secret&fb_exchange_token`: a ~60-day token of the same grant. */
function exchange(c: Context, oauth: OAuthSimulator, clients: SimulatedClient[]): Response {
  const q = c.req.query();
  const client = clients.find((x) => x.clientId === q['client_id']);
  if (!client) throw graphError(400, 101, 'Error validating application. Invalid application ID.');
  if (client.clientSecret !== q['client_secret']) throw graphError(400, 1, 'Error validating client secret.');
  const long = oauth.reissue(q['fb_exchange_token'] ?? '', LONG_LIVED_SECONDS);
  if (!long) throw graphError(400, 190, 'Error validating access token: The session is invalid or has expired.', { subcode: 463 });
  return c.json({ access_token: long.accessToken, token_type: 'bearer', expires_in: long.expiresIn });
}

/**
 * Meta's login for the simulator: the kit's consent screen at the login
 * dialog, the code exchange at `/oauth/access_token` (GET as documented,
 * POST as OAuth clients send it), no PKCE, no refresh tokens, short-lived
 * tokens, and the `fb_exchange_token` exchange for long-lived ones.
 * https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow
 *
 * @example
 * const meta = mountMetaOAuth(app, ['v26.0'], [DEFAULT_META_CLIENT]);
 * const { access_token, expires_in } = await meta.authorize(); // expires_in 5183944
 */
export function mountMetaOAuth(
  app: Hono,
  versions: readonly string[],
  clients: SimulatedClient[],
  now?: () => Date,
  tokenSecret?: string,
): MetaOAuth {
  const oauth = createOAuthSimulator({
    vendor: 'Meta',
    clients,
    pkce: 'unsupported',
    refreshTokens: false,
    accessTokenTtlSeconds: SHORT_LIVED_SECONDS,
    tokenType: 'bearer',
    ...(now ? { now } : {}),
    ...(tokenSecret ? { tokenSecret } : {}),
  });
  for (const version of versions) {
    const paths = metaOAuthPaths(version);
    oauth.mount(app, paths);
    app.get(paths.token, async (c) => {
      if (c.req.query('grant_type') === 'fb_exchange_token') return exchange(c, oauth, clients);
      const form = new URLSearchParams({ grant_type: 'authorization_code', ...c.req.query() });
      return app.request(paths.token, { method: 'POST', body: form });
    });
  }
  const latest = versions[versions.length - 1] ?? 'v26.0';
  return { oauth, clients, authorize: (options) => authorizeInProcess(app, oauth, clients, latest, options) };
}

async function authorizeInProcess(
  app: Hono,
  oauth: OAuthSimulator,
  clients: SimulatedClient[],
  version: string,
  options: { scope?: string; longLived?: boolean } = {},
): Promise<MetaTokenResponse> {
  const client = clients[0];
  const redirectUri = client?.redirectUris[0];
  if (!client || !redirectUri) throw new Error('The Meta simulator has no OAuth client registered');
  const paths = metaOAuthPaths(version);
  const url = new URL(`http://meta.sim${paths.authorize}`);
  for (const [k, v] of Object.entries({
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: redirectUri,
    scope: options.scope ?? ADS_READ,
    state: 's',
  })) {
    url.searchParams.set(k, v);
  }
  const inProcess: typeof fetch = async (input, init) => app.request(input instanceof Request ? input : String(input), init);
  const location = await oauth.consent(url.toString(), 'allow', inProcess);
  const code = new URL(location, 'http://meta.sim').searchParams.get('code') ?? '';
  const query = new URLSearchParams({ client_id: client.clientId, client_secret: client.clientSecret, redirect_uri: redirectUri, code });
  const short = MetaTokenResponse.parse(await (await app.request(`${paths.token}?${query}`)).json());
  if (options.longLived === false) return short;
  const swap = new URLSearchParams({
    grant_type: 'fb_exchange_token',
    client_id: client.clientId,
    client_secret: client.clientSecret,
    fb_exchange_token: short.access_token,
  });
  return MetaTokenResponse.parse(await (await app.request(`${paths.token}?${swap}`)).json());
}
