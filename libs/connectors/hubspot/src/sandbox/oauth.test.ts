import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHubSpotSandbox, createHubSpotSimulator, HUBSPOT_OAUTH_PATHS, type HubSpotSimulator } from './index.js';

const form = (sim: HubSpotSimulator, fields: Record<string, string>) =>
  sim.app.request(HUBSPOT_OAUTH_PATHS.token, { method: 'POST', body: new URLSearchParams(fields) });

/** Consent in-process and exchange the code: the raw token response. */
async function authorize(sim: HubSpotSimulator): Promise<Record<string, unknown>> {
  const verifier = randomBytes(32).toString('base64url');
  const redirectUri = sim.client.redirectUris[0] ?? '';
  const url = new URL(`http://hubspot.test${HUBSPOT_OAUTH_PATHS.authorize}`);
  const params = {
    response_type: 'code',
    client_id: sim.client.clientId,
    redirect_uri: redirectUri,
    scope: 'crm.objects.contacts.read oauth',
    state: 's1',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const location = await sim.oauth.consent(url.toString(), 'allow', async (input, init) =>
    sim.app.request(input instanceof Request ? input : String(input), init),
  );
  const code = new URL(location).searchParams.get('code') ?? '';
  const res = await form(sim, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    client_id: sim.client.clientId,
    client_secret: sim.client.clientSecret,
    code_verifier: verifier,
  });
  expect(res.status).toBe(200);
  return z.record(z.string(), z.unknown()).parse(await res.json());
}

describe("the simulator's OAuth", () => {
  it('answers with 30-minute bearer tokens, the portal (hub_id), the user and the scopes as an array', async () => {
    const sim = createHubSpotSimulator({ seed: 1, companies: 1, hubId: 1234 });
    const tokens = await authorize(sim);
    expect(tokens).toMatchObject({
      token_type: 'bearer',
      expires_in: 1800,
      hub_id: 1234,
      user_id: expect.any(Number),
      scopes: ['crm.objects.contacts.read', 'oauth'],
      token_use: 'access_token',
      refresh_token: expect.any(String),
    });
    expect(tokens).not.toHaveProperty('scope');
  });

  it('answers a refresh with the same refresh token, and a dead one with BAD_REFRESH_TOKEN', async () => {
    const sim = createHubSpotSimulator({ seed: 1, companies: 1 });
    const tokens = await authorize(sim);
    const client = { client_id: sim.client.clientId, client_secret: sim.client.clientSecret };
    const refreshed = await form(sim, { grant_type: 'refresh_token', refresh_token: String(tokens['refresh_token']), ...client });
    expect(await refreshed.json()).toMatchObject({ refresh_token: tokens['refresh_token'], expires_in: 1800, hub_id: sim.hubId });
    const revoke = await sim.app.request(HUBSPOT_OAUTH_PATHS.revoke, {
      method: 'POST',
      body: new URLSearchParams({ token: String(tokens['refresh_token']), token_type_hint: 'refresh_token', ...client }),
    });
    expect(revoke.status).toBe(200);
    const dead = await form(sim, { grant_type: 'refresh_token', refresh_token: String(tokens['refresh_token']), ...client });
    expect(dead.status).toBe(400);
    expect(await dead.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'refresh token is invalid, expired or revoked',
      status: 'BAD_REFRESH_TOKEN',
    });
  });
});

describe('the HubSpot sandbox', () => {
  it('accepts its private app token, and registers the same OAuth app for a redirect URI in every process', async () => {
    const sandbox = createHubSpotSandbox({ companies: 5 });
    const uri = 'http://127.0.0.1:3000/api/connectors/hubspot/callback';
    const client = sandbox.registerOAuthClient?.(uri);
    expect(createHubSpotSandbox({ companies: 5 }).registerOAuthClient?.(uri)).toEqual(client);
    expect(sandbox.registerOAuthClient?.('http://other.example/cb')).not.toEqual(client);
    expect(sandbox.oauthPaths).toEqual(HUBSPOT_OAUTH_PATHS);
    const res = await sandbox.fetch(
      new Request('http://sandbox.test/crm/v3/objects/companies?limit=100', { headers: { authorization: `Bearer ${sandbox.apiKey}` } }),
    );
    expect(z.object({ results: z.array(z.unknown()) }).parse(await res.json()).results).toHaveLength(5);
  });
});
