import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenHash } from '../auth/secrets.js';
import { setPassword } from '../services/users.js';
import type { Result } from '../testing/client.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';
import { tenantSnapshot } from '../testing/snapshot.js';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

const ME = '{ me { email role via tenant { id } } }';
const CREATE_TOKEN = `mutation($name: String!) {
  createApiToken(name: $name) { __typename ... on MutationCreateApiTokenSuccess { data { token apiToken { id prefix } } } }
}`;
const REVOKE_TOKEN = 'mutation($id: ID!) { revokeApiToken(id: $id) { __typename ... on MutationRevokeApiTokenSuccess { data } } }';
type Created = { createApiToken: Result<{ token: string; apiToken: { id: string; prefix: string } }> };

describe('authentication', () => {
  it('answers an unauthenticated GraphQL request with 401 and no data', async () => {
    const post = await t.anonymous.gql('{ connectors { id } connectorTypes { id } }');
    expect(post.status).toBe(401);
    expect(post.data).toBeNull();
    expect(post.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const get = await t.anonymous.fetch('/graphql?query=%7Bconnectors%7Bid%7D%7D', { headers: { accept: 'application/json' } });
    expect(get.status).toBe(401);
    expect(await get.text()).not.toContain('"data"');
    expect((await t.anonymous.fetch('/api/auth/me')).status).toBe(401);
  });

  it('refuses a wrong password with 401 and no session', async () => {
    const before = await t.rt.db.prisma.session.count();
    const response = await t.anonymous.fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: t.admin.email, password: `${t.admin.password}x` }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await t.rt.db.prisma.session.count()).toBe(before);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and stores only its hash', async () => {
    const response = await t.anonymous.fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: t.admin.email, password: t.admin.password }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^tributary_session=trs_/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    const value = /tributary_session=([^;]+)/.exec(cookie)?.[1] ?? '';
    expect(await t.rt.db.prisma.session.findUnique({ where: { id: tokenHash(value) } })).not.toBeNull();
    expect(await t.rt.db.prisma.session.findUnique({ where: { id: value } })).toBeNull();
  });

  it('signs out: the cookie stops working', async () => {
    const session = await t.signIn(t.admin.email, t.admin.password);
    expect((await session.client.gql(ME)).status).toBe(200);
    await session.client.fetch('/api/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect((await session.client.gql(ME)).status).toBe(401);
  });

  it("an operator's password reset (tributary user password) signs out every session of that user only", async () => {
    const user = await t.addUser(t.tenantId, 'manager');
    const second = await t.signIn(user.email, user.password);
    expect(await setPassword(t.rt.db.prisma, user.email.toUpperCase(), 'a-brand-new-passphrase')).toEqual({
      sessionsEnded: 2,
      tokensRevoked: 0,
    });
    // The CLI writes from another process: this one sees it on its next look at auth_version.
    await t.rt.auth.refresh();
    expect((await user.client.gql(ME)).status).toBe(401);
    expect((await second.client.gql(ME)).status).toBe(401);
    expect((await t.admin.client.gql(ME)).status).toBe(200);
    await expect(t.signIn(user.email, user.password)).rejects.toThrow(/failed with 401/);
    expect((await (await t.signIn(user.email, 'a-brand-new-passphrase')).client.gql(ME)).status).toBe(200);
  });
});

describe('personal API tokens', () => {
  it('are shown once, stored hashed, usable as Bearer, and rejected once revoked', async () => {
    const created = await t.admin.client.ok<Created>(CREATE_TOKEN, { name: 'CI' });
    const token = created.createApiToken.data?.token ?? '';
    const id = created.createApiToken.data?.apiToken.id ?? '';
    expect(token).toMatch(/^trb_[A-Za-z0-9_-]{40,}$/);

    const row = await t.rt.db.prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(tokenHash(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const listed = await t.admin.client.ok<{ apiTokens: { id: string; prefix: string }[] }>('{ apiTokens { id prefix } }');
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(listed.apiTokens.find((x) => x.id === id)?.prefix).toBe(token.slice(0, 10));

    const bearer = t.anonymous.as({ bearer: token });
    const me = await bearer.ok<{ me: { email: string; via: string; role: string } }>(ME);
    expect(me.me).toMatchObject({ email: t.admin.email, via: 'token', role: 'admin' });

    const revoked = await t.admin.client.ok<{ revokeApiToken: Result<boolean> }>(REVOKE_TOKEN, { id });
    expect(revoked.revokeApiToken.data).toBe(true);
    const after = await bearer.gql(ME);
    expect(after.status).toBe(401);
    expect(after.data).toBeNull();
  });

  it('rejects an unknown or malformed token without falling back to the session cookie', async () => {
    for (const header of ['Bearer trb_not-a-real-token', 'Bearer something-else', 'Basic abc']) {
      const response = await t.anonymous.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: header, cookie: t.admin.cookie },
        body: JSON.stringify({ query: ME }),
      });
      expect(response.status, header).toBe(401);
    }
  });
});

describe('CSRF defence for cookie sessions', () => {
  const post = (headers: Record<string, string>, body: string) =>
    t.anonymous.fetch('/graphql', { method: 'POST', headers: { cookie: t.admin.cookie, ...headers }, body });
  const mutation = JSON.stringify({ query: 'mutation { createApiToken(name: "csrf") { __typename } }' });

  it('refuses a form or plain-text POST and a foreign Origin with 403, changing nothing', async () => {
    const before = await tenantSnapshot(t.rt.db.prisma, t.tenantId);
    const form = new URLSearchParams({ query: 'mutation { createApiToken(name: "csrf") { __typename } }' }).toString();
    expect((await post({ 'content-type': 'application/x-www-form-urlencoded' }, form)).status).toBe(403);
    expect((await post({ 'content-type': 'multipart/form-data; boundary=x' }, mutation)).status).toBe(403);
    expect((await post({ 'content-type': 'text/plain' }, mutation)).status).toBe(403);
    expect((await post({ 'content-type': 'application/json', origin: 'https://evil.example' }, mutation)).status).toBe(403);
    expect(await tenantSnapshot(t.rt.db.prisma, t.tenantId)).toBe(before);
  });

  it('accepts JSON from the gateway origin, and Bearer tokens from anywhere (no ambient credential)', async () => {
    const own = await post({ 'content-type': 'application/json', origin: new URL(t.url).origin }, JSON.stringify({ query: ME }));
    expect(own.status).toBe(200);
    const created = await t.admin.client.ok<Created>(CREATE_TOKEN, { name: 'cli' });
    const response = await t.anonymous.fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'https://elsewhere.example',
        authorization: `Bearer ${created.createApiToken.data?.token ?? ''}`,
      },
      body: JSON.stringify({ query: ME }),
    });
    expect(response.status).toBe(200);
  });
});
