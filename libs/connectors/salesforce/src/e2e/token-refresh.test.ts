import type { RunningServer } from '@tributary/sandbox';
import { pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesforce } from '../connector.js';
import {
  createSalesforceSimulator,
  DEFAULT_SALESFORCE_CLIENT,
  oauthClientOf,
  simulatorOAuthSpec,
  type SalesforceSimulator,
} from '../sandbox/index.js';

/**
 * Salesforce issues no expires_in: the token is used until the API answers
 * 401 INVALID_SESSION_ID; the pipeline then refreshes once (single-flight,
 * written before use) and carries on from the checkpoint.
 */
describe('Salesforce token refresh on INVALID_SESSION_ID', () => {
  let sim: SalesforceSimulator;
  let api: RunningServer;
  let h: PipelineHarness;

  beforeAll(async () => {
    sim = createSalesforceSimulator({ seed: 5, accounts: 40 });
    api = await sim.start();
    h = await pipelineHarness([salesforce], {
      server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
      deps: {
        connectionOptions: () => ({ baseUrl: api.url, http: { retryBaseMs: 5, retryCapMs: 50 } }),
        oauth: { client: () => oauthClientOf(DEFAULT_SALESFORCE_CLIENT), spec: () => simulatorOAuthSpec(api.url) },
      },
    });
  }, 60_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('refreshes once when the vendor rejects the token, stores the new token, and completes', async () => {
    const tokens = await sim.connect(api.url);
    const connectorId = await h.connect('salesforce', { tokens });
    sim.oauth.expireAccessTokens();
    const outcome = await runSync(h.deps, h.tenantId, connectorId, { mode: 'full', retryBaseMs: 5 });
    expect(outcome.error).toBeUndefined();
    expect(outcome.status).toBe('completed');
    expect(sim.oauth.grants.filter((g) => g.kind === 'refresh_token' && g.ok)).toHaveLength(1);
    const row = await h.db.prisma.connector.findUniqueOrThrow({ where: { id: connectorId } });
    const stored = h.vault.decrypt(row.config ?? '', { tenantId: h.tenantId, connectorId }) as { tokens: { accessToken: string } };
    expect(stored.tokens.accessToken).not.toBe(tokens.accessToken);
    expect(sim.oauth.tokenInfo(stored.tokens.accessToken)).toBeDefined();
    await h.db.prisma.connector.delete({ where: { id: connectorId } });
  });

  it('reports auth_revoked ("Token refresh failed ... reconnect") when the refresh token is dead', async () => {
    const tokens = await sim.connect(api.url);
    const connectorId = await h.connect('salesforce', { tokens });
    await fetch(`${api.url}/services/oauth2/revoke`, { method: 'POST', body: new URLSearchParams({ token: tokens.refreshToken ?? '' }) });
    const outcome = await runSync(h.deps, h.tenantId, connectorId, { mode: 'full', retryBaseMs: 5 });
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'auth_revoked', retryable: false } });
    expect(outcome.error?.message).toMatch(/Token refresh failed/);
    expect((await h.db.prisma.connector.findUniqueOrThrow({ where: { id: connectorId } })).lastErrorKind).toBe('auth_revoked');
  });
});
