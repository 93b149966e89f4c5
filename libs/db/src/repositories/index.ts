import { canonicalRepository } from './canonical.js';
import { connectorRepository } from './connectors.js';
import { deadLetterRepository } from './dead-letters.js';
import { fieldMappingRepository } from './field-mappings.js';
import { o365ConfigRepository } from './o365-config.js';
import { syncLogRepository } from './sync-logs.js';
import type { Db } from './types.js';

/**
 * Every repository for one tenant. Nothing here can read or write another
 * tenant's rows: each query carries the tenant id, and canonical rows are
 * keyed by (tenant, connector, external id) with a foreign key to the
 * tenant's own connector.
 *
 * @example
 * const scope = forTenant(db.prisma, tenantId);
 * await scope.connectors.list();
 */
export function forTenant(db: Db, tenantId: string) {
  return {
    tenantId,
    connectors: connectorRepository(db, tenantId),
    syncLogs: syncLogRepository(db, tenantId),
    deadLetters: deadLetterRepository(db, tenantId),
    fieldMappings: fieldMappingRepository(db, tenantId),
    canonical: canonicalRepository(db, tenantId),
    o365Config: o365ConfigRepository(db, tenantId),
  };
}

export type TenantScope = ReturnType<typeof forTenant>;

export * from './types.js';
export { syncWrites, prismaQueryable, type SyncProgress as SyncWriteProgress, type StreamCount } from './sync-writes.js';
export { connectorLock, type LockedConnector } from './connector-lock.js';
export type { ConnectorRow, NewConnector, ConnectorPatch } from './connectors.js';

export type { O365ConfigRow, O365PrivacyPatch } from './o365-config.js';
export type { SyncLogRow, SyncLogStatus, SyncLogType, SyncProgress } from './sync-logs.js';
export type { DeadLetterRow, DeadLetterGroup, DeadLetterGroupKey, NewDeadLetter } from './dead-letters.js';
