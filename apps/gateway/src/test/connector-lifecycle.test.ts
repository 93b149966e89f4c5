import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../testing/client.js';
import { CONNECTOR, CONNECTOR_FIELDS, connectStripe, DISCONNECT, ERRORS, TRIGGER_SYNC, type ConnectorView } from '../testing/documents.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { syncSettled } from '../testing/wait.js';

let t: TestGateway;
let manager: SignedIn;
let connector: ConnectorView;

beforeAll(async () => {
  t = await startTestGateway();
  manager = await t.addUser(t.tenantId, 'manager');
  connector = await connectStripe(manager.client);
  await syncSettled(t.rt, t.tenantId, connector.id);
});
afterAll(() => t.close());

const UPDATE_MAPPINGS = `mutation($id: ID!, $mappings: [FieldMappingInput!]!) {
  updateFieldMappings(connectorId: $id, mappings: $mappings) { ${ERRORS} ... on MutationUpdateFieldMappingsSuccess { data { id } } }
}`;
const UPDATE_SCHEDULE = `mutation($id: ID!, $cron: String!) {
  updateSchedule(connectorId: $id, cron: $cron) { ${ERRORS} ... on MutationUpdateScheduleSuccess { data { ${CONNECTOR_FIELDS} } } }
}`;
const descriptions = async () =>
  (await t.rt.db.prisma.charge.findMany({ where: { tenantId: t.tenantId }, select: { description: true, raw: true }, take: 300 })).flatMap(
    (c) => {
      const raw = (c.raw ?? {}) as { description?: unknown };
      return typeof raw.description === 'string' && /[a-z]/.test(raw.description) ? [{ stored: c.description, raw: raw.description }] : [];
    },
  );

describe('field mappings', () => {
  it('rejects invalid overrides with a typed InputError naming each field, storing nothing', async () => {
    const cases = [
      [{ stream: 'nope', source: 'id', target: 'email' }],
      [{ stream: 'charges', source: 'id', target: 'notAField' }],
      [
        { stream: 'charges', source: 'description', target: 'description' },
        { stream: 'charges', source: 'id', target: 'description' },
      ],
    ];
    for (const mappings of cases) {
      const result = await manager.client.ok<{ updateFieldMappings: Result<{ id: string }> }>(UPDATE_MAPPINGS, {
        id: connector.id,
        mappings,
      });
      expect(result.updateFieldMappings.__typename, JSON.stringify(mappings)).toBe('InputError');
      const paths = result.updateFieldMappings.fieldErrors?.map((e) => e.path) ?? [];
      expect(paths.length, JSON.stringify(mappings)).toBeGreaterThan(0);
      expect(paths.every((p) => /^mappings\.\d+$/.test(p))).toBe(true);
    }
    expect(await t.rt.db.prisma.fieldMapping.count({ where: { connectorId: connector.id } })).toBe(0);
  });

  it('applies a valid override on the next sync', async () => {
    const before = await descriptions();
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((d) => d.stored === d.raw)).toBe(true);
    const mappings = [{ stream: 'charges', source: 'description', target: 'description', transform: 'uppercase' }];
    const result = await manager.client.ok<{ updateFieldMappings: Result<{ id: string }> }>(UPDATE_MAPPINGS, {
      id: connector.id,
      mappings,
    });
    expect(result.updateFieldMappings.data?.id).toBe(connector.id);
    const listed = await manager.client.ok<{ fieldMappings: { stream: string; target: string; transform: string; isDefault: boolean }[] }>(
      'query($id: ID!) { fieldMappings(connectorId: $id) { stream target transform isDefault } }',
      { id: connector.id },
    );
    expect(listed.fieldMappings.find((m) => m.stream === 'charges' && m.target === 'description')).toMatchObject({
      transform: 'uppercase',
      isDefault: false,
    });
    await manager.client.ok(TRIGGER_SYNC, { id: connector.id, full: true });
    expect((await syncSettled(t.rt, t.tenantId, connector.id)).status).toBe('completed');
    const after = await descriptions();
    expect(after.length).toBe(before.length);
    expect(after.every((d) => d.stored === d.raw.toUpperCase())).toBe(true);
  });
});

describe('schedule', () => {
  it('rejects an invalid cron and keeps the schedule; applies a valid one', async () => {
    for (const cron of ['every minute', '61 * * * *', '* * * * * *']) {
      const result = await manager.client.ok<{ updateSchedule: Result<ConnectorView> }>(UPDATE_SCHEDULE, { id: connector.id, cron });
      expect(result.updateSchedule.__typename, cron).toBe('InputError');
      expect(result.updateSchedule.fieldErrors?.[0]?.path).toBe('cron');
    }
    expect((await t.rt.db.prisma.connector.findUniqueOrThrow({ where: { id: connector.id } })).schedule).toBe('*/15 * * * *');
    const ok = await manager.client.ok<{ updateSchedule: Result<ConnectorView> }>(UPDATE_SCHEDULE, {
      id: connector.id,
      cron: '30 2 * * *',
    });
    expect(ok.updateSchedule.data?.schedule).toEqual({ cron: '30 2 * * *', paused: false });
    expect(await t.rt.orchestrator.describeSchedule(t.tenantId, connector.id)).toMatchObject({ cron: '30 2 * * *', paused: false });
  });
});

describe('schedule that never runs (issue 14, item 8)', () => {
  it('refuses "0 0 30 2 *" (no next run) and a later "Every hour" leaves the schedule running, not paused', async () => {
    const never = await manager.client.ok<{ updateSchedule: Result<ConnectorView> }>(UPDATE_SCHEDULE, {
      id: connector.id,
      cron: '0 0 30 2 *',
    });
    expect(never.updateSchedule).toMatchObject({ __typename: 'InputError', fieldErrors: [{ path: 'cron' }] });
    const hourly = await manager.client.ok<{ updateSchedule: Result<ConnectorView> }>(UPDATE_SCHEDULE, {
      id: connector.id,
      cron: '0 * * * *',
    });
    expect(hourly.updateSchedule.data?.schedule).toEqual({ cron: '0 * * * *', paused: false });
    const described = await t.rt.orchestrator.describeSchedule(t.tenantId, connector.id);
    expect(described).toMatchObject({ cron: '0 * * * *', paused: false });
    expect(described?.nextRunAt).toBeInstanceOf(Date);
  });
});

describe('triggerSync', () => {
  it('twice at once: the second joins the first; never two syncs run', async () => {
    const logsBefore = await t.rt.db.prisma.syncLog.count({ where: { connectorId: connector.id } });
    const [a, b] = await Promise.all([
      manager.client.ok<{ triggerSync: Result<{ status: string }> }>(TRIGGER_SYNC, { id: connector.id, full: true }),
      manager.client.ok<{ triggerSync: Result<{ status: string }> }>(TRIGGER_SYNC, { id: connector.id, full: true }),
    ]);
    expect([a.triggerSync.data?.status, b.triggerSync.data?.status].sort()).toEqual(['already_running', 'started']);
    let mostRunning = 0;
    await syncSettledWatching(async () => {
      mostRunning = Math.max(mostRunning, await t.rt.db.prisma.syncLog.count({ where: { connectorId: connector.id, status: 'running' } }));
    });
    expect(mostRunning).toBeLessThanOrEqual(1);
    expect(await t.rt.db.prisma.syncLog.count({ where: { connectorId: connector.id } })).toBe(logsBefore + 1);
  });
});

async function syncSettledWatching(watch: () => Promise<void>): Promise<void> {
  const watching = (async () => {
    while (await t.rt.orchestrator.isRunning(t.tenantId, connector.id)) {
      await watch();
      // PGlite answers in microtasks: yield to I/O so the sync itself can progress.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  await syncSettled(t.rt, t.tenantId, connector.id);
  await watching;
}

describe('disconnect', () => {
  it('keeps the synced data, deletes the credentials and pauses the schedule', async () => {
    const charges = await t.rt.db.prisma.charge.count({ where: { connectorId: connector.id } });
    const result = await t.admin.client.ok<{ disconnect: Result<ConnectorView> }>(DISCONNECT, { id: connector.id });
    expect(result.disconnect.data).toMatchObject({ status: 'disconnected', connected: false, schedule: { paused: true } });
    const row = await t.rt.db.prisma.connector.findUniqueOrThrow({ where: { id: connector.id } });
    expect(row.config).toBeNull();
    expect(await t.rt.db.prisma.charge.count({ where: { connectorId: connector.id } })).toBe(charges);
    expect((await t.rt.orchestrator.describeSchedule(t.tenantId, connector.id))?.paused).toBe(true);
    const viewed = await manager.client.ok<{ connector: ConnectorView }>(CONNECTOR, { id: connector.id });
    expect(viewed.connector.connected).toBe(false);
    // Health follows the connection: no "health ok" for a connector that is not connected.
    const health = await manager.client.ok<{ connector: { health: unknown } }>(
      'query($id: ID!) { connector(id: $id) { health { status } } }',
      {
        id: connector.id,
      },
    );
    expect(health.connector.health).toBeNull();
    const sync = await manager.client.ok<{ triggerSync: Result<unknown> }>(TRIGGER_SYNC, { id: connector.id });
    expect(sync.triggerSync.__typename).toBe('ConflictError');
  });
});
