import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { issueApiToken } from '../auth/api-tokens.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';

let t: TestGateway;
/** A second process on the same database, as a CLI or another gateway replica would be. */
let other: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ env: { TRIBUTARY_AUTH_POLL_MS: '100' } });
  other = await startTestGateway({ sibling: t });
});
afterAll(async () => {
  await other.close();
  await t.close();
});

const ME = '{ me { email role } }';
const until = async (check: () => Promise<boolean>, timeoutMs = 3_000) => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
};

describe('the authentication cache', () => {
  it('serves a repeated token without looking it up again', async () => {
    const { token } = await issueApiToken(t.rt.db.prisma, t.admin.userId, t.tenantId, 'cached');
    const client = t.anonymous.as({ bearer: token });
    const lookups = vi.spyOn(t.rt.db.prisma.apiToken, 'findUnique');
    try {
      for (let i = 0; i < 5; i++) expect((await client.gql(ME)).status).toBe(200);
      expect(lookups).toHaveBeenCalledTimes(1);
    } finally {
      lookups.mockRestore();
    }
  });

  it('drops a token revoked by another process within the poll interval', async () => {
    const { token, row } = await issueApiToken(t.rt.db.prisma, t.admin.userId, t.tenantId, 'revoked elsewhere');
    const client = t.anonymous.as({ bearer: token });
    expect((await client.gql(ME)).status).toBe(200);
    await other.admin.client.ok('mutation($id: ID!) { revokeApiToken(id: $id) { __typename } }', { id: row.id });
    expect(await until(async () => (await client.gql(ME)).status === 401)).toBe(true);
  });

  it('drops it at once in the process that revoked it, and sees a role change', async () => {
    const viewer = await t.addUser(t.tenantId, 'viewer');
    const { token, row } = await issueApiToken(t.rt.db.prisma, viewer.userId, t.tenantId, 'mine');
    const client = t.anonymous.as({ bearer: token });
    expect((await client.ok<{ me: { role: string } }>(ME)).me.role).toBe('viewer');
    await t.rt.db.prisma.membership.update({
      where: { tenantId_userId: { tenantId: t.tenantId, userId: viewer.userId } },
      data: { role: 'manager' },
    });
    expect(await until(async () => (await client.ok<{ me: { role: string } }>(ME)).me.role === 'manager')).toBe(true);
    await t.admin.client.ok('mutation($id: ID!) { revokeApiToken(id: $id) { __typename } }', { id: row.id });
    expect((await client.gql(ME)).status).toBe(401);
  });

  it('ends a signed-out session at once', async () => {
    const session = await t.signIn(t.admin.email, t.admin.password);
    expect((await session.client.gql(ME)).status).toBe(200);
    await session.client.fetch('/api/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect((await session.client.gql(ME)).status).toBe(401);
  });
});
