import type { SyncLogRow } from '@tributary/db';
import type { GatewayRuntime } from '../runtime.js';

/**
 * Poll `probe` until it returns a value (not undefined, null or false), or
 * fail after `timeoutMs` naming what was awaited. Bounded polling, never a
 * fixed sleep the assertion depends on.
 */
export async function waitUntil<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The connector's newest sync log once no sync of it runs any more. */
export async function syncSettled(rt: GatewayRuntime, tenantId: string, connectorId: string, timeoutMs = 120_000): Promise<SyncLogRow> {
  return waitUntil(
    async () => {
      if (await rt.orchestrator.isRunning(tenantId, connectorId)) return undefined;
      const log = await rt.db.prisma.syncLog.findFirst({ where: { tenantId, connectorId }, orderBy: { startedAt: 'desc' } });
      return log && log.status !== 'running' ? log : undefined;
    },
    `the sync of connector ${connectorId} to finish`,
    timeoutMs,
  );
}
