import { randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { consentPage } from './consent.js';
import { readChallenge } from './pkce.js';
import { createTokenStore, type PendingCode } from './store.js';
import { tokenEndpoint } from './token-endpoint.js';
import type { GrantEvent, OAuthSimulatorOptions, SimulatedClient, TokenInfo } from './types.js';

interface PendingRequest {
  client: SimulatedClient;
  redirectUri: string;
  scope: string;
  state: string | null;
  challenge: PendingCode['challenge'];
}

export interface OAuthSimulator {
  /** Add the authorize (consent), token and revoke routes at the vendor's paths. */
  mount(app: Hono, paths: { authorize: string; token: string; revoke?: string }): void;
  /** A valid, unexpired access token's grant, for the vendor API routes. */
  tokenInfo(accessToken: string): TokenInfo | undefined;
  /** The client a live access or refresh token was issued to (Google's per-client grant state). */
  clientOf(token: string): string | undefined;
  expireAccessTokens(): void;
  /**
   * Issue another access token of the same grant as a live one, with its own lifetime: a vendor's token
   * exchange outside RFC 6749 (Meta's `fb_exchange_token` for a long-lived token). Undefined for a token
   * that is not live (unknown, expired, revoked).
   */
  reissue(accessToken: string, ttlSeconds: number): { accessToken: string; expiresIn: number } | undefined;
  /** End the grant of a live token and every token issued with it (a vendor's own deauthorize call); false when not live. */
  revokeGrant(token: string): boolean;
  /** Token-endpoint and revoke calls so far. */
  readonly grants: GrantEvent[];
  /**
   * Drive the consent screen like a person would (GET it, submit Allow or
   * Deny) and return the URL the vendor redirects to. For tests without a browser.
   */
  consent(authorizeUrl: string, decision?: 'allow' | 'deny', fetchImpl?: typeof fetch): Promise<string>;
}

const oauthError = (c: Context, status: 400 | 401, error: string, description: string) =>
  c.json({ error, error_description: description }, status);

/**
 * A fake OAuth 2.0 authorization server for vendor simulators: an HTML
 * consent screen, single-use codes that expire, exact redirect URIs, PKCE
 * (S256, or plain where the vendor allows it), refresh tokens (optionally
 * rotated, reuse detected, optionally only for some scopes), revocation,
 * and vendor quirks in the token response and error answers.
 *
 * @example
 * const oauth = createOAuthSimulator({ vendor: 'Salesforce', clients: [client], pkce: 'required', accessTokenTtlSeconds: null });
 * oauth.mount(app, { authorize: '/services/oauth2/authorize', token: '/services/oauth2/token', revoke: '/services/oauth2/revoke' });
 */
export function createOAuthSimulator(options: OAuthSimulatorOptions): OAuthSimulator {
  const now = () => (options.now ? options.now().getTime() : Date.now());
  const store = createTokenStore(now, options.tokenSecret);
  const pending = new Map<string, PendingRequest>();
  const grants: GrantEvent[] = [];

  const authorize = (c: Context) => {
    const q = c.req.query();
    const client = options.clients.find((x) => x.clientId === q['client_id']);
    if (!client) return c.text(`Unknown client_id "${q['client_id'] ?? ''}"`, 400);
    const redirectUri = q['redirect_uri'] ?? '';
    // A redirect URI that is not registered must never be redirected to.
    if (!client.redirectUris.includes(redirectUri))
      return c.text('error=redirect_uri_mismatch: the redirect_uri is not registered for this app', 400);
    const back = (params: Record<string, string>) =>
      c.redirect(`${redirectUri}?${new URLSearchParams({ ...params, ...(q['state'] ? { state: q['state'] } : {}) })}`, 302);
    if (q['response_type'] !== 'code') return back({ error: 'unsupported_response_type' });
    const pkce = readChallenge(q, options);
    if (!pkce.ok) return back({ error: 'invalid_request', error_description: pkce.description });
    const requestId = randomBytes(16).toString('hex');
    pending.set(requestId, {
      client,
      redirectUri,
      scope: q['scope'] ?? '',
      state: q['state'] ?? null,
      challenge: pkce.challenge,
    });
    return c.html(
      consentPage({
        vendor: options.vendor,
        clientId: client.clientId,
        scope: q['scope'] ?? '',
        decisionUrl: `${c.req.path.split('/').pop() ?? 'authorize'}/decision`,
        requestId,
      }),
    );
  };

  const decide = async (c: Context) => {
    const form = await c.req.parseBody();
    const request = pending.get(String(form['request'] ?? ''));
    if (!request) return c.text('This consent request expired.', 400);
    pending.delete(String(form['request']));
    const state: Record<string, string> = request.state ? { state: request.state } : {};
    if (form['decision'] !== 'allow')
      return c.redirect(`${request.redirectUri}?${new URLSearchParams({ error: 'access_denied', ...state })}`, 302);
    const code = store.newCode({
      clientId: request.client.clientId,
      redirectUri: request.redirectUri,
      scope: request.scope,
      challenge: request.challenge,
      expiresAt: now() + (options.codeTtlSeconds ?? 600) * 1000,
    });
    return c.redirect(`${request.redirectUri}?${new URLSearchParams({ code, ...state })}`, 302);
  };

  /** RFC 7009: 200 even for a token that is not valid, unless the vendor answers those with an error (Salesforce). */
  const revoke = async (c: Context) => {
    const form = await c.req.parseBody();
    const token = String(form['token'] ?? '');
    const grant = store.liveGrant(token);
    const refusal = options.revokeInvalidToken;
    if (!grant && refusal) {
      grants.push({ kind: 'revoke', ok: false, error: refusal.error });
      return oauthError(c, 400, refusal.error, refusal.description);
    }
    const family = grant?.family ?? store.familyOf(token);
    if (family) store.revokeFamily(family);
    grants.push({ kind: 'revoke', ok: true, ...(grant ? { clientId: grant.clientId } : {}) });
    return c.body(null, 200);
  };

  return {
    mount(app, paths) {
      app.get(paths.authorize, authorize);
      app.post(`${paths.authorize}/decision`, decide);
      app.post(paths.token, tokenEndpoint({ options, store, grants, oauthError }));
      if (paths.revoke) app.post(paths.revoke, revoke);
    },
    tokenInfo: (t) => store.accessInfo(t),
    clientOf: (t) => store.liveGrant(t)?.clientId,
    expireAccessTokens: () => store.expireAccessTokens(),
    reissue(accessToken, ttlSeconds) {
      const info = store.accessInfo(accessToken);
      const family = store.familyOf(accessToken);
      if (!info || !family) return undefined;
      const issued = store.issue(info.clientId, info.scope, ttlSeconds, false, family);
      return { accessToken: issued.accessToken, expiresIn: ttlSeconds };
    },
    revokeGrant(token) {
      const grant = store.liveGrant(token);
      if (!grant) return false;
      store.revokeFamily(grant.family);
      grants.push({ kind: 'revoke', ok: true, clientId: grant.clientId });
      return true;
    },
    grants,
    async consent(authorizeUrl, decision = 'allow', fetchImpl = fetch) {
      const page = await fetchImpl(authorizeUrl, { redirect: 'manual' });
      if (page.status !== 200) return page.headers.get('location') ?? `status ${page.status}: ${await page.text()}`;
      const html = await page.text();
      const action = /action="([^"]+)"/.exec(html)?.[1] ?? '';
      const request = /name="request" value="([^"]+)"/.exec(html)?.[1] ?? '';
      const answer = await fetchImpl(new URL(action, authorizeUrl), {
        method: 'POST',
        body: new URLSearchParams({ request, decision }),
        redirect: 'manual',
      });
      return answer.headers.get('location') ?? '';
    },
  };
}
