import * as oauth from 'oauth4webapi';
import { AuthRevokedError } from '../errors/errors.js';
import type { OAuth2AuthSpec } from '../connector/manifest.js';
import { OAuthError, oauthError, oauthTransportError, type OAuthStep } from './errors.js';
import { exchangeForLongLived } from './exchange.js';
import { TokenSet } from './tokens.js';

/** The registered OAuth app: its credentials and the exact redirect URI registered with the vendor. */
export interface OAuthClient {
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
}

export interface OAuthCallOptions {
  /** The vendor's name, for messages. */
  vendor: string;
  fetch?: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
}

export interface AuthorizationRequest {
  url: string;
  state: string;
  /** PKCE verifier to keep (server-side) until the callback, when the vendor supports PKCE. */
  codeVerifier?: string;
}

const isLoopbackHttp = (url: string) => /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(url);

function server(spec: OAuth2AuthSpec): oauth.AuthorizationServer {
  return {
    issuer: new URL(spec.authorizeUrl).origin,
    authorization_endpoint: spec.authorizeUrl,
    token_endpoint: spec.tokenUrl,
    ...(spec.revokeUrl ? { revocation_endpoint: spec.revokeUrl } : {}),
  };
}

function requestOptions(spec: OAuth2AuthSpec, call: OAuthCallOptions) {
  return {
    // Plain HTTP only for simulators on the loopback interface; vendors are always https.
    [oauth.allowInsecureRequests]: isLoopbackHttp(spec.tokenUrl),
    ...(call.fetch ? { [oauth.customFetch]: call.fetch } : {}),
    signal: AbortSignal.timeout(call.timeoutMs ?? 30_000),
  };
}

function clientAuth(spec: OAuth2AuthSpec, client: OAuthClient): oauth.ClientAuth {
  if (!client.clientSecret) return oauth.None();
  return spec.tokenAuthMethod === 'client_secret_basic'
    ? oauth.ClientSecretBasic(client.clientSecret)
    : oauth.ClientSecretPost(client.clientSecret);
}

function tokenSetFrom(body: oauth.TokenEndpointResponse, spec: OAuth2AuthSpec, previous: TokenSet | undefined, now: Date): TokenSet {
  const quirks = spec.tokenResponse;
  // A numeric id (HubSpot's `hub_id`) is kept as its decimal string.
  const field = (name: string | undefined) => {
    const value = name ? body[name] : undefined;
    if (typeof value === 'string') return value;
    return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
  };
  const expiresIn = quirks.noExpiry ? undefined : body.expires_in;
  return TokenSet.parse({
    accessToken: body.access_token,
    refreshToken: body.refresh_token ?? previous?.refreshToken,
    tokenType: body.token_type,
    scope: body.scope ?? previous?.scope,
    expiresAt: typeof expiresIn === 'number' ? new Date(now.getTime() + expiresIn * 1000).toISOString() : undefined,
    obtainedAt: now.toISOString(),
    instanceUrl: field(quirks.instanceUrlField) ?? previous?.instanceUrl,
    accountId: field(quirks.accountIdField) ?? previous?.accountId,
  });
}

function toError(step: OAuthStep, error: unknown, call: OAuthCallOptions, client: OAuthClient): Error {
  if (error instanceof oauth.ResponseBodyError || error instanceof oauth.AuthorizationResponseError) {
    const status = error instanceof oauth.ResponseBodyError ? error.status : undefined;
    return oauthError(step, error.error, error.error_description, {
      vendor: call.vendor,
      redirectUri: client.redirectUri,
      ...(status ? { status } : {}),
    });
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) return oauthError(step, 'invalid_client', undefined, { vendor: call.vendor });
  return oauthTransportError(step, call.vendor, error);
}

/**
 * Start an authorization-code flow from a connector's declared OAuth spec:
 * a fresh single-use `state`, PKCE S256 when the vendor supports it, the
 * scopes and extra parameters (offline access, consent prompt) it declares.
 *
 * @example
 * const { url, state, codeVerifier } = await createAuthorizationRequest(salesforce.auth, client);
 */
export async function createAuthorizationRequest(
  spec: OAuth2AuthSpec,
  client: OAuthClient,
  extra: { scopes?: string[]; params?: Record<string, string> } = {},
): Promise<AuthorizationRequest> {
  const state = oauth.generateRandomState();
  const url = new URL(spec.authorizeUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', client.clientId);
  url.searchParams.set('redirect_uri', client.redirectUri);
  const scopes = extra.scopes ?? spec.scopes;
  if (scopes.length > 0) url.searchParams.set('scope', scopes.join(spec.scopeSeparator));
  url.searchParams.set('state', state);
  for (const [k, v] of Object.entries({ ...spec.authorizeParams, ...extra.params })) url.searchParams.set(k, v);
  if (!spec.pkce) return { url: url.toString(), state };
  const codeVerifier = oauth.generateRandomCodeVerifier();
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  return { url: url.toString(), state, codeVerifier };
}

/**
 * Check the redirect back from the vendor: the `state` must be the one
 * issued, and an `error` (access denied at consent) becomes an actionable
 * OAuthError. Returns the parameters for {@link exchangeCode}.
 */
export function parseCallback(
  spec: OAuth2AuthSpec,
  client: OAuthClient,
  callbackUrl: URL,
  expectedState: string,
  call: OAuthCallOptions,
): URLSearchParams {
  try {
    return oauth.validateAuthResponse(server(spec), { client_id: client.clientId }, callbackUrl, expectedState);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError) throw toError('authorize', error, call, client);
    throw new OAuthError(
      'config',
      'invalid_state',
      'This sign-in link is not valid any more (it expired or was already used). Start connecting again.',
      {
        cause: error,
      },
    );
  }
}

/**
 * Exchange the authorization code for tokens (with the PKCE verifier when one was issued), then, when the
 * spec declares `tokenExchange`, trade the access token for a long-lived one (Meta).
 */
export async function exchangeCode(
  spec: OAuth2AuthSpec,
  client: OAuthClient,
  params: URLSearchParams,
  codeVerifier: string | undefined,
  call: OAuthCallOptions,
): Promise<TokenSet> {
  const now = call.now?.() ?? new Date();
  let tokens: TokenSet;
  try {
    const as = server(spec);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      { client_id: client.clientId },
      clientAuth(spec, client),
      params,
      client.redirectUri,
      codeVerifier ?? oauth.nopkce,
      requestOptions(spec, call),
    );
    const body = await oauth.processAuthorizationCodeResponse(as, { client_id: client.clientId }, response);
    tokens = tokenSetFrom(body, spec, undefined, now);
  } catch (error) {
    throw toError('exchange', error, call, client);
  }
  // A vendor whose code gives a short-lived token to trade for a long-lived one (Meta).
  return spec.tokenExchange ? exchangeForLongLived(spec, client, tokens, call) : tokens;
}

/**
 * Refresh an access token. A response without a refresh token keeps the
 * old one (Google, Salesforce); one with a new refresh token replaces it
 * (rotation). `invalid_grant` means the refresh token is dead: reconnect.
 */
export async function refreshTokens(
  spec: OAuth2AuthSpec,
  client: OAuthClient,
  tokens: TokenSet,
  call: OAuthCallOptions,
): Promise<TokenSet> {
  if (!tokens.refreshToken)
    throw new AuthRevokedError(`Token refresh failed: ${call.vendor} issued no refresh token. Reconnect the integration.`);
  const now = call.now?.() ?? new Date();
  try {
    const as = server(spec);
    const response = await oauth.refreshTokenGrantRequest(
      as,
      { client_id: client.clientId },
      clientAuth(spec, client),
      tokens.refreshToken,
      requestOptions(spec, call),
    );
    const body = await oauth.processRefreshTokenResponse(as, { client_id: client.clientId }, response);
    return tokenSetFrom(body, spec, tokens, now);
  } catch (error) {
    throw toError('refresh', error, call, client);
  }
}

/** Revoke a token at the vendor's revoke endpoint. False when the vendor has none. */
export async function revokeToken(spec: OAuth2AuthSpec, client: OAuthClient, token: string, call: OAuthCallOptions): Promise<boolean> {
  if (!spec.revokeUrl) return false;
  try {
    const as = server(spec);
    const response = await oauth.revocationRequest(
      as,
      { client_id: client.clientId },
      clientAuth(spec, client),
      token,
      requestOptions(spec, call),
    );
    await oauth.processRevocationResponse(response);
    return true;
  } catch (error) {
    throw toError('revoke', error, call, client);
  }
}
