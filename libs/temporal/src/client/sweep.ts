import type { Client } from '@temporalio/client';
import type { Logger } from '@tributary/core';
import type { PrismaClient } from '@tributary/db';
import { recoverInterrupted } from '@tributary/sync';
import { isSyncRunning } from './running.js';

export interface SweepOptions {
  prisma: PrismaClient;
  client: Client;
  /** Only connectors whose claim is older than this (a sync that just ended is not mistaken for a dead one). */
  staleAfterMs: number;
  logger?: Logger;
}

/**
 * A status "syncing" that outlived its workflow (the workflow was
 * terminated, or timed out, so its finish step never ran): the run's log is
 * closed as interrupted and the connector goes to `error` with the cursor
 * kept, so the next sync resumes. Connectors whose workflow still runs are
 * left alone, however long their batch takes.
 *
 * @example
 * setInterval(() => void sweepOrphanedSyncs({ prisma, client, staleAfterMs: 60_000 }), 60_000);
 */
export function sweepOrphanedSyncs(options: SweepOptions): Promise<number> {
  return recoverInterrupted(options.prisma, {
    staleAfterMs: options.staleAfterMs,
    skip: (tenantId, connectorId) => isSyncRunning(options.client, tenantId, connectorId),
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
