import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiToken } from '../auth/api-tokens.js';
import type { GatewayClient, Result } from '../testing/client.js';
import { CONNECTOR, connectStripe, type ConnectorView } from '../testing/documents.js';
import { invitationCall, invite } from '../testing/invitations.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { syncSettled } from '../testing/wait.js';

/**
 * One person in two tenants: admin of Alpha (the first tenant), manager of
 * Beta. Each tenant has its own Stripe connection, synced from the sandbox.
 * The refusal to switch into a tenant one is not a member of is in
 * cross-tenant.test.ts.
 */
let t: TestGateway;
let beta: { tenantId: string; admin: SignedIn };
let alphaStripe: ConnectorView;
let betaStripe: ConnectorView;
let ada: SignedIn;

const SWITCH = `mutation Switch($tenantId: ID!) {
  switchTenant(tenantId: $tenantId) { __typename ... on Error { message } ... on MutationSwitchTenantSuccess { data } }
}`;

interface Scope {
  me: { role: string; tenant: { id: string }; memberships: { tenant: { id: string }; role: string }[] };
  connectors: { id: string }[];
  charges: { edges: { node: { connectorId: string } }[] };
  people: { edges: { node: { connectorId: string } }[] };
}

/** What a caller sees: who they are where, the connectors, and whose rows the canonical lists hold. */
const scopeOf = (client: GatewayClient) =>
  client.ok<Scope>(`{
    me { role tenant { id } memberships { tenant { id } role } }
    connectors { id }
    charges(first: 100) { edges { node { connectorId } } }
    people(first: 100) { edges { node { connectorId } } }
  }`);

const connectorIdsOf = (page: { edges: { node: { connectorId: string } }[] }) => [...new Set(page.edges.map((e) => e.node.connectorId))];

beforeAll(async () => {
  t = await startTestGateway();
  beta = await t.newTenant('Beta');
  [alphaStripe, betaStripe] = await Promise.all([connectStripe(t.admin.client), connectStripe(beta.admin.client)]);
  await Promise.all([syncSettled(t.rt, t.tenantId, alphaStripe.id), syncSettled(t.rt, beta.tenantId, betaStripe.id)]);
  // Beta invites Ada; she accepts signed in as herself, which moves that session to Beta: sign in afresh for the tests.
  const token = await invite(beta.admin.client, t.admin.email, 'manager');
  const accepting = await t.signIn(t.admin.email, t.admin.password);
  expect((await invitationCall(accepting.client, 'accept', { token })).status).toBe(200);
  await accepting.client.fetch('/api/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  ada = await t.signIn(t.admin.email, t.admin.password);
});
afterAll(() => t.close());

describe('switching tenants', () => {
  it('starts in the first tenant, listing both memberships', async () => {
    const scope = await scopeOf(ada.client);
    expect(scope.me).toMatchObject({ role: 'admin', tenant: { id: t.tenantId } });
    expect(scope.me.memberships.map((m) => [m.tenant.id, m.role])).toEqual([
      [t.tenantId, 'admin'],
      [beta.tenantId, 'manager'],
    ]);
    expect(scope.connectors.map((c) => c.id)).toEqual([alphaStripe.id]);
    expect(connectorIdsOf(scope.charges)).toEqual([alphaStripe.id]);
  });

  it('moves the session to the second tenant: its connectors, its rows, its role', async () => {
    const switched = await ada.client.ok<{ switchTenant: Result<boolean> }>(SWITCH, { tenantId: beta.tenantId });
    expect(switched.switchTenant).toEqual({ __typename: 'MutationSwitchTenantSuccess', data: true });

    const scope = await scopeOf(ada.client);
    expect(scope.me).toMatchObject({ role: 'manager', tenant: { id: beta.tenantId } });
    expect(scope.connectors.map((c) => c.id)).toEqual([betaStripe.id]);
    expect(scope.charges.edges).toHaveLength(100);
    expect(connectorIdsOf(scope.charges)).toEqual([betaStripe.id]);
    expect(connectorIdsOf(scope.people)).toEqual([betaStripe.id]);
    const filtered = await ada.client.ok<{ charges: { edges: unknown[] } }>(
      'query($id: ID!) { charges(first: 5, filter: { connectorId: $id }) { edges { cursor } } }',
      { id: alphaStripe.id },
    );
    expect(filtered.charges.edges).toEqual([]);
    expect((await ada.client.ok<{ connector: unknown }>(CONNECTOR, { id: alphaStripe.id })).connector).toBeNull();

    // A manager in Beta: the admin-only member list is refused here.
    const members = await ada.client.gql('{ members { userId } }');
    expect(members.errors[0]?.message).toMatch(/Not authorized/);

    const me = (await (await ada.client.fetch('/api/auth/me')).json()) as { tenantId: string; role: string };
    expect(me).toMatchObject({ tenantId: beta.tenantId, role: 'manager' });
    const sessions = await t.rt.db.prisma.session.findMany({ where: { userId: ada.userId } });
    expect(sessions.filter((s) => s.tenantId === beta.tenantId)).toHaveLength(1);
    const audit = await t.rt.db.prisma.auditLog.findFirst({ where: { tenantId: beta.tenantId, action: 'session.switch_tenant' } });
    expect(audit).toMatchObject({ actorId: ada.userId, targetId: beta.tenantId });
  });

  it('moves only that session: another sign-in of the same person stays where it was', async () => {
    const other = await scopeOf(t.admin.client);
    expect(other.me).toMatchObject({ role: 'admin', tenant: { id: t.tenantId } });
    expect(other.connectors.map((c) => c.id)).toEqual([alphaStripe.id]);
  });

  it('switches back, with the admin role again', async () => {
    await ada.client.ok(SWITCH, { tenantId: t.tenantId });
    const scope = await scopeOf(ada.client);
    expect(scope.me).toMatchObject({ role: 'admin', tenant: { id: t.tenantId } });
    expect(connectorIdsOf(scope.charges)).toEqual([alphaStripe.id]);
  });

  it('is not for API tokens: a token stays in the tenant it was issued for', async () => {
    const { token } = await issueApiToken(t.rt.db.prisma, ada.userId, t.tenantId, 'ci');
    const client = t.anonymous.as({ bearer: token });
    const result = await client.ok<{ switchTenant: Result<boolean> }>(SWITCH, { tenantId: beta.tenantId });
    expect(result.switchTenant.__typename).toBe('ConflictError');
    expect((await scopeOf(client)).connectors.map((c) => c.id)).toEqual([alphaStripe.id]);
  });
});
