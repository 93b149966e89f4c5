import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiToken } from '../auth/api-tokens.js';
import { connectStripe, type ConnectorView } from '../testing/documents.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { everyMutation, type MutationCall } from '../testing/mutations.js';
import { syncSettled } from '../testing/wait.js';

let t: TestGateway;
let connector: ConnectorView;
let calls: MutationCall[];
let other: SignedIn;

beforeAll(async () => {
  t = await startTestGateway();
  connector = await connectStripe(t.admin.client);
  await syncSettled(t.rt, t.tenantId, connector.id);
  other = await t.addUser(t.tenantId, 'viewer');
  const token = await issueApiToken(t.rt.db.prisma, other.userId, t.tenantId, 'to revoke');
  const targets = { connectorId: connector.id, tokenId: token.row.id, userId: other.userId, tenantId: t.tenantId };
  // Removing the member (which revokes their tokens), disconnecting and removing the connector come last: the others need them.
  const last = ['removeMember', 'disconnect', 'removeConnector'];
  const all = everyMutation(targets);
  calls = [...all.filter((c) => !last.includes(c.name)), ...last.flatMap((n) => all.filter((c) => c.name === n))];
});
afterAll(() => t.close());

/** Mutations that cannot complete here (no vendor accounts to pick, no writeback, no invitation with that id, not an Office 365 connector): they fail typed and write nothing. */
const CANNOT_SUCCEED = ['selectAccount', 'triggerWriteback', 'revokeInvitation', 'acceptO365Dpa', 'updateO365Privacy'];
const SECRETS = () => [t.rt.sandboxes.get('stripe')?.apiKey ?? '', t.admin.password, other.password, t.admin.cookie.split('=')[1] ?? ''];

describe('the audit log', () => {
  it('gets a row (actor, tenant, action, target, time) for every successful mutation, without secrets', async () => {
    const succeeded: string[] = [];
    for (const call of calls) {
      await syncSettled(t.rt, t.tenantId, connector.id).catch(() => undefined);
      const since = new Date();
      const before = await t.rt.db.prisma.auditLog.count({ where: { tenantId: t.tenantId } });
      const result = await t.admin.client.ok<Record<string, { __typename: string; message?: string }>>(call.query, call.variables);
      const outcome = result[call.name];
      if (!outcome?.__typename.endsWith('Success')) {
        expect(CANNOT_SUCCEED, `${call.name} failed: ${JSON.stringify(outcome)}`).toContain(call.name);
        expect(await t.rt.db.prisma.auditLog.count({ where: { tenantId: t.tenantId } }), call.name).toBe(before);
        continue;
      }
      succeeded.push(call.name);
      const rows = await t.rt.db.prisma.auditLog.findMany({
        where: { tenantId: t.tenantId, createdAt: { gte: since } },
        orderBy: { createdAt: 'asc' },
      });
      const row = rows.find((r) => r.actorId === t.admin.userId && !r.action.startsWith('session.login'));
      expect(row, `${call.name} wrote no audit row`).toBeDefined();
      expect(row?.actor).toBe(`${t.admin.email} (session)`);
      expect(row?.action).toMatch(/^[a-z_]+(\.[a-z_]+)+$/);
      expect(row?.targetType).toMatch(/connector|api_token|user|tenant|invitation/);
      expect(row?.targetId, call.name).toBeTruthy();
      expect(Date.now() - (row?.createdAt.getTime() ?? 0)).toBeLessThan(60_000);
      const text = JSON.stringify(rows);
      for (const secret of SECRETS()) expect(text.includes(secret), `${call.name} audit holds a secret`).toBe(false);
    }
    expect(succeeded.length).toBe(calls.length - CANNOT_SUCCEED.length);
  });

  it('is readable by the admin over GraphQL, newest first', async () => {
    const data = await t.admin.client.ok<{ auditLog: { edges: { node: { action: string; actor: string; createdAt: string } }[] } }>(
      '{ auditLog(first: 100) { edges { node { action actor targetId createdAt } } } }',
    );
    const actions = data.auditLog.edges.map((e) => e.node.action);
    expect(actions.slice(0, 2)).toEqual(['connector.remove', 'connector.disconnect']);
    expect(actions).toEqual(expect.arrayContaining(['connector.connect', 'member.invite', 'member.remove', 'api_token.revoke']));
    const times = data.auditLog.edges.map((e) => Date.parse(e.node.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
