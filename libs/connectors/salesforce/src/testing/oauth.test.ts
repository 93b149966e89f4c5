import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@tributary/testing';
import { DEFAULT_SALESFORCE_CLIENT } from './oauth.js';
import { createSalesforceSimulator, type SalesforceSimulator } from './simulator.js';

describe('Salesforce OAuth endpoints (real HTTP)', () => {
  let sim: SalesforceSimulator;
  let server: RunningServer;
  beforeAll(async () => {
    sim = createSalesforceSimulator({ seed: 2, accounts: 3 });
    server = await sim.start();
  });
  afterAll(() => server.close());

  const client = DEFAULT_SALESFORCE_CLIENT;
  const authorize = (params: Record<string, string>) =>
    fetch(
      `${server.url}/services/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: client.clientId, redirect_uri: client.redirectUris[0] ?? '', ...params })}`,
      { redirect: 'manual' },
    );

  it('answers the token call like Salesforce: instance_url, id, issued_at, signature, Bearer, no expires_in', async () => {
    const grants = sim.oauth.grants.length;
    await sim.connect(server.url);
    const token = sim.requests.filter({ path: '/services/oauth2/token' }).at(-1);
    expect(token?.body).toMatchObject({ grant_type: ['authorization_code'], code_verifier: [expect.any(String)] });
    expect(sim.oauth.grants.slice(grants)).toEqual([{ kind: 'authorization_code', ok: true, clientId: client.clientId }]);
    const res = await fetch(`${server.url}/services/oauth2/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: (await sim.connect(server.url)).refreshToken ?? '',
        client_id: client.clientId,
        client_secret: client.clientSecret,
      }),
    });
    const body = (await res.json()) as Record<string, string>;
    expect(body).toMatchObject({
      token_type: 'Bearer',
      instance_url: server.url,
      id: `${server.url}/id/${sim.data.org.id}/${body['id']?.split('/').at(-1)}`,
    });
    expect(body).not.toHaveProperty('expires_in');
    expect(body['issued_at']).toMatch(/^\d{13}$/);
    expect(body['signature']).toBe(createHmac('sha256', client.clientSecret).update(`${body['id']}${body['issued_at']}`).digest('base64'));
  });

  it('requires PKCE and shows an HTML consent screen', async () => {
    const noChallenge = await authorize({});
    expect(noChallenge.headers.get('location')).toMatch(/error=invalid_request/);
    const page = await authorize({ code_challenge: 'x'.repeat(43), code_challenge_method: 'S256', scope: 'api refresh_token' });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<form method="post"/);
    expect(html).toContain('<li>refresh_token</li>');
  });

  it('rejects expired and revoked sessions with 401 INVALID_SESSION_ID', async () => {
    const tokens = await sim.connect(server.url);
    const limits = (token: string) => fetch(`${server.url}/services/data/v62.0/limits`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await limits(tokens.accessToken)).status).toBe(200);
    await fetch(`${server.url}/services/oauth2/revoke`, {
      method: 'POST',
      body: new URLSearchParams({ token: tokens.refreshToken ?? '' }),
    });
    const revoked = await limits(tokens.accessToken);
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    const fresh = await sim.connect(server.url);
    sim.oauth.expireAccessTokens();
    expect((await limits(fresh.accessToken)).status).toBe(401);
  });
});
