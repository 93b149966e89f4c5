import {
  createAuthorizationRequest,
  createConnectorContext,
  exchangeCode,
  parseCallback,
  refreshTokens,
  type OAuth2AuthSpec,
} from '@tributary/core';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripe } from './connector.js';
import { APPS_OAUTH_PATHS, createStripeSimulator, type StripeSimulator } from './sandbox/index.js';

const REDIRECT = 'https://tributary.example.com/api/connectors/stripe/callback';
const NOW = new Date('2026-12-01T10:00:00Z');

/** The connector's OAuth spec pointed at the simulator, as the gateway points it at the sandbox. */
function specAt(base: string): OAuth2AuthSpec {
  if (!stripe.oauth) throw new Error('Stripe declares an OAuth alternative to keys');
  return { ...stripe.oauth, authorizeUrl: `${base}${APPS_OAUTH_PATHS.authorize}`, tokenUrl: `${base}${APPS_OAUTH_PATHS.token}` };
}

describe('Stripe Apps OAuth: the install flow beside API keys', () => {
  let sim: StripeSimulator;
  let server: RunningServer;
  let spec: OAuth2AuthSpec;
  const client = { clientId: 'ca_tributaryapp', clientSecret: '', redirectUri: REDIRECT };
  const call = { vendor: 'Stripe', now: () => NOW };

  beforeAll(async () => {
    sim = createStripeSimulator({ seed: 2, customers: 5, charges: 20 });
    server = await sim.start();
    spec = specAt(server.url);
    client.clientSecret = sim.apiKey;
    sim.connect.clients.push({ clientId: client.clientId, clientSecret: sim.apiKey, redirectUris: [REDIRECT] });
  });
  afterAll(() => server.close());

  it('declares the Stripe Apps install link and token endpoint, not Connect OAuth', () => {
    expect(stripe.oauth).toMatchObject({
      authorizeUrl: 'https://marketplace.stripe.com/oauth/v2/authorize',
      tokenUrl: 'https://api.stripe.com/v1/oauth/token',
      scopes: [],
      tokenAuthMethod: 'client_secret_bearer',
    });
  });

  it('installs: the token request is the platform key as Bearer with only grant_type and code; the token reads the API and expires in an hour', async () => {
    const request = await createAuthorizationRequest(spec, client);
    const back = new URL(await sim.connect.apps.consent(request.url));
    const tokens = await exchangeCode(spec, client, parseCallback(spec, client, back, request.state, call), undefined, call);
    const token = sim.requests.all.find((r) => r.path === APPS_OAUTH_PATHS.token);
    expect(token?.headers['authorization']).toBe(`Bearer ${sim.apiKey}`);
    expect(token?.body).toEqual({ grant_type: ['authorization_code'], code: [back.searchParams.get('code')] });
    expect(tokens).toMatchObject({ accountId: 'acct_1TributarySandbox', expiresAt: '2026-12-01T11:00:00.000Z' });
    const charges = await fetch(`${server.url}/v1/charges`, { headers: { authorization: `Bearer ${tokens.accessToken}` } });
    expect(charges.status).toBe(200);

    // Refresh tokens rotate: the new one replaces the old, which is refused afterwards.
    const refreshed = await refreshTokens(spec, client, tokens, call);
    expect(refreshed.refreshToken).not.toBe(tokens.refreshToken);
    await expect(refreshTokens(spec, client, tokens, call)).rejects.toMatchObject({ kind: 'auth_revoked' });
  });

  it('disconnects: deauthorizes the account with the platform key, after which its token is refused', async () => {
    const request = await createAuthorizationRequest(spec, client);
    const back = new URL(await sim.connect.apps.consent(request.url));
    const tokens = await exchangeCode(spec, client, parseCallback(spec, client, back, request.state, call), undefined, call);
    const config = { tokens };
    const ctx = createConnectorContext(stripe, config, {}, { baseUrl: server.url });
    await stripe.revokeAccess?.(config, { ...ctx, oauth: { client, spec } });
    const deauthorize = sim.requests.all.find((r) => r.path === APPS_OAUTH_PATHS.deauthorize);
    expect(deauthorize?.body).toEqual({ client_id: [client.clientId], stripe_user_id: ['acct_1TributarySandbox'] });
    expect(deauthorize?.headers['authorization']).toBe(`Bearer ${sim.apiKey}`);
    const after = await fetch(`${server.url}/v1/charges`, { headers: { authorization: `Bearer ${tokens.accessToken}` } });
    expect(after.status).toBe(401);
  });
});
