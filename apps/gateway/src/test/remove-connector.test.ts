import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../testing/client.js';
import { connectStripe, ERRORS, TRIGGER_SYNC } from '../testing/documents.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { isRefused } from '../testing/mutations.js';
import { syncSettled, waitUntil } from '../testing/wait.js';

let t: TestGateway;
let manager: SignedIn;

beforeAll(async () => {
  t = await startTestGateway();
  manager = await t.addUser(t.tenantId, 'manager');
});
afterAll(() => t.close());

const REMOVE = `mutation Remove($id: ID!) {
  removeConnector(connectorId: $id) { ${ERRORS} ... on MutationRemoveConnectorSuccess { data { id type } } }
}`;
type Removed = { removeConnector: Result<{ id: string; type: string }> };

const counts = async (connectorId: string) => {
  const where = { tenantId: t.tenantId, connectorId };
  const prisma = t.rt.db.prisma;
  return {
    charges: await prisma.charge.count({ where }),
    people: await prisma.person.count({ where }),
    logs: await prisma.syncLog.count({ where }),
    connectors: await prisma.connector.count({ where: { tenantId: t.tenantId, id: connectorId } }),
  };
};

describe('removeConnector', () => {
  it('deletes the connector, its schedule and everything synced through it; admins only; audited', async () => {
    const connector = await connectStripe(manager.client);
    await syncSettled(t.rt, t.tenantId, connector.id);
    const before = await counts(connector.id);
    expect(before.charges).toBeGreaterThan(0);
    expect(before.connectors).toBe(1);
    expect(await t.rt.orchestrator.describeSchedule(t.tenantId, connector.id)).not.toBeNull();

    expect(isRefused(await manager.client.gql(REMOVE, { id: connector.id }), 'removeConnector')).toBe(true);
    expect((await counts(connector.id)).connectors).toBe(1);

    const removed = await t.admin.client.ok<Removed>(REMOVE, { id: connector.id });
    expect(removed.removeConnector).toMatchObject({
      __typename: 'MutationRemoveConnectorSuccess',
      data: { id: connector.id, type: 'stripe' },
    });
    expect(await counts(connector.id)).toEqual({ charges: 0, people: 0, logs: 0, connectors: 0 });
    expect(await t.rt.orchestrator.describeSchedule(t.tenantId, connector.id)).toBeNull();
    const actions = await t.rt.db.prisma.auditLog.findMany({
      where: { tenantId: t.tenantId, targetId: connector.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['connector.disconnect', 'connector.remove']));

    const again = await t.admin.client.ok<Removed>(REMOVE, { id: connector.id });
    expect(again.removeConnector.__typename).toBe('NotFoundError');
  });

  it('is refused while a sync runs, and keeps everything', async () => {
    const connector = await connectStripe(manager.client);
    await syncSettled(t.rt, t.tenantId, connector.id);
    await manager.client.ok(TRIGGER_SYNC, { id: connector.id, full: true });
    await waitUntil(() => t.rt.orchestrator.isRunning(t.tenantId, connector.id), 'the sync to run');
    const refused = await t.admin.client.ok<Removed>(REMOVE, { id: connector.id });
    expect(refused.removeConnector).toMatchObject({ __typename: 'ConflictError', message: expect.stringMatching(/sync .* is running/) });
    await syncSettled(t.rt, t.tenantId, connector.id);
    expect((await counts(connector.id)).connectors).toBe(1);
    expect((await counts(connector.id)).charges).toBeGreaterThan(0);
  });
});
