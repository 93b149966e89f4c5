import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@tributary/sandbox';
import { DEFAULT_SALESFORCE_CLIENT, SALESFORCE_SESSION_TIMEOUT_SECONDS } from './oauth.js';
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
  const verifier = 'v'.repeat(43);
  const challenge = { code_challenge: createHash('sha256').update(verifier).digest('base64url'), code_challenge_method: 'S256' };
  /** Consent with Allow and return the code. */
  const codeFor = async (params: Record<string, string>) => {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: client.clientId,
      redirect_uri: client.redirectUris[0] ?? '',
      ...params,
    });
    const back = new URL(await sim.oauth.consent(`${server.url}/services/oauth2/authorize?${query}`));
    return back.searchParams.get('code') ?? '';
  };
  const post = (path: string, fields: Record<string, string>) =>
    fetch(`${server.url}/services/oauth2/${path}`, { method: 'POST', body: new URLSearchParams(fields) });
  const exchange = async (code: string, extra: Record<string, string>) =>
    post('token', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: client.redirectUris[0] ?? '',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      ...extra,
    });

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

  it('answers a wrong code_verifier with invalid_request and a missing one with invalid_grant', async () => {
    const wrong = await exchange(await codeFor({ ...challenge, scope: 'api refresh_token' }), { code_verifier: 'w'.repeat(43) });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_request' });
    const missing = await exchange(await codeFor({ ...challenge, scope: 'api refresh_token' }), {});
    expect(await missing.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('issues a refresh token only for the refresh_token or offline_access scope', async () => {
    const tokens = async (scope: string) =>
      (await (await exchange(await codeFor({ ...challenge, scope }), { code_verifier: verifier })).json()) as Record<string, string>;
    const apiOnly = await tokens('api');
    expect(apiOnly).toMatchObject({ access_token: expect.any(String), scope: 'api' });
    expect(apiOnly).not.toHaveProperty('refresh_token');
    expect(await tokens('api refresh_token')).toHaveProperty('refresh_token');
    expect(await tokens('api offline_access')).toHaveProperty('refresh_token');
  });

  it('revokes a valid token with 200 and answers an unknown or already revoked one with 400 invalid_token', async () => {
    const unknown = await post('revoke', { token: 'not-a-salesforce-token' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: 'invalid_token' });
    const tokens = await sim.connect(server.url);
    expect((await post('revoke', { token: tokens.refreshToken ?? '' })).status).toBe(200);
    expect((await post('revoke', { token: tokens.refreshToken ?? '' })).status).toBe(400);
    expect((await post('revoke', { token: tokens.accessToken })).status).toBe(400);
  });
});

describe('Salesforce session timeout', () => {
  it('ends a session two hours after it was issued when sessionTimeout is on; refreshing starts a new one', async () => {
    let clock = Date.parse('2026-11-01T00:00:00Z');
    const sim = createSalesforceSimulator({ seed: 3, accounts: 2, now: () => new Date(clock), sessionTimeout: true });
    const server = await sim.start();
    try {
      const tokens = await sim.connect(server.url);
      const limits = (token: string) =>
        fetch(`${server.url}/services/data/v62.0/limits`, { headers: { Authorization: `Bearer ${token}` } });
      clock += (SALESFORCE_SESSION_TIMEOUT_SECONDS - 1) * 1000;
      expect((await limits(tokens.accessToken)).status).toBe(200);
      clock += 1000;
      const expired = await limits(tokens.accessToken);
      expect(expired.status).toBe(401);
      expect(await expired.json()).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
      const refreshed = await fetch(`${server.url}/services/oauth2/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: tokens.refreshToken ?? '',
          client_id: sim.client.clientId,
          client_secret: sim.client.clientSecret,
        }),
      });
      const body = (await refreshed.json()) as Record<string, string>;
      expect(body).not.toHaveProperty('expires_in');
      expect((await limits(body['access_token'] ?? '')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('keeps sessions open without sessionTimeout', async () => {
    let clock = Date.parse('2026-11-01T00:00:00Z');
    const sim = createSalesforceSimulator({ seed: 3, accounts: 2, now: () => new Date(clock) });
    const server = await sim.start();
    try {
      const tokens = await sim.connect(server.url);
      clock += 30 * 86_400_000;
      expect(sim.oauth.tokenInfo(tokens.accessToken)).toMatchObject({ expiresAt: null });
    } finally {
      await server.close();
    }
  });
});
