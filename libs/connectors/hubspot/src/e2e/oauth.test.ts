import { pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import {
  createAuthorizationRequest,
  createConnectorContext,
  exchangeCode,
  parseCallback,
  refreshTokens,
  revokeToken,
  type OAuth2AuthSpec,
  type TokenSet,
} from '@tributary/core';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspot, HUBSPOT_SCOPES } from '../connector.js';
import { createHubSpotSimulator, HUBSPOT_OAUTH_PATHS, oauthClientOf, type HubSpotSimulator } from '../sandbox/index.js';

const call = { vendor: 'HubSpot' };
const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';

/** The public app's OAuth, driven by core's engine from the connector's declared spec, against the simulator. */
describe('HubSpot OAuth end to end with the core engine', () => {
  let sim: HubSpotSimulator;
  let api: RunningServer;
  let spec: OAuth2AuthSpec;
  let h: PipelineHarness;
  const client = () => oauthClientOf(sim.client);
  const refreshes = () => sim.oauth.grants.filter((g) => g.kind === 'refresh_token' && g.ok).length;
  /** A connection with these tokens (one HubSpot connector per tenant: the previous one goes). */
  const connection = async (tokens: TokenSet) => {
    await h.db.prisma.connector.deleteMany({ where: { tenantId: h.tenantId, type: 'hubspot' } });
    return h.connect('hubspot', { tokens });
  };

  beforeAll(async () => {
    sim = createHubSpotSimulator({ seed: 17, companies: 12, hubId: 62_515 });
    api = await sim.start();
    if (!hubspot.oauth) throw new Error('HubSpot declares OAuth');
    spec = {
      ...hubspot.oauth,
      authorizeUrl: `${api.url}${HUBSPOT_OAUTH_PATHS.authorize}`,
      tokenUrl: `${api.url}${HUBSPOT_OAUTH_PATHS.token}`,
      revokeUrl: `${api.url}${HUBSPOT_OAUTH_PATHS.revoke}`,
    };
    h = await pipelineHarness([hubspot], {
      server,
      deps: {
        connectionOptions: () => ({ baseUrl: api.url, http: { retryBaseMs: 5, retryCapMs: 50 } }),
        oauth: { client, spec: () => spec },
      },
    });
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  async function connect(): Promise<TokenSet> {
    const request = await createAuthorizationRequest(spec, client());
    expect(Object.fromEntries(new URL(request.url).searchParams)).toMatchObject({
      client_id: sim.client.clientId,
      redirect_uri: sim.client.redirectUris[0],
      scope: HUBSPOT_SCOPES.join(' '),
      code_challenge_method: 'S256',
    });
    const callback = new URL(await sim.oauth.consent(request.url));
    const params = parseCallback(spec, client(), callback, request.state, call);
    return exchangeCode(spec, client(), params, request.codeVerifier, call);
  }

  const firstPage = async (tokens: TokenSet) => {
    const config = hubspot.configSchema.parse({ tokens });
    const settings = hubspot.settingsSchema.parse({});
    const { credentials } = await hubspot.authenticate(config, createConnectorContext(hubspot, config, settings, { baseUrl: api.url }));
    const ctx = createConnectorContext(hubspot, credentials, settings, { baseUrl: api.url, http: { retries: 0 } });
    return hubspot.sync(credentials, null, { ...ctx, mode: 'full' });
  };

  it('authorizes with PKCE on the consent screen, keeps the portal id, and reads with the 30-minute token', async () => {
    const tokens = await connect();
    expect(tokens).toMatchObject({ accountId: '62515', tokenType: 'bearer', refreshToken: expect.any(String) });
    expect(Date.parse(tokens.expiresAt ?? '') - Date.parse(tokens.obtainedAt)).toBe(1_800_000);
    const before = sim.requests.count();
    expect((await firstPage(tokens)).records.length).toBeGreaterThan(0);
    expect(sim.requests.all.slice(before).every((r) => r.headers['authorization'] === `Bearer ${tokens.accessToken}`)).toBe(true);
  });

  it('an expired token is auth_expired (without the token in the message); a refresh keeps the refresh token and works', async () => {
    const tokens = await connect();
    sim.expireAccessTokens();
    const stale = await firstPage(tokens).catch((e: unknown) => e);
    expect(stale).toMatchObject({ kind: 'auth_expired', vendorCode: 'EXPIRED_AUTHENTICATION' });
    expect(String((stale as Error).message)).not.toContain(tokens.accessToken);
    const refreshed = await refreshTokens(spec, client(), tokens, call);
    expect(refreshed).toMatchObject({ refreshToken: tokens.refreshToken, accountId: '62515' });
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect((await firstPage(refreshed)).records.length).toBeGreaterThan(0);
  });

  it('the pipeline refreshes a token about to expire before syncing, and one HubSpot says expired once, storing each', async () => {
    const tokens = await connect();
    const soon = { ...tokens, expiresAt: new Date(Date.now() + 120_000).toISOString() };
    const id = await connection(soon);
    const before = refreshes();
    expect((await runSync(h.deps, h.tenantId, id, { mode: 'full', retryBaseMs: 5 })).status).toBe('completed');
    expect(refreshes() - before).toBe(1);
    const stored = async () => {
      const row = await h.db.prisma.connector.findUniqueOrThrow({ where: { id } });
      return hubspot.configSchema.parse(h.vault.decrypt(row.config ?? '', { tenantId: h.tenantId, connectorId: id }));
    };
    const first = await stored();
    expect('tokens' in first && first.tokens.accessToken).not.toBe(tokens.accessToken);
    sim.expireAccessTokens();
    expect((await runSync(h.deps, h.tenantId, id, { mode: 'incremental', retryBaseMs: 5 })).status).toBe('completed');
    expect(refreshes() - before).toBe(2);
    const second = await stored();
    expect('tokens' in second && sim.oauth.tokenInfo(second.tokens.accessToken)).toBeTruthy();
  }, 120_000);

  it('revokes the refresh token on disconnect: the next refresh fails as auth_revoked ("reconnect")', async () => {
    const tokens = await connect();
    const id = await connection({ ...tokens, expiresAt: new Date(Date.now() + 60_000).toISOString() });
    expect(await revokeToken(spec, client(), tokens.refreshToken ?? '', call)).toBe(true);
    await expect(refreshTokens(spec, client(), tokens, call)).rejects.toMatchObject({ kind: 'auth_revoked', oauthError: 'invalid_grant' });
    const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full', retryBaseMs: 5 });
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'auth_revoked', retryable: false } });
    expect(outcome.error?.message).toMatch(/Token refresh failed/);
  }, 60_000);
});
