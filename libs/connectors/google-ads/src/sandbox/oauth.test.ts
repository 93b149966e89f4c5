import type { SimulatedClient } from '@tributary/sandbox';
import { describe, expect, it } from 'vitest';
import { ADWORDS_SCOPE } from './access.js';
import { DEFAULT_GOOGLE_CLIENT, GOOGLE_OAUTH_PATHS } from './oauth.js';
import { createGoogleAdsSimulator, type GoogleAdsSimulator } from './simulator.js';

const form = (fields: Record<string, string>) => ({ method: 'POST', body: new URLSearchParams(fields) });

/** Consent for `client` with these authorization parameters and exchange the code (in-process). */
async function grant(sim: GoogleAdsSimulator, client: SimulatedClient, params: Record<string, string>, verifier?: string) {
  const redirectUri = client.redirectUris[0] ?? '';
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: redirectUri,
    scope: ADWORDS_SCOPE,
    ...params,
  });
  const inProcess: typeof fetch = async (input, init) => sim.app.request(input instanceof Request ? input : String(input), init);
  const back = new URL(await sim.google.oauth.consent(`http://google.sim${GOOGLE_OAUTH_PATHS.authorize}?${query}`, 'allow', inProcess));
  const exchange = {
    grant_type: 'authorization_code',
    code: back.searchParams.get('code') ?? '',
    redirect_uri: redirectUri,
    client_id: client.clientId,
    client_secret: client.clientSecret,
    ...(verifier ? { code_verifier: verifier } : {}),
  };
  return sim.app.request(GOOGLE_OAUTH_PATHS.token, form(exchange));
}

describe("Google's authorization server", () => {
  it('issues Bearer tokens for 3599 seconds, with a refresh token for offline access', async () => {
    const sim = createGoogleAdsSimulator();
    const tokens = await sim.google.authorize();
    expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 3599, scope: ADWORDS_SCOPE, refresh_token: expect.any(String) });
    expect(sim.google.oauth.tokenInfo(tokens.access_token)).toMatchObject({ clientId: DEFAULT_GOOGLE_CLIENT.clientId });
  });

  it('gives no refresh token for online access, nor on a repeat grant without prompt=consent', async () => {
    const sim = createGoogleAdsSimulator();
    expect((await sim.google.authorize({ offline: false })).refresh_token).toBeUndefined();
    expect((await sim.google.authorize({ prompt: 'select_account' })).refresh_token).toBeDefined(); // the first offline grant
    expect((await sim.google.authorize({ prompt: 'select_account' })).refresh_token).toBeUndefined();
    expect((await sim.google.authorize({ prompt: 'consent' })).refresh_token).toBeDefined();
  });

  it('refuses an authorization request without a scope or with an unknown access_type (an HTML error page)', async () => {
    const sim = createGoogleAdsSimulator();
    const base = `${GOOGLE_OAUTH_PATHS.authorize}?response_type=code&client_id=${DEFAULT_GOOGLE_CLIENT.clientId}&redirect_uri=${encodeURIComponent(DEFAULT_GOOGLE_CLIENT.redirectUris[0] ?? '')}`;
    const noScope = await sim.app.request(base);
    expect(noScope.status).toBe(400);
    expect(await noScope.text()).toContain('Missing required parameter: scope');
    const badAccess = await sim.app.request(`${base}&scope=${encodeURIComponent(ADWORDS_SCOPE)}&access_type=forever`);
    expect(await badAccess.text()).toContain('Invalid access_type');
  });

  it("answers a refused refresh with Google's invalid_grant after the token was revoked", async () => {
    const sim = createGoogleAdsSimulator();
    const tokens = await sim.google.authorize();
    const { clientId, clientSecret } = DEFAULT_GOOGLE_CLIENT;
    const refresh = () =>
      sim.app.request(
        GOOGLE_OAUTH_PATHS.token,
        form({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token ?? '', client_id: clientId, client_secret: clientSecret }),
      );
    const ok = await refresh();
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as Record<string, unknown>)['refresh_token']).toBeUndefined(); // Google keeps the old one valid
    expect((await sim.app.request(GOOGLE_OAUTH_PATHS.revoke, form({ token: tokens.refresh_token ?? '' }))).status).toBe(200);
    const refused = await refresh();
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
    expect((await sim.google.authorize({ prompt: 'none' })).refresh_token).toBeDefined(); // after a revoke the next grant is a first one
  });

  it('reads a code_challenge without code_challenge_method as plain', async () => {
    const sim = createGoogleAdsSimulator();
    const verifier = 'plain-verifier-'.padEnd(43, 'x');
    const plain = await grant(sim, DEFAULT_GOOGLE_CLIENT, { code_challenge: verifier }, verifier);
    expect(plain.status).toBe(200);
    const explicit = await grant(sim, DEFAULT_GOOGLE_CLIENT, { code_challenge: verifier, code_challenge_method: 'plain' }, verifier);
    expect(explicit.status).toBe(200);
    const wrong = await grant(sim, DEFAULT_GOOGLE_CLIENT, { code_challenge: verifier }, 'another-verifier'.padEnd(43, 'y'));
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it("a revoke resets only the revoked token's client grant", async () => {
    const other: SimulatedClient = {
      clientId: 'other.apps.googleusercontent.com',
      clientSecret: 'GOCSPX-other',
      redirectUris: ['http://127.0.0.1:4000/cb'],
    };
    const sim = createGoogleAdsSimulator({ clients: [{ ...DEFAULT_GOOGLE_CLIENT }, other] });
    const offline = { access_type: 'offline', prompt: 'select_account' };
    const refreshOf = async (res: Response) => ((await res.json()) as Record<string, unknown>)['refresh_token'];
    expect(await refreshOf(await grant(sim, other, offline))).toBeDefined();
    const mine = await sim.google.authorize({ prompt: 'select_account' });
    expect(await refreshOf(await grant(sim, other, offline))).toBeUndefined();
    expect((await sim.app.request(GOOGLE_OAUTH_PATHS.revoke, form({ token: mine.refresh_token ?? '' }))).status).toBe(200);
    expect(await refreshOf(await grant(sim, other, offline))).toBeUndefined(); // the other client's grant stands
    expect((await sim.google.authorize({ prompt: 'select_account' })).refresh_token).toBeDefined();
    // The status Google gives an unknown token is not in our vendor facts; only its effect is asserted.
    await sim.app.request(GOOGLE_OAUTH_PATHS.revoke, form({ token: 'unknown-token' }));
    expect((await sim.google.authorize({ prompt: 'select_account' })).refresh_token).toBeUndefined(); // an unknown token resets nothing
  });
});
