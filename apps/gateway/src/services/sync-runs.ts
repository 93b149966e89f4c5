import type { SyncLogRow } from '@tributary/db';
import type { GatewayRuntime } from '../runtime.js';
import { connectorRow } from './connection.js';

const POLL_MS = 250;

/**
 * The connector's newest full or incremental run once it has ended, or as
 * it stands after `timeoutMs`. A sync that was just triggered may not have
 * its log yet: while the connector is `syncing`, the wait goes on.
 */
export async function waitForSync(
  rt: GatewayRuntime,
  tenantId: string,
  connectorId: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<SyncLogRow | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row, log] = await Promise.all([
      connectorRow(rt, tenantId, connectorId),
      rt.db.prisma.syncLog.findFirst({
        where: { tenantId, connectorId, syncType: { in: ['full', 'incremental'] } },
        orderBy: { startedAt: 'desc' },
      }),
    ]);
    const settled = row.status !== 'syncing' && log?.status !== 'running';
    if (settled || Date.now() >= deadline || signal?.aborted) return log;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
