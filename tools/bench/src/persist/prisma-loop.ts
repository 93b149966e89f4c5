import type { PrismaClient } from '@tributary/db';
import type { ChargeRow } from './charges.js';

/**
 * The baseline: one `prisma.charge.upsert` per row, as code without a bulk
 * path would write it.
 */
export async function prismaUpsertLoop(
  prisma: PrismaClient,
  owner: { tenantId: string; connectorId: string },
  rows: readonly ChargeRow[],
): Promise<number> {
  const { tenantId, connectorId } = owner;
  for (const { record, raw } of rows) {
    const fields = {
      amount: BigInt(record.amount),
      currency: record.currency,
      status: record.status,
      amountRefunded: BigInt(record.amountRefunded),
      customerEmail: record.customerEmail ?? null,
      customerExternalId: record.customerExternalId ?? null,
      description: record.description ?? null,
      occurredAt: record.occurredAt,
      raw,
    };
    await prisma.charge.upsert({
      where: { tenantId_connectorId_externalId: { tenantId, connectorId, externalId: record.externalId } },
      create: { tenantId, connectorId, externalId: record.externalId, ...fields },
      update: { ...fields, deletedAt: null, updatedAt: new Date() },
    });
  }
  return rows.length;
}
