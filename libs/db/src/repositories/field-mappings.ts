import type { FieldMapping } from '@tributary/core';
import type { Db } from './types.js';

/** A tenant's mapping overrides per connector (defaults live in the connector). */
export function fieldMappingRepository(db: Db, tenantId: string) {
  return {
    async list(connectorId: string): Promise<FieldMapping[]> {
      const rows = await db.fieldMapping.findMany({ where: { tenantId, connectorId }, orderBy: [{ stream: 'asc' }, { target: 'asc' }] });
      return rows.map((r) => ({ stream: r.stream, source: r.source, target: r.target, transform: r.transform }));
    },

    /** Replace every override of a connector (call inside a transaction). */
    async replace(connectorId: string, mappings: readonly FieldMapping[]): Promise<void> {
      await db.fieldMapping.deleteMany({ where: { tenantId, connectorId } });
      if (mappings.length === 0) return;
      await db.fieldMapping.createMany({
        data: mappings.map((m) => ({
          tenantId,
          connectorId,
          stream: m.stream,
          source: m.source,
          target: m.target,
          transform: m.transform,
        })),
      });
    },
  };
}
