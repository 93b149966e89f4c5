import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { ConnectorRegistry } from '@tributary/core';
import { createDatabase, migrate, type Database } from '@tributary/db';
import { dropTestDatabase, requireServerUrl, seedConnector, seedTenant } from '@tributary/db/testing';
import { runSync, type SyncOutcome } from '@tributary/sync';
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

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./testing/child-worker.ts', import.meta.url));

const until = async (check: () => Promise<boolean>, timeoutMs: number, what: string) => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what}: not in ${timeoutMs} ms`);
};

/** A throwaway database on the test server that two processes can share. */
async function serverDatabase(): Promise<{ url: string; db: Database; drop(): Promise<void> }> {
  const adminUrl = requireServerUrl();
  const name = `tributary_kill_${randomBytes(5).toString('hex')}`;
  const admin = await createDatabase({ url: adminUrl, poolSize: 1 });
  await admin.sql.exec(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await createDatabase({ url: url.toString() });
  await migrate(db.sql);
  return {
    url: url.toString(),
    db,
    drop: async () => {
      await db.close();
      await admin.close();
      await dropTestDatabase(adminUrl, name);
    },
  };
}

/** The worker app in a child process; resolves once it polls (its /healthz says RUNNING). */
async function startChildWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--conditions=@tributary/source', '--import', 'tsx', CHILD], {
    cwd: ROOT,
    env: { ...process.env, ...env, WORKER_HEALTH_PORT: '0', WORKER_HEALTH_HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let port = 0;
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const started = /"healthPort":(\d+)[^\n]*"msg":"worker started"/.exec(output);
    if (started?.[1]) port = Number(started[1]);
  });
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until(
    async () => {
      if (child.exitCode !== null) throw new Error(`the worker exited during start-up:\n${output}`);
      if (port === 0) return false;
      return (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status === 200;
    },
    60_000,
    'worker ready',
  );
  return child;
}

const killHard = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

describe('kill -9 of the worker process mid-sync', () => {
  const key = generateKeyHex();
  const vault = new Vault(key);
  const taskQueue = `tributary-kill-${randomBytes(4).toString('hex')}`;
  const crm = createFakeCrm({ contacts: 4_000, malformed: [17, 2_500] });
  let api: RunningServer;
  let database: Awaited<ReturnType<typeof serverDatabase>>;
  let temporal: TemporalConnections;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    requireTemporalAddress();
    api = await crm.start();
    database = await serverDatabase();
    temporal = await connectTemporal();
  });
  afterAll(async () => {
    await Promise.all(children.map(killHard));
    await temporal?.close();
    await database?.drop();
    await api?.close();
  });

  const connect = async (tenantName: string) => {
    const { db } = database;
    const tenantId = (await seedTenant(db, tenantName)).id;
    const { id } = await seedConnector(db, tenantId, { type: 'fake-crm', settings: { pageSize: 50 } });
    await db.prisma.connector.update({
      where: { id },
      data: { config: vault.encrypt({ apiKey: crm.apiKey }, { tenantId, connectorId: id }) },
    });
    return { tenantId, connectorId: id };
  };
  const workerEnv = () => ({
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_TASK_QUEUE: taskQueue,
    CONNECTOR_ENCRYPTION_KEY: key,
    FAKE_CRM_URL: api.url,
    TRIBUTARY_MIGRATE: 'false',
    WORKER_SWEEP_INTERVAL_MS: '0',
  });
  const orchestratorFor = () =>
    new TemporalOrchestrator({
      client: temporal.client,
      taskQueue,
      tuning: { batchRecords: 100, heartbeatTimeoutMs: 3_000, retry: { initialMs: 200, backoff: 2, maxMs: 2_000, maximumAttempts: 10 } },
    });

  it('a new worker finishes the sync, and the database matches a clean run exactly', async () => {
    const { db } = database;
    const killed = await connect('Killed');
    const env = workerEnv();
    children.push(await startChildWorker(env));
    crm.faults.add({ path: /^\/v1\// }, { kind: 'delay', ms: 15 }, { times: Infinity });
    const orchestrator = orchestratorFor();
    await orchestrator.triggerSync(killed.tenantId, killed.connectorId, { mode: 'full' });
    const stored = () => db.prisma.person.count({ where: { connectorId: killed.connectorId } });
    await until(async () => (await stored()) >= 1_200, 60_000, 'sync progress');

    await killHard(children[0] as ChildProcess);
    const atKill = await stored();
    expect(atKill).toBeLessThan(3_998);
    expect(await orchestrator.isRunning(killed.tenantId, killed.connectorId)).toBe(true);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await stored()).toBe(atKill);

    children.push(await startChildWorker(env));
    const outcome = (await orchestrator.handle(killed.tenantId, killed.connectorId).result()) as SyncOutcome;
    expect(outcome).toMatchObject({ status: 'completed', created: 3_998, updated: 0, failed: 2, pages: 80 });

    // The same vendor data synced once, cleanly, in-process.
    const clean = await connect('Clean');
    const registry = new ConnectorRegistry();
    registry.register(fakeCrm);
    const deps = { db, registry, vault, connectionOptions: () => ({ baseUrl: api.url, http: TEST_HTTP }) };
    const reference = await runSync(deps, clean.tenantId, clean.connectorId, { mode: 'full', batchRecords: 100 });
    expect(reference).toMatchObject({ status: 'completed', created: outcome.created, failed: outcome.failed, pages: outcome.pages });

    const rows = async (connectorId: string) =>
      (await db.prisma.person.findMany({ where: { connectorId }, orderBy: { externalId: 'asc' } })).map((p) => ({
        externalId: p.externalId,
        email: p.email,
        firstName: p.firstName,
        raw: p.raw,
        deleted: p.deletedAt !== null,
      }));
    const afterKill = await rows(killed.connectorId);
    expect(afterKill).toHaveLength(3_998);
    expect(afterKill).toEqual(await rows(clean.connectorId));
    const letters = (connectorId: string) =>
      db.prisma.deadLetter.findMany({
        where: { connectorId },
        orderBy: { externalId: 'asc' },
        select: { kind: true, externalId: true, reason: true },
      });
    expect(await letters(killed.connectorId)).toEqual(await letters(clean.connectorId));
    expect(
      await db.prisma.syncLog.findMany({ where: { connectorId: killed.connectorId }, select: { status: true, recordsCreated: true } }),
    ).toEqual([{ status: 'completed', recordsCreated: 3_998 }]);
    const cursor = (id: string) => db.prisma.connector.findUniqueOrThrow({ where: { id } }).then((c) => [c.status, c.lastSyncCursor]);
    expect(await cursor(killed.connectorId)).toEqual(await cursor(clean.connectorId));
  });

  it('SIGTERM mid-sync: the worker lets its batch finish and checkpoint, exits cleanly, and the next worker completes the sync', async () => {
    const { db } = database;
    const stopped = await connect('Stopped');
    const env = workerEnv();
    const child = await startChildWorker(env);
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const orchestrator = orchestratorFor();
    await orchestrator.triggerSync(stopped.tenantId, stopped.connectorId, { mode: 'full' });
    const stored = () => db.prisma.person.count({ where: { connectorId: stopped.connectorId } });
    await until(async () => (await stored()) >= 400, 60_000, 'sync progress');

    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(output).toMatch(/"msg":"shutting down"[\s\S]*"msg":"worker stopped"/);
    const atStop = await stored();
    expect(atStop).toBeLessThan(3_998);
    // The batch in flight finished and checkpointed: the log's counts match the stored rows.
    const log = await db.prisma.syncLog.findFirstOrThrow({ where: { connectorId: stopped.connectorId } });
    expect(log.status).toBe('running');
    expect(log.recordsCreated).toBe(atStop);

    children.push(await startChildWorker(env));
    const outcome = (await orchestrator.handle(stopped.tenantId, stopped.connectorId).result()) as SyncOutcome;
    expect(outcome).toMatchObject({ status: 'completed', created: 3_998, updated: 0, failed: 2 });
    expect(await stored()).toBe(3_998);
  });
});
