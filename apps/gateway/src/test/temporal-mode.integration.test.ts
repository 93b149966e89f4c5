import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OAuthConfig } from '@tributary/core';
import { createTestDatabase, type TestDatabase } from '@tributary/db/testing';
import { TemporalOrchestrator } from '@tributary/temporal';
import { requireTemporalAddress } from '@tributary/temporal/testing';
import { generateKeyHex } from '@tributary/vault';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentInSimulator } from '../testing/browser.js';
import type { Result } from '../testing/client.js';
import { CONNECT_OAUTH, TRIGGER_SYNC } from '../testing/documents.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';
import { syncSettled, waitUntil } from '../testing/wait.js';

/**
 * The distributed deployment on real parts: this gateway orchestrates with
 * a Temporal dev server, the worker app (its real `main.ts`, catalog
 * registry and all) runs in a separate process on the same PostgreSQL
 * database, and a sandbox OAuth connection (Google Ads, one-hour tokens)
 * is connected through the gateway, synced by the worker against the
 * sandbox the gateway serves, and refreshed by the worker when its access
 * token has expired.
 */

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const WORKER_MAIN = join(ROOT, 'apps/worker/src/main.ts');

let db: TestDatabase;
let t: TestGateway;
let worker: ChildProcess;
let workerOutput = '';
const workerDataDir = mkdtempSync(join(tmpdir(), 'tributary-worker-'));

/** The worker app in its own process; resolves once its /healthz says it polls. */
async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--conditions=@tributary/source', '--import', 'tsx', WORKER_MAIN], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let port = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    workerOutput += chunk.toString();
    const started = /"healthPort":(\d+)[^\n]*"msg":"worker started"/.exec(workerOutput);
    if (started?.[1]) port = Number(started[1]);
  });
  child.stderr?.on('data', (chunk: Buffer) => (workerOutput += chunk.toString()));
  await waitUntil(
    async () => {
      if (child.exitCode !== null) throw new Error(`the worker exited during start-up:\n${workerOutput}`);
      if (port === 0) return false;
      return (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status === 200;
    },
    'the worker process to poll',
    90_000,
  );
  return child;
}

beforeAll(async () => {
  const temporal = requireTemporalAddress();
  db = await createTestDatabase({ server: true });
  const key = generateKeyHex();
  const taskQueue = `gateway-it-${randomBytes(4).toString('hex')}`;
  const shared = { TEMPORAL_ADDRESS: temporal, TEMPORAL_TASK_QUEUE: taskQueue, CONNECTOR_ENCRYPTION_KEY: key };
  t = await startTestGateway({ db, env: shared });
  worker = await startWorker({
    ...shared,
    DATABASE_URL: db.url ?? '',
    PUBLIC_URL: t.url,
    TRIBUTARY_DATA_DIR: workerDataDir,
    TRIBUTARY_MIGRATE: 'false',
    WORKER_HEALTH_PORT: '0',
    WORKER_HEALTH_HOST: '127.0.0.1',
    WORKER_SWEEP_INTERVAL_MS: '0',
    LOG_LEVEL: 'info',
  });
});

afterAll(async () => {
  if (worker && worker.exitCode === null) {
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill('SIGTERM');
    await exited;
  }
  await t?.close();
  await db?.dispose();
  rmSync(workerDataDir, { recursive: true, force: true });
});

const tokensOf = async (connectorId: string) => {
  const row = await db.prisma.connector.findFirstOrThrow({ where: { tenantId: t.tenantId, id: connectorId } });
  return OAuthConfig.parse(t.rt.vault.decrypt(row.config ?? '', { tenantId: t.tenantId, connectorId })).tokens;
};

describe('gateway on Temporal, worker in its own process', () => {
  let connectorId = '';

  it('orchestrates with Temporal, not in process', () => {
    expect(t.rt.orchestrator).toBeInstanceOf(TemporalOrchestrator);
  });

  it('connects Google Ads through the sandbox, and the worker syncs the chosen account from the sandbox the gateway serves', async () => {
    const client = t.admin.client;
    const started = await client.ok<{ connectOAuth: Result<string> }>(CONNECT_OAUTH, { type: 'google-ads' });
    const consentUrl = started.connectOAuth.data ?? '';
    expect(consentUrl.startsWith(`${t.url}/sandbox/google-ads/`)).toBe(true);
    const callback = await client.fetch(await consentInSimulator(consentUrl));
    expect(callback.status).toBe(302);
    const back = new URL(callback.headers.get('location') ?? '');
    connectorId = back.pathname.split('/').at(-1) ?? '';
    expect(back.searchParams.get('select')).toBe('1');

    const listed = await client.ok<{ vendorAccounts: Result<{ id: string; manager: boolean }[]> }>(
      `query Accounts($id: ID!) { vendorAccounts(connectorId: $id) { __typename ... on QueryVendorAccountsSuccess { data { id manager } } } }`,
      { id: connectorId },
    );
    const account = listed.vendorAccounts.data?.find((a) => !a.manager);
    expect(account).toBeDefined();
    const selected = await client.ok<{ selectAccount: { __typename: string } }>(
      `mutation Select($id: ID!, $account: String!) { selectAccount(connectorId: $id, accountId: $account) { __typename } }`,
      { id: connectorId, account: account?.id ?? '' },
    );
    expect(selected.selectAccount.__typename).toBe('MutationSelectAccountSuccess');

    // The first sync starts on account selection; Temporal hands it to the worker process.
    await waitUntil(() => db.prisma.syncLog.findFirst({ where: { tenantId: t.tenantId, connectorId } }), 'the first sync to start');
    const log = await syncSettled(t.rt, t.tenantId, connectorId);
    expect(log, workerOutput).toMatchObject({ status: 'completed', recordsFailed: 0 });
    expect(log.recordsCreated).toBeGreaterThan(0);
    const metrics = await db.prisma.channelMetric.count({ where: { tenantId: t.tenantId, connectorId } });
    expect(metrics).toBe(log.recordsCreated);
    expect(workerOutput).toContain(`"connectorId":"${connectorId}"`);
  });

  it('refreshes an expired access token in the worker, through the OAuth app and sandbox the gateway registered', async () => {
    const before = await tokensOf(connectorId);
    expect(before.refreshToken).toBeTruthy();
    const expired = { ...before, expiresAt: new Date(Date.now() - 60_000).toISOString() };
    const row = await db.prisma.connector.findFirstOrThrow({ where: { tenantId: t.tenantId, id: connectorId } });
    const config = { ...(t.rt.vault.decrypt(row.config ?? '', { tenantId: t.tenantId, connectorId }) as object), tokens: expired };
    await db.prisma.connector.update({
      where: { id: connectorId },
      data: { config: t.rt.vault.encrypt(config, { tenantId: t.tenantId, connectorId }) },
    });

    const triggered = await t.admin.client.ok<{ triggerSync: { __typename: string } }>(TRIGGER_SYNC, { id: connectorId, full: false });
    expect(triggered.triggerSync.__typename).toBe('MutationTriggerSyncSuccess');
    const log = await waitUntil(async () => {
      const latest = await syncSettled(t.rt, t.tenantId, connectorId);
      return latest.syncType === 'incremental' ? latest : undefined;
    }, 'the incremental sync to finish');
    expect(log, workerOutput).toMatchObject({ status: 'completed', recordsFailed: 0 });

    const after = await tokensOf(connectorId);
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(Date.parse(after.expiresAt ?? '')).toBeGreaterThan(Date.now() + 30 * 60_000);
    const connector = await db.prisma.connector.findFirstOrThrow({ where: { id: connectorId } });
    expect(connector).toMatchObject({ status: 'connected', lastErrorKind: null, lastSyncError: null });
  });
});
