import { randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { consentPage } from './consent.js';
import { createTokenStore, s256 } from './store.js';
import { tokenEndpoint } from './token-endpoint.js';
import type { GrantEvent, OAuthSimulatorOptions, SimulatedClient, TokenInfo } from './types.js';

interface PendingRequest {
  client: SimulatedClient;
  redirectUri: string;
  scope: string;
  state: string | null;
  challenge: string | null;
}

export interface OAuthSimulator {
  /** Add the authorize (consent), token and revoke routes at the vendor's paths. */
  mount(app: Hono, paths: { authorize: string; token: string; revoke?: string }): void;
  /** A valid, unexpired access token's grant, for the vendor API routes. */
  tokenInfo(accessToken: string): TokenInfo | undefined;
  expireAccessTokens(): void;
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
 * S256, refresh tokens (optionally rotated, reuse detected), revocation,
 * and vendor quirks in the token response.
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
    const challenge = q['code_challenge'] ?? null;
    if (options.pkce === 'required' && !challenge) return back({ error: 'invalid_request', error_description: 'code_challenge required' });
    if (challenge && options.pkce !== 'unsupported' && q['code_challenge_method'] !== 'S256')
      return back({ error: 'invalid_request', error_description: 'S256 only' });
    const requestId = randomBytes(16).toString('hex');
    pending.set(requestId, {
      client,
      redirectUri,
      scope: q['scope'] ?? '',
      state: q['state'] ?? null,
      challenge: options.pkce === 'unsupported' ? null : challenge,
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

  const revoke = async (c: Context) => {
    const form = await c.req.parseBody();
    const family = store.familyOf(String(form['token'] ?? ''));
    if (family) store.revokeFamily(family);
    grants.push({ kind: 'revoke', ok: true });
    return c.body(null, 200);
  };

  return {
    mount(app, paths) {
      app.get(paths.authorize, authorize);
      app.post(`${paths.authorize}/decision`, decide);
      app.post(paths.token, tokenEndpoint({ options, store, grants, oauthError, s256 }));
      if (paths.revoke) app.post(paths.revoke, revoke);
    },
    tokenInfo: (t) => store.accessInfo(t),
    expireAccessTokens: () => store.expireAccessTokens(),
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
