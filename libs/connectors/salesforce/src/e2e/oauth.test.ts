import {
  decodeCursor,
  createAuthorizationRequest,
  createConnectorContext,
  exchangeCode,
  parseCallback,
  refreshTokens,
  revokeToken,
  type OAuth2AuthSpec,
  type SyncOptions,
  type TokenSet,
} from '@tributary/core';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesforce, type SalesforceCredentials } from '../connector.js';
import type { SalesforceSettings } from '../settings.js';
import { createSalesforceSimulator, oauthClientOf, type SalesforceSimulator } from '../sandbox/index.js';

const call = { vendor: 'Salesforce' };

/** The OAuth 2.0 web server flow, driven by core's engine from the connector's declared spec, against the simulator. */
describe('Salesforce OAuth end to end with the core engine', () => {
  let sim: SalesforceSimulator;
  let api: RunningServer;
  let spec: OAuth2AuthSpec;
  let settings: Record<string, unknown>;
  const client = () => oauthClientOf(sim.client);

  beforeAll(async () => {
    sim = createSalesforceSimulator({ seed: 21, accounts: 40, pageSize: 25 });
    api = await sim.start();
    settings = { loginHost: api.url };
    if (salesforce.auth.type !== 'oauth2') throw new Error('Salesforce declares OAuth');
    spec = { ...salesforce.auth, ...salesforce.oauthEndpoints?.(salesforce.settingsSchema.parse(settings)) };
  });
  afterAll(() => api.close());

  async function connect(): Promise<TokenSet> {
    const request = await createAuthorizationRequest(spec, client());
    const url = new URL(request.url);
    expect(url.origin).toBe(api.url);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      scope: 'api refresh_token',
      code_challenge_method: 'S256',
      redirect_uri: sim.client.redirectUris[0],
    });
    const callback = new URL(await sim.oauth.consent(request.url));
    expect(callback.pathname).toBe('/api/connectors/salesforce/callback');
    const params = parseCallback(spec, client(), callback, request.state, call);
    return exchangeCode(spec, client(), params, request.codeVerifier, call);
  }

  /** A connection built as the pipeline builds it, from the stored config: no base URL override. */
  async function connection(tokens: TokenSet): Promise<{ credentials: SalesforceCredentials; options: SyncOptions<SalesforceSettings> }> {
    const config = salesforce.configSchema.parse({ tokens });
    const parsedSettings = salesforce.settingsSchema.parse(settings);
    const { credentials } = await salesforce.authenticate(config, createConnectorContext(salesforce, config, parsedSettings));
    return {
      credentials,
      options: { ...createConnectorContext(salesforce, credentials, parsedSettings, { http: { retries: 0 } }), mode: 'full' },
    };
  }

  it('authorizes with PKCE on the consent screen, exchanges the code, and uses instance_url as the API base', async () => {
    const tokens = await connect();
    expect(tokens).toMatchObject({ instanceUrl: api.url, scope: 'api refresh_token', refreshToken: expect.stringMatching(/^rt_/) });
    expect(tokens.expiresAt).toBeUndefined();
    const { credentials, options } = await connection(tokens);
    expect(credentials).toEqual({ accessToken: tokens.accessToken, instanceUrl: api.url });
    expect(options.http.baseUrl).toBe(api.url);
    const before = sim.requests.count();
    const page = await salesforce.sync(credentials, null, options);
    expect(page.records).toHaveLength(25);
    expect(sim.requests.all.slice(before).every((r) => r.headers['authorization'] === `Bearer ${tokens.accessToken}`)).toBe(true);
  });

  it('asks for the refresh_token scope, without which Salesforce issues no refresh token', async () => {
    const request = await createAuthorizationRequest(spec, client());
    expect(new URL(request.url).searchParams.get('scope')?.split(' ')).toContain('refresh_token');
    const apiOnly = { ...spec, scopes: ['api'] };
    const bare = await createAuthorizationRequest(apiOnly, client());
    const params = parseCallback(apiOnly, client(), new URL(await sim.oauth.consent(bare.url)), bare.state, call);
    const tokens = await exchangeCode(apiOnly, client(), params, bare.codeVerifier, call);
    expect(tokens).toMatchObject({ scope: 'api', accessToken: expect.any(String) });
    expect(tokens.refreshToken).toBeUndefined();
  });

  it('an expired session is auth_expired; a refresh (no expires_in, same instance) makes it work again', async () => {
    const tokens = await connect();
    sim.oauth.expireAccessTokens();
    const stale = await connection(tokens);
    await expect(salesforce.sync(stale.credentials, null, stale.options)).rejects.toMatchObject({
      kind: 'auth_expired',
      vendorCode: 'INVALID_SESSION_ID',
    });
    const refreshed = await refreshTokens(spec, client(), tokens, call);
    expect(refreshed).toMatchObject({ instanceUrl: api.url, refreshToken: tokens.refreshToken });
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    const fresh = await connection(refreshed);
    expect((await salesforce.sync(fresh.credentials, null, fresh.options)).records.length).toBeGreaterThan(0);
  });

  it('restarts a query whose locator belongs to the session before a refresh, losing nothing', async () => {
    const tokens = await connect();
    const first = await connection(tokens);
    const page = await salesforce.sync(first.credentials, null, first.options);
    expect(decodeCursor(page.cursor).run?.slices[0]?.s.token).toMatch(/\/query\/01g/);
    const second = await connection(await refreshTokens(spec, client(), tokens, call));
    const before = sim.requests.count();
    const seen = new Set(page.records.map((r) => r.raw['Id']));
    let cursor = page.cursor;
    for (let more = true; more;) {
      const next = await salesforce.sync(second.credentials, cursor, second.options);
      next.records.filter((r) => r.stream === 'accounts').forEach((r) => seen.add(r.raw['Id']));
      cursor = next.cursor;
      more = decodeCursor(cursor).run?.slices[0]?.stream === 'accounts';
    }
    expect(sim.requests.all[before]?.path).toMatch(/\/queryAll$/);
    expect(sim.requests.all[before]?.query['q']?.[0]).toMatch(/FROM Account WHERE SystemModstamp >= /);
    expect(seen.size).toBe(sim.data.count('Account'));
  });

  it('revokes on disconnect: the session is refused and the refresh token is dead (reconnect)', async () => {
    const tokens = await connect();
    expect(await revokeToken(spec, client(), tokens.refreshToken ?? '', call)).toBe(true);
    const revoked = await connection(tokens);
    await expect(salesforce.sync(revoked.credentials, null, revoked.options)).rejects.toMatchObject({ kind: 'auth_expired' });
    await expect(refreshTokens(spec, client(), tokens, call)).rejects.toMatchObject({ kind: 'auth_revoked', oauthError: 'invalid_grant' });
    expect(sim.oauth.grants.filter((g) => g.kind === 'revoke')).toHaveLength(1);
  });
});
