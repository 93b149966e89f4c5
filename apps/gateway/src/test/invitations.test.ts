import { getNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenHash } from '../auth/secrets.js';
import { gatewaySchema } from '../graphql/schema.js';
import { addMember } from '../services/users.js';
import type { GatewayClient } from '../testing/client.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { invitationCall, invite, tryLogin } from '../testing/invitations.js';

let t: TestGateway;
let tenantA: { tenantId: string; slug: string; admin: SignedIn };
let tenantB: { tenantId: string; slug: string; admin: SignedIn };

beforeAll(async () => {
  t = await startTestGateway();
  [tenantA, tenantB] = [await t.newTenant('A'), await t.newTenant('B')];
});
afterAll(() => t.close());

const members = async (admin: GatewayClient) =>
  (await admin.ok<{ members: { email: string; role: string }[] }>('{ members { email role } }')).members.map((m) => m.email);
const REMOVE = 'mutation($id: ID!) { removeMember(userId: $id) { __typename } }';
const userId = async (email: string) => (await t.rt.db.prisma.user.findUniqueOrThrow({ where: { email } })).id;

describe('no admin sets or knows another person’s password', () => {
  it('no mutation takes a password, and adding someone is an invitation', () => {
    const mutations = Object.values(gatewaySchema().getMutationType()?.getFields() ?? {});
    expect(mutations.flatMap((m) => m.args.filter((a) => /password/i.test(a.name)).map((a) => `${m.name}(${a.name})`))).toEqual([]);
    expect(mutations.map((m) => m.name)).not.toContain('addMember');
    expect(getNamedType(gatewaySchema().getMutationType()?.getFields()['inviteMember']?.type)?.name).toBe('MutationInviteMemberResult');
  });

  it('the cross-tenant takeover of the issue fails: B’s password never opens A', async () => {
    const email = 'newhire@a.test';
    // Tenant B's admin invites the address and, holding the link, sets a password B knows; then removes the membership.
    const fromB = await invite(tenantB.admin.client, email, 'manager');
    expect((await invitationCall(t.anonymous, 'accept', { token: fromB, password: 'b-knows-this-one' })).status).toBe(200);
    await tenantB.admin.client.ok(REMOVE, { id: await userId(email) });
    // Tenant A invites the same person; the account opens nothing, so A's link lets the invitee choose the password.
    const fromA = await invite(tenantA.admin.client, email, 'manager');
    expect((await invitationCall(t.anonymous, 'preview', { token: fromA })).body).toMatchObject({
      email,
      mode: 'set_password',
      tenant: { name: 'A' },
    });
    const accepted = await invitationCall(t.anonymous, 'accept', { token: fromA, password: 'only-the-newhire-knows' });
    expect(accepted.status).toBe(200);
    expect(accepted.cookie).toBeDefined();

    expect((await tryLogin(t.anonymous, email, 'b-knows-this-one')).status).toBe(401);
    const own = await tryLogin(t.anonymous, email, 'only-the-newhire-knows');
    expect(own).toMatchObject({ status: 200, body: { tenantId: tenantA.tenantId } });
    expect(await members(tenantA.admin.client)).toContain(email);
    expect(await members(tenantB.admin.client)).not.toContain(email);
  });

  it('an account that belongs to another tenant joins only by signing in as itself', async () => {
    const person = await t.addUser(tenantA.tenantId, 'viewer', tenantA.slug);
    const token = await invite(tenantB.admin.client, person.email, 'admin');
    expect((await invitationCall(t.anonymous, 'preview', { token })).body).toMatchObject({ mode: 'sign_in' });
    const anonymous = await invitationCall(t.anonymous, 'accept', { token, password: 'b-would-like-this-one' });
    expect(anonymous).toMatchObject({ status: 409, body: { signInRequired: true } });
    const someoneElse = await invitationCall(tenantB.admin.client, 'accept', { token });
    expect(someoneElse.status).toBe(409);
    expect((await tryLogin(t.anonymous, person.email, 'b-would-like-this-one')).status).toBe(401);
    expect(await members(tenantB.admin.client)).not.toContain(person.email);

    const accepted = await invitationCall(person.client, 'accept', { token });
    expect(accepted).toMatchObject({ status: 200, body: { tenantId: tenantB.tenantId } });
    const me = await person.client.ok<{ me: { role: string; tenant: { id: string } } }>('{ me { role tenant { id } } }');
    expect(me.me).toEqual({ role: 'admin', tenant: { id: tenantB.tenantId } });
    expect((await tryLogin(t.anonymous, person.email, person.password)).status).toBe(200);
  });

  it('a member added without a password before invitations can finish signing up through a new invitation', async () => {
    const email = 'passwordless@a.test';
    await addMember(t.rt.db.prisma, tenantA.tenantId, { email, role: 'viewer' });
    const token = await invite(tenantA.admin.client, email, 'viewer');
    expect((await invitationCall(t.anonymous, 'preview', { token })).body).toMatchObject({ mode: 'set_password' });
    expect((await invitationCall(t.anonymous, 'accept', { token, password: 'finally-a-password' })).status).toBe(200);
    expect((await tryLogin(t.anonymous, email, 'finally-a-password')).status).toBe(200);
    // The same account, once also a member elsewhere, cannot have its password set by a link from there.
    const again = await invite(tenantB.admin.client, email, 'viewer');
    expect((await invitationCall(t.anonymous, 'preview', { token: again })).body).toMatchObject({ mode: 'sign_in' });
  });
});

describe('invitation links', () => {
  it('are stored hashed, shown once, single-use, and stop working when withdrawn or expired', async () => {
    const token = await invite(tenantA.admin.client, 'once@a.test', 'viewer');
    const row = await t.rt.db.prisma.invitation.findUniqueOrThrow({ where: { tokenHash: tokenHash(token) } });
    expect(JSON.stringify(row)).not.toContain(token);
    const listed = await tenantA.admin.client.ok<{ invitations: Record<string, unknown>[] }>('{ invitations { id email role expiresAt } }');
    expect(listed.invitations.map((i) => i['email'])).toContain('once@a.test');
    expect(JSON.stringify(listed)).not.toContain(token);
    expect((await invitationCall(t.anonymous, 'accept', { token, password: 'my-own-password' })).status).toBe(200);
    expect((await invitationCall(t.anonymous, 'accept', { token, password: 'my-own-password' })).status).toBe(404);

    const withdrawn = await invite(tenantA.admin.client, 'withdrawn@a.test', 'viewer');
    const id = (await t.rt.db.prisma.invitation.findUniqueOrThrow({ where: { tokenHash: tokenHash(withdrawn) } })).id;
    await tenantA.admin.client.ok('mutation($id: ID!) { revokeInvitation(id: $id) { __typename } }', { id });
    expect((await invitationCall(t.anonymous, 'preview', { token: withdrawn })).status).toBe(404);

    const expired = await invite(tenantA.admin.client, 'late@a.test', 'viewer');
    await t.rt.db.prisma.invitation.update({ where: { tokenHash: tokenHash(expired) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await invitationCall(t.anonymous, 'accept', { token: expired, password: 'too-late-for-this' })).status).toBe(404);
    expect(await t.rt.db.prisma.user.findUnique({ where: { email: 'late@a.test' } })).toBeNull();
  });

  it('refuse a short password, and a cross-site accept', async () => {
    const token = await invite(tenantA.admin.client, 'short@a.test', 'viewer');
    expect((await invitationCall(t.anonymous, 'accept', { token, password: 'short' })).status).toBe(400);
    const crossSite = await t.anonymous.fetch('/api/invitations/accept', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      body: JSON.stringify({ token, password: 'long-enough-password' }),
    });
    expect(crossSite.status).toBe(403);
    expect(await t.rt.db.prisma.user.findUnique({ where: { email: 'short@a.test' } })).toBeNull();
  });
});
