import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiToken } from '../auth/api-tokens.js';
import { CONNECTOR, connectStripe, type ConnectorView } from '../testing/documents.js';
import { invitationCall, invite, tryLogin } from '../testing/invitations.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { everyMutation, type Targets } from '../testing/mutations.js';
import { tenantSnapshot } from '../testing/snapshot.js';
import { syncSettled } from '../testing/wait.js';

let t: TestGateway;
let victim: ConnectorView;
let intruder: SignedIn;
let targets: Targets;

beforeAll(async () => {
  t = await startTestGateway();
  victim = await connectStripe(t.admin.client);
  await syncSettled(t.rt, t.tenantId, victim.id);
  await t.admin.client.ok('mutation($id: ID!) { updateSchedule(connectorId: $id, cron: "0 0 1 1 *") { __typename } }', { id: victim.id });
  const token = await issueApiToken(t.rt.db.prisma, t.admin.userId, t.tenantId, 'tenant A token');
  targets = { connectorId: victim.id, tokenId: token.row.id, userId: t.admin.userId, tenantId: t.tenantId };
  intruder = (await t.newTenant('Intruder')).admin;
});
afterAll(() => t.close());

const LISTS = ['people', 'accounts', 'activities', 'deals', 'charges', 'channelMetrics'];

describe('a user of tenant B guessing tenant A ids', () => {
  it('reads nothing of A through any query', async () => {
    const one = await intruder.client.ok<{ connector: unknown }>(CONNECTOR, { id: victim.id });
    expect(one.connector).toBeNull();
    const withLogs = await intruder.client.ok<{ connector: unknown }>(
      'query($id: ID!) { connector(id: $id) { syncLogs(first: 5) { edges { node { id } } } deadLetters(first: 5) { edges { node { id } } } } }',
      { id: victim.id },
    );
    expect(withLogs.connector).toBeNull();
    const mappings = await intruder.client.gql('query($id: ID!) { fieldMappings(connectorId: $id) { target } }', { id: victim.id });
    expect(mappings.data).toBeNull();
    expect(mappings.errors).toHaveLength(1);
    expect(JSON.stringify(mappings.errors)).toContain('NOT_FOUND');
    const preview = await intruder.client.gql(
      'query($id: ID!) { previewMappings(connectorId: $id, mappings: [], samples: [{ stream: "charges", raw: { id: "ch_1" } }]) { valid } }',
      { id: victim.id },
    );
    expect(preview.data).toBeNull();
    expect(JSON.stringify(preview.errors)).not.toContain(victim.id);
    const accounts = await intruder.client.ok<{ vendorAccounts: { __typename: string } }>(
      'query($id: ID!) { vendorAccounts(connectorId: $id) { __typename ... on Error { message } } }',
      { id: victim.id },
    );
    expect(accounts.vendorAccounts.__typename).toBe('NotFoundError');
  });

  it('finds none of A in the canonical lists, filtered by A’s connector or not', async () => {
    for (const list of LISTS) {
      const filtered = await intruder.client.ok<Record<string, { edges: unknown[] }>>(
        `query($id: ID!) { ${list}(first: 100, filter: { connectorId: $id }) { edges { node { connectorId } } } }`,
        { id: victim.id },
      );
      expect(filtered[list]?.edges, list).toEqual([]);
      const all = await intruder.client.ok<Record<string, { edges: unknown[] }>>(
        `{ ${list}(first: 100) { edges { node { connectorId } } } }`,
      );
      expect(all[list]?.edges, list).toEqual([]);
    }
    expect(await t.rt.db.prisma.charge.count({ where: { connectorId: victim.id } })).toBeGreaterThan(4000);
  });

  it('sees none of A’s members, tokens, audit entries or connectors', async () => {
    const data = await intruder.client.ok<{
      members: { userId: string }[];
      apiTokens: { id: string }[];
      connectors: { id: string }[];
      me: { memberships: { tenant: { id: string } }[] };
      auditLog: { edges: { node: { targetId: string | null } }[] };
    }>(
      '{ members { userId } apiTokens { id } connectors { id } me { memberships { tenant { id } } } auditLog(first: 100) { edges { node { targetId } } } }',
    );
    expect(data.members.map((m) => m.userId)).toEqual([intruder.userId]);
    expect(data.apiTokens).toEqual([]);
    expect(data.connectors).toEqual([]);
    expect(data.me.memberships.map((m) => m.tenant.id)).not.toContain(t.tenantId);
    expect(data.auditLog.edges.map((e) => e.node.targetId)).not.toContain(victim.id);
  });

  it('cannot take over a user of A by inviting their email and accepting with a password of its choosing', async () => {
    const before = await tenantSnapshot(t.rt.db.prisma, t.tenantId);
    const chosen = 'chosen-by-the-intruder';
    const token = await invite(intruder.client, t.admin.email, 'viewer');
    expect((await invitationCall(t.anonymous, 'accept', { token, password: chosen })).status).toBe(409);
    expect((await invitationCall(intruder.client, 'accept', { token, password: chosen })).status).toBe(409);
    expect(await tenantSnapshot(t.rt.db.prisma, t.tenantId)).toBe(before);
    expect((await tryLogin(t.anonymous, t.admin.email, chosen)).status).toBe(401);
    const members = await intruder.client.ok<{ members: { email: string }[] }>('{ members { email } }');
    expect(members.members.map((m) => m.email)).not.toContain(t.admin.email);
  });

  it('changes nothing of A through any mutation aimed at A’s ids', async () => {
    const before = await tenantSnapshot(t.rt.db.prisma, t.tenantId);
    const aimed = everyMutation(targets).filter((c) => ['connectorId', 'id', 'userId', 'tenantId'].some((k) => k in c.variables));
    expect(aimed.map((c) => c.name)).toEqual(
      expect.arrayContaining(['triggerSync', 'cancelSync', 'updateSchedule', 'updateFieldMappings', 'updateConnectorSettings']),
    );
    expect(aimed.map((c) => c.name)).toEqual(
      expect.arrayContaining(['checkHealth', 'disconnect', 'revokeApiToken', 'removeMember', 'switchTenant']),
    );
    for (const call of aimed) {
      const result = await intruder.client.ok<Record<string, { __typename: string }>>(call.query, call.variables);
      expect(result[call.name]?.__typename, call.name).toMatch(/NotFoundError|InputError/);
    }
    for (const call of everyMutation(targets).filter((c) => !aimed.includes(c))) await intruder.client.gql(call.query, call.variables);
    expect(await tenantSnapshot(t.rt.db.prisma, t.tenantId)).toBe(before);
    const session = await t.rt.db.prisma.session.findMany({ where: { userId: intruder.userId } });
    expect(session.every((s) => s.tenantId !== t.tenantId)).toBe(true);
  });
});
