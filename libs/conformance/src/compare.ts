import type { EntityType } from '@tributary/core';
import { forTenant, type PrismaClient } from '@tributary/db';
import type { ExpectedRecords } from './types.js';

type Row = Record<string, unknown> & { externalId: string };

/** Stored values in canonical form: bigint -> number, Date -> ISO (date-only for `date`/`closeDate`). */
function normalize(field: string, value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return field === 'date' || field === 'closeDate' ? value.toISOString().slice(0, 10) : value.toISOString();
  if (value === null) return undefined;
  return value;
}

function expectedValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value === null ? undefined : value;
}

async function liveRows(prisma: PrismaClient, entity: EntityType, where: { tenantId: string; connectorId: string }): Promise<Row[]> {
  const rows = await forTenant(prisma, where.tenantId).canonical.list(entity, where.connectorId);
  return rows.map((r) => ({ ...r, externalId: String(r['externalId']) }));
}

/**
 * Differences between what the vendor holds and what the database stores
 * for one connector: missing rows, unexpected rows, and field mismatches
 * (first few of each). Empty when they agree exactly.
 */
export async function diffStored(
  prisma: PrismaClient,
  where: { tenantId: string; connectorId: string },
  expected: ExpectedRecords,
): Promise<string[]> {
  const problems: string[] = [];
  for (const [entity, records] of Object.entries(expected) as [EntityType, Map<string, Record<string, unknown>>][]) {
    const stored = new Map((await liveRows(prisma, entity, where)).map((r) => [r.externalId, r]));
    const missing = [...records.keys()].filter((id) => !stored.has(id));
    const extra = [...stored.keys()].filter((id) => !records.has(id));
    if (missing.length) problems.push(`${entity}: ${missing.length} missing (${missing.slice(0, 3).join(', ')})`);
    if (extra.length) problems.push(`${entity}: ${extra.length} unexpected (${extra.slice(0, 3).join(', ')})`);
    let mismatches = 0;
    for (const [id, fields] of records) {
      const row = stored.get(id);
      if (!row) continue;
      for (const [field, value] of Object.entries(fields)) {
        const actual = normalize(field, row[field]);
        if (JSON.stringify(actual) !== JSON.stringify(expectedValue(value)) && mismatches++ < 5) {
          problems.push(`${entity} ${id}.${field}: stored ${JSON.stringify(actual)}, vendor ${JSON.stringify(expectedValue(value))}`);
        }
      }
    }
    if (mismatches > 5) problems.push(`${entity}: ${mismatches} field mismatches in all`);
  }
  return problems;
}
