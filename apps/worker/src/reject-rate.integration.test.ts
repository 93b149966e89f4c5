import { randomBytes } from 'node:crypto';
import { ConnectorRegistry, silentLogger } from '@tributary/core';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from '@tributary/db/testing';
import type { SyncOutcome } from '@tributary/sync';
import { TemporalOrchestrator } from '@tributary/temporal';
import {
  connectTemporal,
  createFakeCrm,
  fakeCrm,
  requireTemporalAddress,
  TEST_HTTP,
  type TemporalConnections,
} from '@tributary/temporal/testing';
import type { RunningServer } from '@tributary/sandbox';
import { generateKeyHex, Vault } from '@tributary/vault';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkerApp, type WorkerApp } from './app.js';
import { parseWorkerEnv } from './env.js';

/**
 * On Temporal the worker judges a finished run (the finishSync activity), so
 * the worker's SYNC_FAIL_REJECT_RATE is the one that counts: the real
 * composition root, started from a parsed environment, fails a run whose
 * rejected share reaches it. (Unset, the same data completes: the kill test.)
 */
describe('SYNC_FAIL_REJECT_RATE reaches the syncs the worker runs', () => {
  const key = generateKeyHex();
  const taskQueue = `tributary-reject-${randomBytes(4).toString('hex')}`;
  // 2 malformed rows of 1,000: a 0.2% rejected share.
  const crm = createFakeCrm({ contacts: 1_000, malformed: [17, 500] });
  let api: RunningServer;
  let db: TestDatabase;
  let temporal: TemporalConnections;
  let app: WorkerApp | undefined;

  beforeAll(async () => {
    requireTemporalAddress();
    api = await crm.start();
    db = await createTestDatabase({ server: true });
    temporal = await connectTemporal();
  });
  afterAll(async () => {
    await app?.stop();
    await temporal?.close();
    await db?.dispose();
    await api?.close();
  });

  it('fails a run whose rejected share reaches the configured rate', async () => {
    const env = parseWorkerEnv({
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: taskQueue,
      CONNECTOR_ENCRYPTION_KEY: key,
      TRIBUTARY_MIGRATE: 'false',
      WORKER_SWEEP_INTERVAL_MS: '0',
      WORKER_HEALTH_PORT: '0',
      WORKER_HEALTH_HOST: '127.0.0.1',
      SYNC_FAIL_REJECT_RATE: '0.001',
    });
    const registry = new ConnectorRegistry();
    registry.register(fakeCrm);
    app = await startWorkerApp({ env, registry, logger: silentLogger, connectionOptions: () => ({ baseUrl: api.url, http: TEST_HTTP }) });

    const tenantId = (await seedTenant(db, 'Strict')).id;
    const { id } = await seedConnector(db, tenantId, { type: 'fake-crm', settings: { pageSize: 50 } });
    const config = new Vault(key).encrypt({ apiKey: crm.apiKey }, { tenantId, connectorId: id });
    await db.prisma.connector.update({ where: { id }, data: { config } });
    const orchestrator = new TemporalOrchestrator({ client: temporal.client, taskQueue });
    await orchestrator.triggerSync(tenantId, id, { mode: 'full' });
    const outcome = (await orchestrator.handle(tenantId, id).result()) as SyncOutcome;

    expect(outcome).toMatchObject({ status: 'failed', created: 998, failed: 2, error: { kind: 'validation' } });
    expect(outcome.error?.message).toMatch(/^2 of 1,000 rows were rejected/);
    expect(await db.prisma.syncLog.findMany({ where: { connectorId: id }, select: { status: true } })).toEqual([{ status: 'failed' }]);
  });
});
