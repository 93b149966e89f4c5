import type { Context } from 'hono';
import { credentialOf } from '../kit/credentials.js';
import { verifierMatches } from './pkce.js';
import type { PendingCode, TokenStore } from './store.js';
import type { GrantEvent, OAuthSimulatorOptions, SimulatedClient } from './types.js';

interface Deps {
  options: OAuthSimulatorOptions;
  store: TokenStore;
  grants: GrantEvent[];
  oauthError: (c: Context, status: 400 | 401, error: string, description: string) => Response;
}

/**
 * The clients a token request authenticates as: the one whose id and secret
 * it sends (client_secret_post or client_secret_basic), or with
 * `secret_key` every client whose secret is the key it sends (one platform
 * key may own several apps).
 */
function authenticate(c: Context, form: Record<string, unknown>, options: OAuthSimulatorOptions): SimulatedClient[] {
  if (options.tokenClientAuth === 'secret_key') {
    const key = credentialOf(c, { bearer: true, basicUsername: true });
    return key ? options.clients.filter((x) => x.clientSecret === key) : [];
  }
  const basic = /^Basic (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  const [id, secret] = basic
    ? Buffer.from(basic, 'base64')
        .toString('utf8')
        .split(':')
        .map((p) => decodeURIComponent(p))
    : [String(form['client_id'] ?? ''), String(form['client_secret'] ?? '')];
  return options.clients.filter((x) => x.clientId === id && x.clientSecret === secret);
}

/** PKCE at the token call: a missing verifier is `invalid_grant`; a wrong one the vendor's answer (default `invalid_grant`). */
function checkVerifier(code: PendingCode, verifier: unknown, options: OAuthSimulatorOptions) {
  if (!code.challenge) return undefined;
  if (typeof verifier !== 'string' || verifier === '') return { error: 'invalid_grant', description: 'code_verifier required' };
  if (verifierMatches(verifier, code.challenge)) return undefined;
  return options.pkceMismatchError ?? { error: 'invalid_grant', description: 'PKCE verification failed' };
}

/** `POST /token`: authorization_code (single use, PKCE, exact redirect URI) and refresh_token grants. */
export function tokenEndpoint({ options, store, grants, oauthError }: Deps) {
  const now = () => (options.now ? options.now().getTime() : Date.now());
  const ttl = options.accessTokenTtlSeconds === undefined ? 3600 : options.accessTokenTtlSeconds;
  // Without `expires_in` a token may still die server-side (Salesforce's session timeout).
  const lifetime = ttl ?? options.sessionTtlSeconds ?? null;
  const withRefresh = (scope: string) => {
    const wanted = options.refreshTokenScopes;
    return (options.refreshTokens ?? true) && (!wanted || scope.split(/\s+/).some((s) => wanted.includes(s)));
  };
  const respond = (
    c: Context,
    kind: 'authorization_code' | 'refresh_token',
    client: SimulatedClient,
    scope: string,
    issued: { accessToken: string; refreshToken?: string | undefined },
  ) => {
    grants.push({ kind, ok: true, clientId: client.clientId });
    return c.json({
      access_token: issued.accessToken,
      token_type: options.tokenType ?? 'bearer',
      ...(ttl === null ? {} : { expires_in: ttl }),
      ...(issued.refreshToken ? { refresh_token: issued.refreshToken } : {}),
      scope,
      ...options.tokenExtras?.({ clientId: client.clientId, scope, kind }),
    });
  };
  const fail = (c: Context, kind: GrantEvent['kind'], status: 400 | 401, error: string, description: string) => {
    grants.push({ kind, ok: false, error });
    return oauthError(c, status, error, description);
  };

  return async (c: Context) => {
    const form = await c.req.parseBody();
    const kind = form['grant_type'] === 'refresh_token' ? 'refresh_token' : 'authorization_code';
    const clients = authenticate(c, form, options);
    if (clients.length === 0) return fail(c, kind, 401, 'invalid_client', 'Client authentication failed');
    const ownedBy = (clientId: string) => clients.find((x) => x.clientId === clientId);
    if (form['grant_type'] === 'authorization_code') {
      const code = store.codes.get(String(form['code'] ?? ''));
      const client = code && ownedBy(code.clientId);
      if (!code || !client) return fail(c, kind, 400, 'invalid_grant', 'Unknown authorization code');
      if (code.used) {
        for (const t of code.issued) {
          const family = store.familyOf(t);
          if (family) store.revokeFamily(family);
        }
        return fail(c, kind, 400, 'invalid_grant', 'Authorization code already used');
      }
      code.used = true;
      if (code.expiresAt <= now()) return fail(c, kind, 400, 'invalid_grant', 'Authorization code expired');
      if (options.redirectUriAtToken !== false && form['redirect_uri'] !== code.redirectUri)
        return fail(c, kind, 400, 'invalid_grant', 'redirect_uri does not match the authorization request');
      const pkce = checkVerifier(code, form['code_verifier'], options);
      if (pkce) return fail(c, kind, 400, pkce.error, pkce.description);
      const issued = store.issue(client.clientId, code.scope, lifetime, withRefresh(code.scope));
      code.issued.push(issued.accessToken);
      return respond(c, kind, client, code.scope, issued);
    }
    if (form['grant_type'] === 'refresh_token') {
      const grant = store.refreshGrant(String(form['refresh_token'] ?? ''));
      const client = grant && ownedBy(grant.clientId);
      if (!grant || !client) return fail(c, kind, 400, 'invalid_grant', 'Unknown refresh token');
      if (grant.revoked) {
        store.revokeFamily(grant.family);
        return fail(c, kind, 400, 'invalid_grant', 'Refresh token revoked or already used');
      }
      if (options.rotateRefreshTokens && !options.keepRotatedRefreshTokens) grant.revoked = true;
      const issued = store.issue(
        client.clientId,
        grant.scope,
        lifetime,
        options.rotateRefreshTokens === true && withRefresh(grant.scope),
        grant.family,
      );
      return respond(c, kind, client, grant.scope, issued);
    }
    return fail(c, kind, 400, 'unsupported_grant_type', `grant_type ${String(form['grant_type'])} is not supported`);
  };
}
