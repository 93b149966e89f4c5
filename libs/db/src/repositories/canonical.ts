import type { EntityType } from '@tributary/core';
import type { UpsertCounts, UpsertRow } from '../bulk-upsert.js';
import { prismaQueryable, syncWrites } from './sync-writes.js';
import type { Db } from './types.js';

/** Canonical records of one tenant: bulk writes and simple reads. */
export function canonicalRepository(db: Db, tenantId: string) {
  const delegate = (entity: EntityType) => {
    switch (entity) {
      case 'person':
        return db.person;
      case 'account':
        return db.account;
      case 'activity':
        return db.activity;
      case 'deal':
        return db.deal;
      case 'charge':
        return db.charge;
      case 'channel_metric':
        return db.channelMetric;
    }
  };
  return {
    upsert: (connectorId: string, entity: EntityType, rows: readonly UpsertRow[]): Promise<UpsertCounts> =>
      syncWrites(prismaQueryable(db), tenantId).upsert(connectorId, entity, rows),

    markDeleted: (connectorId: string, entity: EntityType, externalIds: readonly string[]) =>
      syncWrites(prismaQueryable(db), tenantId).markDeleted(connectorId, entity, externalIds),

    /** How many live (not tombstoned) rows a connector has for an entity. */
    count(entity: EntityType, connectorId?: string, options: { includeDeleted?: boolean } = {}): Promise<number> {
      const where = { tenantId, ...(connectorId ? { connectorId } : {}), ...(options.includeDeleted ? {} : { deletedAt: null }) };
      // Each delegate has its own generated type; the where shape is the same for all canonical tables.
      return (delegate(entity) as unknown as { count(args: { where: typeof where }): Promise<number> }).count({ where });
    },
  };
}
