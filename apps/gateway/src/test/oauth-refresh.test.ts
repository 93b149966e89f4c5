import { OAuthConfig } from '@tributary/core';
import { freshConfig } from '@tributary/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../testing/client.js';
import { TRIGGER_SYNC } from '../testing/documents.js';
import { startOidcGateway, type OidcGateway } from '../testing/oidc-gateway.js';
import { syncSettled } from '../testing/wait.js';

let g: OidcGateway;
let connectorId = '';

beforeAll(async () => {
  g = await startOidcGateway();
  ({ connectorId } = await g.connect(g.t.admin.client));
  await syncSettled(g.t.rt, g.t.tenantId, connectorId);
});
afterAll(() => g.close());

const refresh = (options: { force?: boolean } = {}) => freshConfig(g.t.rt.syncDeps, g.t.tenantId, connectorId, options);
const tokensOf = (config: unknown) => OAuthConfig.parse(config).tokens;
/** The stored tokens, made to expire within the refresh margin. */
async function aboutToExpire() {
  const tokens = await g.storedTokens();
  await g.storeConfig({ tokens: { ...tokens, expiresAt: new Date(Date.now() + 60_000).toISOString() } });
  return tokens;
}

describe('token refresh against the real authorization server', () => {
  it('rotates on a forced refresh: new tokens written, the old refresh token consumed', async () => {
    const old = await g.storedTokens();
    const next = tokensOf(await refresh({ force: true }));
    expect(next.accessToken).not.toBe(old.accessToken);
    expect(next.refreshToken).toBeDefined();
    expect(next.refreshToken).not.toBe(old.refreshToken);
    expect(await g.storedTokens()).toEqual(next);
    expect(await g.as.accessTokenValid(next.accessToken)).toBe(true);
    expect(await g.as.refreshTokenUsable(old.refreshToken ?? '')).toBe(false);
    expect(g.as.tokenCalls.at(-1)).toEqual({ grantType: 'refresh_token', ok: true });
  });

  it('leaves a token far from expiry alone', async () => {
    const calls = g.as.tokenRequests;
    expect(tokensOf(await refresh())).toEqual(await g.storedTokens());
    expect(g.as.tokenRequests).toBe(calls);
  });

  it('single-flight: two concurrent refreshes of a token about to expire make ONE request, and both see the new token', async () => {
    const old = await aboutToExpire();
    const calls = g.as.tokenRequests;
    const [a, b] = await Promise.all([refresh(), refresh()]);
    expect(g.as.tokenRequests).toBe(calls + 1);
    expect(tokensOf(a).accessToken).not.toBe(old.accessToken);
    expect(tokensOf(a)).toEqual(tokensOf(b));
    expect(await g.storedTokens()).toEqual(tokensOf(a));
    expect(Date.parse(tokensOf(a).expiresAt ?? '')).toBeGreaterThan(Date.now() + 30 * 60_000);
  });

  it('a sync refreshes a token about to expire before using it', async () => {
    const old = await aboutToExpire();
    const calls = g.as.tokenRequests;
    await g.t.admin.client.ok(TRIGGER_SYNC, { id: connectorId, full: true });
    expect((await syncSettled(g.t.rt, g.t.tenantId, connectorId)).status).toBe('completed');
    expect(g.as.tokenRequests).toBe(calls + 1);
    const now = await g.storedTokens();
    expect(now.accessToken).not.toBe(old.accessToken);
    expect(await g.as.accessTokenValid(now.accessToken)).toBe(true);
  });

  it('rejects reuse of an old refresh token (invalid_grant -> auth_revoked), and the server revokes the grant', async () => {
    const stale = await g.storedTokens();
    const current = tokensOf(await refresh({ force: true }));
    // Another process still holding the previous tokens tries to refresh with them.
    await g.storeConfig({ tokens: stale });
    await expect(refresh({ force: true })).rejects.toMatchObject({
      kind: 'auth_revoked',
      oauthError: 'invalid_grant',
      message: expect.stringMatching(/Token refresh failed/),
    });
    expect(g.as.tokenCalls.at(-1)).toMatchObject({ grantType: 'refresh_token', ok: false, error: 'invalid_grant' });
    expect(await g.as.accessTokenValid(current.accessToken)).toBe(false);

    const health = await g.t.admin.client.ok<{ checkHealth: Result<{ status: string }> }>(
      'mutation($id: ID!) { checkHealth(connectorId: $id) { __typename ... on MutationCheckHealthSuccess { data { status } } } }',
      { id: connectorId },
    );
    expect(health.checkHealth.data?.status).toBe('auth_error');
    await g.storeConfig({ tokens: current });
    await g.t.admin.client.ok(TRIGGER_SYNC, { id: connectorId, full: true });
    const log = await syncSettled(g.t.rt, g.t.tenantId, connectorId);
    expect(log).toMatchObject({ status: 'failed', errorKind: 'auth_revoked' });
    const row = await g.t.rt.db.prisma.connector.findUniqueOrThrow({ where: { id: connectorId } });
    expect(row.lastErrorKind).toBe('auth_revoked');
  });
});
