import { deriveChannelRates, ENTITY_TYPES, type EntityType } from '@tributary/core';
import { CANONICAL_TABLES } from '@tributary/db';
import { builder } from '../builder.js';
import { CanonicalFilter, canonicalConnection, canonicalWhere, type CanonicalQuerySpec } from './canonical-query.js';
import { canonicalFields, isCanonicalRow, type CanonicalRow } from './canonical-fields.js';

const pascal = (snake: string) => snake.replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase());
const camel = (snake: string) => snake.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** A row's canonical fields without the tenant and the raw row; bigints as numbers, dates as ISO strings. */
function storedFields(r: CanonicalRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    if (k === 'raw' || k === 'tenantId') continue;
    out[k] = typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

/**
 * One GraphQL object type per canonical entity, derived from the same
 * metadata as its table (libs/db CANONICAL_TABLES, from core's zod
 * schemas): type = PascalCase of the entity, one field per canonical field
 * with its scalar, nullability and description, plus the fields every
 * canonical type has (global id, connector, raw row, tombstone).
 */
export const CANONICAL_TYPES = new Map(
  ENTITY_TYPES.map((entity) => {
    const name = pascal(entity);
    const ref = builder.objectRef<CanonicalRow>(name).implement({
      fields: (t) => ({
        id: t.id({ resolve: (r) => Buffer.from(`${name}:${r.connectorId}:${r.externalId}`).toString('base64url') }),
        connectorId: t.string({ resolve: (r) => r.connectorId }),
        raw: t.field({ type: 'JSON', description: 'The vendor row as received', resolve: (r) => r.raw }),
        stored: t.field({
          type: 'JSON',
          description: "The stored canonical fields, JSON-safe: the values a mapping's derived `$.` sources had at sync (for previews)",
          resolve: (r) => storedFields(r),
        }),
        deletedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.deletedAt }),
        updatedAt: t.field({ type: 'DateTime', resolve: (r) => r.updatedAt }),
        ...canonicalFields(t, CANONICAL_TABLES[entity].columns),
      }),
    });
    return [entity, ref] as const;
  }),
);

/** Numbers Prisma returns as bigint, for the derived rates. */
const metric = (r: CanonicalRow, field: string) => {
  const v = r[field];
  return typeof v === 'bigint' || typeof v === 'number' ? Number(v) : 0;
};
const rates = (r: CanonicalRow) =>
  deriveChannelRates({
    visitors: metric(r, 'visitors'),
    clicks: metric(r, 'clicks'),
    leads: metric(r, 'leads'),
    conversions: metric(r, 'conversions'),
    cost: metric(r, 'cost'),
  });

const channelMetric = CANONICAL_TYPES.get('channel_metric');
if (channelMetric) {
  builder.objectFields(channelMetric, (t) => ({
    conversionRate: t.float({ nullable: true, resolve: (m) => rates(m).conversionRate }),
    costPerLead: t.float({ nullable: true, description: 'Minor units', resolve: (m) => rates(m).costPerLead }),
  }));
}

const activity = CANONICAL_TYPES.get('activity');
const person = CANONICAL_TYPES.get('person');
if (activity && person) {
  builder.objectFields(activity, (t) => ({
    person: t.field({
      type: person,
      nullable: true,
      description: 'The person it concerns, from the same connector, when it has been synced',
      resolve: async (a, _args, ctx) => {
        const externalId = a['personExternalId'];
        if (typeof externalId !== 'string') return null;
        const where = { tenantId: a.tenantId, connectorId: a.connectorId, externalId };
        const [row] = await rowsOf(ctx.rt.db.prisma, 'person').findMany({ where, take: 1 });
        return row ?? null;
      },
    }),
  }));
}

/** How each list is filtered: its date column and the columns `search` looks in (others: updatedAt, no search). */
const SPECS: Record<string, CanonicalQuerySpec> = {
  people: { dateField: 'updatedAt', searchFields: ['email', 'firstName', 'lastName'] },
  accounts: { dateField: 'updatedAt', searchFields: ['name', 'domain'] },
  activities: { dateField: 'occurredAt', searchFields: ['type', 'personExternalId'] },
  deals: { dateField: 'closeDate', searchFields: ['name', 'contactEmail'] },
  charges: { dateField: 'occurredAt', searchFields: ['customerEmail', 'description'] },
  channelMetrics: { dateField: 'date', searchFields: ['campaign', 'channel'] },
};

interface FindMany {
  findMany(args: object): Promise<unknown>;
  count(args: object): Promise<unknown>;
}
const hasFindMany = (v: unknown): v is FindMany =>
  typeof v === 'object' &&
  v !== null &&
  'findMany' in v &&
  typeof v.findMany === 'function' &&
  'count' in v &&
  typeof v.count === 'function';

function delegateOf(prisma: object, key: string): FindMany {
  const delegate: unknown = Reflect.get(prisma, key);
  if (!hasFindMany(delegate)) throw new Error(`The Prisma client has no model "${key}"`);
  return delegate;
}

/** The entity's Prisma model delegate (model = PascalCase of the entity, checked by libs/db's canonical-agreement test). */
function rowsOf(prisma: object, entity: EntityType) {
  const key = camel(entity);
  return {
    async findMany(args: object): Promise<CanonicalRow[]> {
      const rows = await delegateOf(prisma, key).findMany(args);
      return Array.isArray(rows) ? rows.filter(isCanonicalRow) : [];
    },
    async count(args: { where: object }): Promise<number> {
      const n = await delegateOf(prisma, key).count(args);
      return typeof n === 'number' ? n : 0;
    },
  };
}

/** One Relay list per entity, named after its table: `people`, `channelMetrics`. */
builder.queryFields((t) =>
  Object.fromEntries(
    [...CANONICAL_TYPES].map(([entity, type]) => {
      const name = camel(CANONICAL_TABLES[entity].table);
      const spec = SPECS[name] ?? { dateField: 'updatedAt', searchFields: [] };
      const field = t.connection(
        {
          type,
          authScopes: { viewer: true },
          args: { filter: t.arg({ type: CanonicalFilter, required: false }) },
          resolve: async (_r, args, ctx) => {
            const rows = rowsOf(ctx.rt.db.prisma, entity);
            const page = await canonicalConnection(rows, ctx.principal.tenantId, spec, args.filter, args);
            return { ...page, totalCount: () => rows.count({ where: canonicalWhere(ctx.principal.tenantId, spec, args.filter) }) };
          },
        },
        {
          fields: (c) => ({
            totalCount: c.int({
              description: 'How many rows match the filter, on every page',
              resolve: (conn) => conn.totalCount?.() ?? 0,
            }),
          }),
        },
      );
      return [name, field];
    }),
  ),
);
