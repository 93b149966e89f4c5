import { randomBytes, randomUUID, createHash } from 'node:crypto';
import { createOAuthSimulator, type OAuthSimulator, type SimulatedClient } from '@tributary/sandbox';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';

/** The identity platform's paths under a tenant, served on the simulator's host (`/{tenant}/oauth2/v2.0/...`). */
export const MICROSOFT_OAUTH_ROUTES = { authorize: '/:tenant/oauth2/v2.0/authorize', token: '/:tenant/oauth2/v2.0/token' } as const;
/** The same paths for the default tenant, as a sandbox advertises them. */
export const MICROSOFT_OAUTH_PATHS = {
  authorize: '/organizations/oauth2/v2.0/authorize',
  token: '/organizations/oauth2/v2.0/token',
} as const;

const TENANT =
  /^(common|organizations|consumers|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|([a-z0-9-]+\.)+[a-z]{2,63})$/i;

/** AADSTS codes of the token errors the simulator gives (https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes). */
const AADSTS: Record<string, [number, string]> = {
  invalid_grant: [
    70008,
    'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
  ],
  invalid_client: [
    7000215,
    'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.',
  ],
  invalid_request: [900144, 'The request body must contain the following parameter.'],
  unsupported_grant_type: [70003, 'The app requested an unsupported grant type.'],
};

const OAuthErrorJson = z.object({ error: z.string(), error_description: z.string().optional() });

/**
 * Microsoft's token error body: `{"error","error_description":"AADSTS...","error_codes":[...],"timestamp","trace_id","correlation_id","error_uri"}`.
 *
 * @example
 * microsoftTokenError('invalid_grant').error_codes // [70008]
 */
export function microsoftTokenError(error: string): Record<string, unknown> {
  const [code, text] = AADSTS[error] ?? [50000, 'There was an error issuing a token.'];
  const now = new Date();
  const traceId = randomUUID();
  return {
    error,
    error_description: `AADSTS${code}: ${text} Trace ID: ${traceId} Correlation ID: ${randomUUID()} Timestamp: ${now.toISOString().replace('T', ' ').slice(0, 19)}Z`,
    error_codes: [code],
    timestamp: now.toISOString().replace('T', ' ').slice(0, 19) + 'Z',
    trace_id: traceId,
    correlation_id: randomUUID(),
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  };
}

/** Unknown tenants are refused before anything else (AADSTS90002); token errors get Microsoft's body. */
function microsoftQuirks(): MiddlewareHandler {
  return async (c: Context, next) => {
    const tenant = c.req.path.split('/')[1] ?? '';
    if (!c.req.path.includes('/oauth2/v2.0/')) return next();
    if (!TENANT.test(tenant))
      return c.json(
        {
          ...microsoftTokenError('invalid_request'),
          error_description: `AADSTS90002: Tenant '${tenant}' not found.`,
          error_codes: [90002],
        },
        400,
      );
    await next();
    if (!c.req.path.endsWith('/token') || c.res.status < 400) return undefined;
    const parsed = OAuthErrorJson.safeParse(
      await c.res
        .clone()
        .json()
        .catch(() => undefined),
    );
    if (!parsed.success) return undefined;
    const status = c.res.status;
    c.res = undefined;
    c.res = new Response(JSON.stringify(microsoftTokenError(parsed.data.error)), {
      status,
      headers: { 'content-type': 'application/json' },
    });
    return undefined;
  };
}

export interface MicrosoftOAuth {
  oauth: OAuthSimulator;
  clients: SimulatedClient[];
  /** Sign in and consent in-process (PKCE S256) and exchange the code, like a person connecting. */
  authorize(options?: { scope?: string; tenant?: string }): Promise<Record<string, unknown>>;
}

/**
 * The Microsoft identity platform for the simulator: the kit's consent
 * screen under `/{tenant}/oauth2/v2.0/authorize`, PKCE (S256 or plain),
 * 3599-second Bearer tokens, a refresh token only with `offline_access`,
 * rotated on every refresh with the old one still valid (store the new one),
 * and Microsoft's AADSTS error bodies. No revocation endpoint (Microsoft has none for OAuth tokens).
 * https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow
 */
export function mountMicrosoftOAuth(
  app: Hono,
  clients: SimulatedClient[],
  options: { now?: () => Date; tokenSecret?: string } = {},
): MicrosoftOAuth {
  const oauth = createOAuthSimulator({
    vendor: 'Microsoft',
    clients,
    pkce: 'optional',
    pkceMethods: ['S256', 'plain'],
    pkceDefaultMethod: 'plain',
    accessTokenTtlSeconds: 3599,
    tokenType: 'Bearer',
    refreshTokenScopes: ['offline_access'],
    rotateRefreshTokens: true,
    keepRotatedRefreshTokens: true,
    tokenExtras: () => ({ ext_expires_in: 3599 }),
    ...(options.now ? { now: options.now } : {}),
    ...(options.tokenSecret ? { tokenSecret: options.tokenSecret } : {}),
  });
  app.use('*', microsoftQuirks());
  oauth.mount(app, MICROSOFT_OAUTH_ROUTES);
  return { oauth, clients, authorize: (o) => authorizeInProcess(app, oauth, clients, o) };
}

async function authorizeInProcess(
  app: Hono,
  oauth: OAuthSimulator,
  clients: SimulatedClient[],
  options: { scope?: string; tenant?: string } = {},
) {
  const client = clients[0];
  const redirectUri = client?.redirectUris[0];
  if (!client || !redirectUri) throw new Error('The Microsoft simulator has no OAuth client registered');
  const tenant = options.tenant ?? 'organizations';
  const verifier = randomBytes(32).toString('base64url');
  const url = new URL(`http://login.sim/${tenant}/oauth2/v2.0/authorize`);
  const params = {
    response_type: 'code',
    response_mode: 'query',
    client_id: client.clientId,
    redirect_uri: redirectUri,
    scope: options.scope ?? 'offline_access User.Read Mail.ReadBasic Calendars.Read',
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const inProcess: typeof fetch = async (input, init) => app.request(input instanceof Request ? input : String(input), init);
  const location = await oauth.consent(url.toString(), 'allow', inProcess);
  const code = new URL(location, 'http://login.sim').searchParams.get('code');
  if (!code) throw new Error(`Microsoft simulator consent did not return a code: ${location}`);
  const form = {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    client_id: client.clientId,
    client_secret: client.clientSecret,
    code_verifier: verifier,
  };
  const res = await app.request(`/${tenant}/oauth2/v2.0/token`, { method: 'POST', body: new URLSearchParams(form) });
  if (!res.ok) throw new Error(`Microsoft simulator token exchange failed (${res.status}): ${await res.text()}`);
  return z.record(z.string(), z.unknown()).parse(await res.json());
}
