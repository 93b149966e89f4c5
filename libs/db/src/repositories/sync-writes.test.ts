import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from '../testing/index.js';
import { connectorLock } from './connector-lock.js';
import { forTenant } from './index.js';
import { syncWrites } from './sync-writes.js';

describe('the statements of a batch and a delivery (syncWrites, connectorLock)', () => {
  let db: TestDatabase;
  let a: { tenant: string; connector: string };
  let b: { tenant: string; connector: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    const seed = async (name: string) => {
      const tenant = (await seedTenant(db, name)).id;
      return { tenant, connector: (await seedConnector(db, tenant, { type: 'stripe', config: `envelope-${name}` })).id };
    };
    a = await seed('A');
    b = await seed('B');
  });
  afterAll(() => db.dispose());

  it('lockSyncLog reads pages and status of the tenant’s own log only', async () => {
    const log = await forTenant(db.prisma, a.tenant).syncLogs.start(a.connector, 'full', 'test');
    await db.sql.transaction(async (tx) => {
      await syncWrites(tx, a.tenant).addProgress(log.id, { created: 1, updated: 0, failed: 0, pages: 3 });
      expect(await syncWrites(tx, a.tenant).lockSyncLog(log.id)).toEqual({ pages: 3, status: 'running' });
      expect(await syncWrites(tx, b.tenant).lockSyncLog(log.id)).toBeUndefined();
    });
  });

  it('recordEvent is true once per event id and connector, and scoped to the tenant', async () => {
    const first = await db.sql.transaction((tx) => syncWrites(tx, a.tenant).recordEvent(a.connector, 'evt_1'));
    const again = await db.sql.transaction((tx) => syncWrites(tx, a.tenant).recordEvent(a.connector, 'evt_1'));
    const otherTenant = await db.sql.transaction((tx) => syncWrites(tx, b.tenant).recordEvent(b.connector, 'evt_1'));
    expect([first, again, otherTenant]).toEqual([true, false, true]);
    // Rolled back with its transaction: the delivery can be retried.
    await db.sql
      .transaction(async (tx) => {
        expect(await syncWrites(tx, a.tenant).recordEvent(a.connector, 'evt_2')).toBe(true);
        throw new Error('write failed');
      })
      .catch(() => undefined);
    expect(await db.sql.transaction((tx) => syncWrites(tx, a.tenant).recordEvent(a.connector, 'evt_2'))).toBe(true);
  });

  it('openDeliveryLog opens a completed webhook log that counts like a sync log', async () => {
    const id = await db.sql.transaction(async (tx) => {
      const writes = syncWrites(tx, a.tenant);
      const logId = await writes.openDeliveryLog(a.connector, 'webhook:stripe');
      await writes.addProgress(logId, { created: 0, updated: 2, failed: 1, pages: 1 });
      return logId;
    });
    const log = await forTenant(db.prisma, a.tenant).syncLogs.get(id);
    expect(log).toMatchObject({ syncType: 'webhook', status: 'completed', trigger: 'webhook:stripe', recordsUpdated: 2, recordsFailed: 1 });
    expect(log?.completedAt).toBeInstanceOf(Date);
    expect((await forTenant(db.prisma, a.tenant).syncLogs.running(a.connector)).map((l) => l.id)).not.toContain(id);
  });

  it('connectorLock reads and replaces the config of the tenant’s own connector only', async () => {
    await db.sql.transaction(async (tx) => {
      expect(await connectorLock(tx, a.tenant).lock(a.connector)).toEqual({ type: 'stripe', config: 'envelope-A', settings: {} });
      expect(await connectorLock(tx, b.tenant).lock(a.connector)).toBeUndefined();
      await connectorLock(tx, b.tenant).storeConfig(a.connector, 'stolen');
      await connectorLock(tx, a.tenant).storeConfig(a.connector, 'envelope-A2');
    });
    expect((await forTenant(db.prisma, a.tenant).connectors.getOrThrow(a.connector)).config).toBe('envelope-A2');
  });

  it('a second locker waits for the first and reads what it stored', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const first = db.sql.transaction(async (tx) => {
      await connectorLock(tx, b.tenant).lock(b.connector);
      order.push('first locked');
      await held;
      await connectorLock(tx, b.tenant).storeConfig(b.connector, 'refreshed');
      order.push('first stored');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = db.sql.transaction(async (tx) => {
      const row = await connectorLock(tx, b.tenant).lock(b.connector);
      order.push(`second read ${row?.config}`);
    });
    setTimeout(release, 50);
    await Promise.all([first, second]);
    expect(order).toEqual(['first locked', 'first stored', 'second read refreshed']);
  });

  it('canonical counts come from the derived table, live rows only unless asked', async () => {
    const scope = forTenant(db.prisma, a.tenant);
    const record = (externalId: string) => ({ externalId, email: `${externalId}@example.com` });
    await scope.canonical.upsert(a.connector, 'person', [
      { record: record('p1'), raw: {} },
      { record: record('p2'), raw: {} },
    ]);
    await scope.canonical.markDeleted(a.connector, 'person', ['p2']);
    expect(await scope.canonical.count('person', a.connector)).toBe(1);
    expect(await scope.canonical.count('person', a.connector, { includeDeleted: true })).toBe(2);
    expect(await scope.canonical.count('person')).toBe(1);
    expect(await forTenant(db.prisma, b.tenant).canonical.count('person')).toBe(0);
  });
});
