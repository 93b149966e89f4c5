import type { Prisma } from '@tributary/db';
import { builder } from '../builder.js';
import { connectionOf, type PageArgs } from '../pagination.js';
import { Id, Search } from '../inputs.js';

export const CanonicalFilter = builder.inputType('CanonicalFilter', {
  fields: (t) => ({
    connectorId: t.id({ required: false, validate: Id.nullish() }),
    from: t.field({ type: 'DateTime', required: false, description: 'Inclusive lower bound on the record date' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Exclusive upper bound on the record date' }),
    search: t.string({
      required: false,
      description: 'Email, domain, name or campaign contains (case-insensitive)',
      validate: Search.nullish(),
    }),
    includeDeleted: t.boolean({ required: false, description: 'Include records the vendor deleted (tombstones)' }),
  }),
});

export interface FilterInput {
  connectorId?: string | number | null | undefined;
  from?: Date | null | undefined;
  to?: Date | null | undefined;
  search?: string | null | undefined;
  includeDeleted?: boolean | null | undefined;
}

/** How one canonical table is listed: its date column and the columns `search` looks in. */
export interface CanonicalQuerySpec {
  dateField: string;
  searchFields: string[];
}

interface Keyed {
  connectorId: string;
  externalId: string;
}

interface Delegate<T> {
  findMany(args: { where: object; orderBy: object[]; take: number; cursor?: object; skip?: number }): Promise<T[]>;
}

const isKey = (v: unknown): v is Keyed =>
  typeof v === 'object' && v !== null && typeof (v as Keyed).connectorId === 'string' && typeof (v as Keyed).externalId === 'string';

/** The tenant-scoped where-clause for a filter. */
export function canonicalWhere(
  tenantId: string,
  spec: CanonicalQuerySpec,
  filter: FilterInput | null | undefined,
): Record<string, unknown> {
  const where: Record<string, unknown> = { tenantId };
  if (filter?.connectorId) where['connectorId'] = String(filter.connectorId);
  if (!filter?.includeDeleted) where['deletedAt'] = null;
  if (filter?.from || filter?.to)
    where[spec.dateField] = { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) };
  const search = filter?.search?.trim();
  if (search) where['OR'] = spec.searchFields.map((f) => ({ [f]: { contains: search, mode: 'insensitive' as Prisma.QueryMode } }));
  return where;
}

/**
 * A Relay page of canonical rows, newest first by the table's date, keyset
 * on (tenant, connector, external id): stable under inserts, no offsets;
 * forwards with first/after, backwards with last/before.
 */
export async function canonicalConnection<T extends Keyed>(
  delegate: Delegate<T>,
  tenantId: string,
  spec: CanonicalQuerySpec,
  filter: FilterInput | null | undefined,
  args: PageArgs,
) {
  const orderBy = [{ [spec.dateField]: 'desc' }, { connectorId: 'asc' }, { externalId: 'asc' }];
  return connectionOf(
    args,
    isKey,
    ({ take, cursor }) =>
      delegate.findMany({
        where: canonicalWhere(tenantId, spec, filter),
        orderBy,
        take,
        ...(cursor ? { cursor: { tenantId_connectorId_externalId: { tenantId, ...cursor } }, skip: 1 } : {}),
      }),
    (row) => ({ connectorId: row.connectorId, externalId: row.externalId }),
  );
}
