import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiToken } from '../auth/api-tokens.js';
import type { Result } from '../testing/client.js';
import { CONNECTOR, connectStripe, DISCONNECT, TRIGGER_SYNC, type ConnectorView } from '../testing/documents.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { everyMutation, isRefused, notRefused, type Targets } from '../testing/mutations.js';
import { tenantSnapshot } from '../testing/snapshot.js';
import { syncSettled } from '../testing/wait.js';

let t: TestGateway;
let viewer: SignedIn;
let manager: SignedIn;
let connector: ConnectorView;
let targets: Targets;

beforeAll(async () => {
  t = await startTestGateway();
  connector = await connectStripe(t.admin.client);
  await syncSettled(t.rt, t.tenantId, connector.id);
  // No scheduled sync may change the tenant while the role checks compare snapshots.
  await t.admin.client.ok('mutation($id: ID!) { updateSchedule(connectorId: $id, cron: "0 0 1 1 *") { __typename } }', {
    id: connector.id,
  });
  viewer = await t.addUser(t.tenantId, 'viewer');
  manager = await t.addUser(t.tenantId, 'manager');
  const token = await issueApiToken(t.rt.db.prisma, t.admin.userId, t.tenantId, 'admin token');
  targets = { connectorId: connector.id, tokenId: token.row.id, userId: t.admin.userId, tenantId: t.tenantId };
});
afterAll(() => t.close());

/** Mutations any member may run on their own credentials or session; they touch no tenant data. */
const SELF_SERVICE = ['createApiToken', 'revokeApiToken', 'switchTenant'];
const ADMIN_ONLY = ['inviteMember', 'revokeInvitation', 'disconnect', 'removeConnector', 'removeMember'];

describe('a viewer', () => {
  it('reads connectors, the catalog, charges and its own identity', async () => {
    const data = await viewer.client.ok<{ connectors: { id: string }[]; connectorTypes: { id: string }[]; me: { role: string } }>(
      '{ connectors { id } connectorTypes { id } me { role } charges(first: 1) { edges { node { externalId } } } }',
    );
    expect(data.connectors.map((c) => c.id)).toEqual([connector.id]);
    expect(data.connectorTypes.map((c) => c.id)).toContain('stripe');
    expect(data.me.role).toBe('viewer');
  });

  it('is refused every tenant mutation, and nothing changes', async () => {
    const calls = everyMutation(targets).filter((c) => !SELF_SERVICE.includes(c.name));
    expect(calls.length).toBeGreaterThanOrEqual(12);
    const before = await tenantSnapshot(t.rt.db.prisma, t.tenantId);
    expect(await notRefused(viewer.client, calls)).toEqual([]);
    expect(await tenantSnapshot(t.rt.db.prisma, t.tenantId)).toBe(before);
  });

  it('cannot read the audit log or the member list', async () => {
    for (const query of ['{ auditLog(first: 5) { edges { node { id } } } }', '{ members { userId } }']) {
      const result = await viewer.client.gql(query);
      expect(result.data).toBeNull();
      expect(result.errors[0]?.message).toMatch(/Not authorized/);
    }
  });

  it('with a token of its own still cannot mutate', async () => {
    const created = await viewer.client.ok<{ createApiToken: Result<{ token: string }> }>(
      'mutation { createApiToken(name: "mine") { __typename ... on MutationCreateApiTokenSuccess { data { token } } } }',
    );
    const bearer = t.anonymous.as({ bearer: created.createApiToken.data?.token ?? '' });
    expect(isRefused(await bearer.gql(TRIGGER_SYNC, { id: connector.id }), 'triggerSync')).toBe(true);
  });
});

describe('a manager', () => {
  it('may connect, sync, edit mappings and schedules, but not disconnect or manage members', async () => {
    const allowed = await notRefused(manager.client, everyMutation(targets));
    expect(allowed.sort()).toEqual(
      everyMutation(targets)
        .map((c) => c.name)
        .filter((n) => !ADMIN_ONLY.includes(n))
        .sort(),
    );
    const state = await t.rt.db.prisma.connector.findUniqueOrThrow({ where: { id: connector.id } });
    expect(state.config).not.toBeNull();
    expect(await t.rt.db.prisma.membership.count({ where: { tenantId: t.tenantId } })).toBe(3);
  });

  it('really syncs and edits mappings', async () => {
    await syncSettled(t.rt, t.tenantId, connector.id);
    const sync = await manager.client.ok<{ triggerSync: Result<{ status: string }> }>(TRIGGER_SYNC, { id: connector.id });
    expect(['started', 'already_running']).toContain(sync.triggerSync.data?.status);
    await syncSettled(t.rt, t.tenantId, connector.id);
    const mappings = await t.rt.db.prisma.fieldMapping.findMany({ where: { tenantId: t.tenantId, connectorId: connector.id } });
    expect(mappings.map((m) => `${m.stream}.${m.target}:${m.transform}`)).toEqual(['charges.description:uppercase']);
  });
});

describe('an admin', () => {
  it('may disconnect and manage members', async () => {
    const extra = await t.addUser(t.tenantId, 'viewer');
    const removed = await t.admin.client.ok<{ removeMember: Result<boolean> }>(
      'mutation($u: ID!) { removeMember(userId: $u) { __typename ... on MutationRemoveMemberSuccess { data } } }',
      { u: extra.userId },
    );
    expect(removed.removeMember.data).toBe(true);
    expect((await extra.client.gql('{ me { role } }')).status).toBe(401);
    const invited = await t.admin.client.ok<{ inviteMember: Result<{ link: string }> }>(
      'mutation { inviteMember(email: "new.person@example.com", role: viewer) { __typename ... on MutationInviteMemberSuccess { data { link } } } }',
    );
    expect(invited.inviteMember.data?.link).toMatch(/\/invite#tri_/);
    await syncSettled(t.rt, t.tenantId, connector.id);
    const gone = await t.admin.client.ok<{ disconnect: Result<ConnectorView> }>(DISCONNECT, { id: connector.id });
    expect(gone.disconnect.data).toMatchObject({ status: 'disconnected', connected: false });
    const seen = await viewer.client.ok<{ connector: ConnectorView }>(CONNECTOR, { id: connector.id });
    expect(seen.connector.connected).toBe(false);
  });
});
