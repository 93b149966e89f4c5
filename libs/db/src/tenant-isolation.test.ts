import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forTenant } from './repositories/index.js';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from './testing/index.js';

const row = (id: string, amount: number) => ({
  record: { externalId: id, amount, currency: 'USD', status: 'succeeded', amountRefunded: 0, occurredAt: new Date('2026-01-01T00:00:00Z') },
  raw: { id },
});

describe('tenant-scoped repositories', () => {
  let db: TestDatabase;
  let a: { tenant: string; connector: string; log: string };
  let b: { tenant: string; connector: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    const ta = (await seedTenant(db, 'A')).id;
    const tb = (await seedTenant(db, 'B')).id;
    const ca = (await seedConnector(db, ta, { type: 'stripe' })).id;
    const cb = (await seedConnector(db, tb, { type: 'stripe' })).id;
    const scopeA = forTenant(db.prisma, ta);
    await scopeA.canonical.upsert(ca, 'charge', [row('ch_1', 100), row('ch_2', 200)]);
    const log = await scopeA.syncLogs.start(ca, 'full', 'manual');
    await scopeA.deadLetters.addMany(ca, log.id, [{ kind: 'record', stream: 'charges', reason: 'bad', payload: { id: 'x' } }]);
    await scopeA.fieldMappings.replace(ca, [{ stream: 'charges', source: 'id', target: 'externalId', transform: 'none' }]);
    a = { tenant: ta, connector: ca, log: log.id };
    b = { tenant: tb, connector: cb };
  });
  afterAll(() => db.dispose());

  it("tenant B cannot read tenant A's rows, even with A's ids", async () => {
    const scopeB = forTenant(db.prisma, b.tenant);
    expect(await scopeB.connectors.get(a.connector)).toBeNull();
    expect((await scopeB.connectors.list()).map((c) => c.id)).toEqual([b.connector]);
    expect(await scopeB.syncLogs.get(a.log)).toBeNull();
    expect(await scopeB.syncLogs.list(a.connector)).toEqual([]);
    expect(await scopeB.deadLetters.list(a.connector)).toEqual([]);
    expect(await scopeB.fieldMappings.list(a.connector)).toEqual([]);
    expect(await scopeB.canonical.count('charge', a.connector)).toBe(0);
    expect(await scopeB.canonical.count('charge')).toBe(0);
  });

  it("tenant B cannot overwrite or delete tenant A's rows", async () => {
    const scopeB = forTenant(db.prisma, b.tenant);
    await expect(scopeB.connectors.update(a.connector, { name: 'hijacked', config: 'x' })).rejects.toThrow(/not found/);
    await expect(scopeB.connectors.remove(a.connector)).rejects.toThrow(/not found/);
    expect(await scopeB.connectors.claimForSync(a.connector, 0)).toBe(false);
    // Writing into A's connector from B's scope violates the (tenant, connector) foreign key.
    await expect(scopeB.canonical.upsert(a.connector, 'charge', [row('ch_1', 999)])).rejects.toThrow();
    expect(await scopeB.canonical.markDeleted(a.connector, 'charge', ['ch_1', 'ch_2'])).toBe(0);
    // The same external ids in B's own connector are B's own rows.
    expect(await scopeB.canonical.upsert(b.connector, 'charge', [row('ch_1', 999)])).toEqual({ created: 1, updated: 0 });

    const connectorA = await db.prisma.connector.findUniqueOrThrow({ where: { id: a.connector } });
    expect(connectorA.name).toBe('stripe');
    expect(connectorA.status).toBe('connected');
    const chargesA = await db.prisma.charge.findMany({ where: { tenantId: a.tenant }, orderBy: { externalId: 'asc' } });
    expect(chargesA.map((c) => [c.externalId, c.amount, c.deletedAt])).toEqual([
      ['ch_1', 100n, null],
      ['ch_2', 200n, null],
    ]);
    expect(await forTenant(db.prisma, a.tenant).canonical.count('charge')).toBe(2);
  });
});
