import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT } from '../auth/throttle.js';
import { setPassword } from '../services/users.js';
import type { Result } from '../testing/client.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { tryLogin } from '../testing/invitations.js';

let t: TestGateway;
/** A second gateway process on the same database: throttling must hold across both. */
let other: TestGateway;

beforeAll(async () => {
  t = await startTestGateway();
  other = await startTestGateway({ sibling: t });
});
afterAll(async () => {
  await other.close();
  await t.close();
});

const ME = '{ me { email } }';
const TOKEN = 'mutation { createApiToken(name: "ci") { __typename ... on MutationCreateApiTokenSuccess { data { token } } } }';
const tokenOf = async (user: SignedIn) =>
  (await user.client.ok<{ createApiToken: Result<{ token: string }> }>(TOKEN)).createApiToken.data?.token ?? '';

const changePassword = (user: SignedIn, body: Record<string, unknown>) =>
  user.client.fetch('/api/auth/password', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('changing your own password', () => {
  it('needs the current one, ends every session, keeps API tokens by default, and revokes them when asked', async () => {
    const user = await t.addUser(t.tenantId, 'manager');
    const elsewhere = await t.signIn(user.email, user.password);
    const token = await tokenOf(user);
    expect((await changePassword(user, { currentPassword: 'not-it-at-all', newPassword: 'a-new-passphrase-1' })).status).toBe(403);

    const changed = await changePassword(user, { currentPassword: user.password, newPassword: 'a-new-passphrase-1' });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ ok: true, sessionsEnded: 2, tokensRevoked: 0 });
    expect((await elsewhere.client.gql(ME)).status).toBe(401);
    expect((await user.client.gql(ME)).status).toBe(401);
    const fresh = user.client.as({ cookie: /tributary_session=[^;]+/.exec(changed.headers.get('set-cookie') ?? '')?.[0] ?? '' });
    expect((await fresh.gql(ME)).status).toBe(200);
    expect((await tryLogin(t.anonymous, user.email, user.password)).status).toBe(401);
    expect((await t.anonymous.as({ bearer: token }).gql(ME)).status).toBe(200);

    const again = await t.signIn(user.email, 'a-new-passphrase-1');
    const revoking = await changePassword(again, {
      currentPassword: 'a-new-passphrase-1',
      newPassword: 'a-third-passphrase',
      revokeTokens: true,
    });
    expect(await revoking.json()).toMatchObject({ tokensRevoked: 1 });
    expect((await t.anonymous.as({ bearer: token }).gql(ME)).status).toBe(401);
  });

  it("an operator's reset revokes API tokens unless told to keep them", async () => {
    const user = await t.addUser(t.tenantId, 'viewer');
    const token = await tokenOf(user);
    expect(await setPassword(t.rt.db.prisma, user.email, 'operator-chose-this', { keepTokens: true })).toEqual({
      sessionsEnded: 1,
      tokensRevoked: 0,
    });
    await t.rt.auth.refresh();
    expect((await t.anonymous.as({ bearer: token }).gql(ME)).status).toBe(200);
    expect(await setPassword(t.rt.db.prisma, user.email, 'operator-chose-that')).toEqual({ sessionsEnded: 0, tokensRevoked: 1 });
    await t.rt.auth.refresh();
    expect((await t.anonymous.as({ bearer: token }).gql(ME)).status).toBe(401);
  });
});

describe('sign-in throttling', () => {
  it(`blocks an account after ${ACCOUNT_LIMIT.points} failures, even with the right password, on every gateway process`, async () => {
    const user = await t.addUser(t.tenantId, 'viewer');
    for (let i = 0; i < ACCOUNT_LIMIT.points; i++) {
      const gateway = i % 2 === 0 ? t : other;
      expect((await tryLogin(gateway.anonymous, user.email, `wrong-${i}`)).status).toBe(401);
    }
    for (const gateway of [t, other]) {
      const blocked = await tryLogin(gateway.anonymous, user.email, user.password);
      expect(blocked.status).toBe(429);
      expect(blocked.body['error']).toMatch(/Try again in \d+ s/);
      expect(Number(blocked.retryAfter)).toBeGreaterThan(ACCOUNT_LIMIT.blockDuration - 60);
      expect(blocked.cookie).toBeUndefined();
    }
    const audited = await t.rt.db.prisma.auditLog.count({
      where: { tenantId: t.tenantId, action: 'session.login_failed', targetId: user.userId },
    });
    expect(audited).toBe(ACCOUNT_LIMIT.points);
    // Another account is not blocked by this one's failures.
    expect((await tryLogin(t.anonymous, t.admin.email, t.admin.password)).status).toBe(200);
  });

  it('counts concurrent guesses before checking them: a burst gets no more tries than the limit', async () => {
    const user = await t.addUser(t.tenantId, 'viewer');
    const burst = await Promise.all(Array.from({ length: 25 }, (_, i) => tryLogin(t.anonymous, user.email, `burst-${i}`)));
    expect(burst.filter((r) => r.status === 401)).toHaveLength(ACCOUNT_LIMIT.points);
    expect(burst.filter((r) => r.status === 429)).toHaveLength(25 - ACCOUNT_LIMIT.points);
  });

  it('a success clears the account’s count', async () => {
    const user = await t.addUser(t.tenantId, 'viewer');
    for (let i = 0; i < ACCOUNT_LIMIT.points - 1; i++) await tryLogin(t.anonymous, user.email, `wrong-${i}`);
    expect((await tryLogin(t.anonymous, user.email, user.password)).status).toBe(200);
    for (let i = 0; i < ACCOUNT_LIMIT.points - 1; i++) expect((await tryLogin(t.anonymous, user.email, `wrong-${i}`)).status).toBe(401);
  });

  it(`blocks a client address after ${ADDRESS_LIMIT.points} attempts across accounts`, async () => {
    for (let i = 0; i < ADDRESS_LIMIT.points; i++) await t.rt.throttle.attempt(`guess-${i}@example.com`, '127.0.0.1');
    const blocked = await tryLogin(t.anonymous, 'someone-new@example.com', 'whatever-it-is');
    expect(blocked.status).toBe(429);
  });
});
