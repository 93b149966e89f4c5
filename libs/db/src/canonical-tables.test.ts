import { canonicalFields, canonicalFieldSpecs, ENTITY_TYPES, type CanonicalFieldSpec } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { CANONICAL_TABLES, deriveTable, snakeCase, tableNameOf } from './canonical-tables.js';

describe('CANONICAL_TABLES, derived from the zod schemas', () => {
  it('covers every entity and every field, column = snake_case(field)', () => {
    expect(Object.keys(CANONICAL_TABLES).sort()).toEqual([...ENTITY_TYPES].sort());
    for (const entity of ENTITY_TYPES) {
      const spec = CANONICAL_TABLES[entity];
      expect(
        spec.columns.map((c) => c.field),
        entity,
      ).toEqual(canonicalFields(entity));
      for (const c of spec.columns) expect(c.column, `${entity}.${c.field}`).toBe(snakeCase(c.field));
    }
  });

  it('names the tables the migrations created', () => {
    expect(Object.fromEntries(ENTITY_TYPES.map((e) => [e, CANONICAL_TABLES[e].table]))).toEqual({
      person: 'people',
      account: 'accounts',
      activity: 'activities',
      deal: 'deals',
      charge: 'charges',
      channel_metric: 'channel_metrics',
      site_analytics: 'site_analytics',
      activity_participant: 'activity_participants',
    });
  });

  it('types columns from the zod types, NULL only where a field may be absent', () => {
    const charge = new Map(CANONICAL_TABLES.charge.columns.map((c) => [c.field, c]));
    expect(charge.get('amount')).toMatchObject({ column: 'amount', type: 'bigint', nullable: false });
    expect(charge.get('amountRefunded')).toMatchObject({ column: 'amount_refunded', type: 'bigint', nullable: false });
    expect(charge.get('occurredAt')).toMatchObject({ type: 'timestamptz', nullable: false });
    expect(charge.get('customerEmail')).toMatchObject({ type: 'text', nullable: true });
    const account = new Map(CANONICAL_TABLES.account.columns.map((c) => [c.field, c]));
    expect(account.get('employeeCount')).toMatchObject({ type: 'integer', nullable: true });
    expect(account.get('annualRevenue')).toMatchObject({ type: 'float8', nullable: true });
    expect(CANONICAL_TABLES.deal.columns.find((c) => c.field === 'closeDate')).toMatchObject({ type: 'date', nullable: true });
    expect(CANONICAL_TABLES.activity.columns.find((c) => c.field === 'properties')).toMatchObject({ type: 'jsonb', nullable: true });
  });

  it('keeps the zod descriptions beside the columns', () => {
    const described = ENTITY_TYPES.flatMap((e) =>
      canonicalFieldSpecs(e)
        .filter((f) => f.description)
        .map((f) => `${e}.${f.name}`),
    );
    const kept = ENTITY_TYPES.flatMap((e) => CANONICAL_TABLES[e].columns.filter((c) => c.description).map((c) => `${e}.${c.field}`));
    expect(kept).toEqual(described);
    expect(kept.length).toBeGreaterThan(0);
  });
});

describe('a new entity is one zod schema', () => {
  // What core's canonicalFieldSpecs reads from a zod object (core's field-specs tests cover that step).
  const identity: CanonicalFieldSpec[] = [
    { name: 'externalId', kind: 'text', optional: false },
    { name: 'personExternalId', kind: 'text', optional: true },
    { name: 'verified', kind: 'boolean', optional: false },
    { name: 'seenAt', kind: 'timestamp', optional: false },
    { name: 'score', kind: 'number', optional: true, description: 'Match confidence' },
    { name: 'claims', kind: 'json', optional: true },
  ];

  it('derives its table: plural name, snake_case columns, types, NULLs', () => {
    expect(deriveTable(tableNameOf('identity'), identity)).toEqual({
      table: 'identities',
      columns: [
        { field: 'externalId', column: 'external_id', type: 'text', nullable: false },
        { field: 'personExternalId', column: 'person_external_id', type: 'text', nullable: true },
        { field: 'verified', column: 'verified', type: 'boolean', nullable: false },
        { field: 'seenAt', column: 'seen_at', type: 'timestamptz', nullable: false },
        { field: 'score', column: 'score', type: 'float8', nullable: true, description: 'Match confidence' },
        { field: 'claims', column: 'claims', type: 'jsonb', nullable: true },
      ],
    });
  });

  it('takes an explicit column type only from the override map', () => {
    expect(deriveTable('identities', identity, { score: 'integer' }).columns.map((c) => c.type)).toEqual([
      'text',
      'text',
      'boolean',
      'timestamptz',
      'integer',
      'jsonb',
    ]);
  });

  it('pluralizes regular names and takes irregular ones from the map', () => {
    expect(['activity_participant', 'site_metric', 'identity', 'address', 'day'].map((e) => tableNameOf(e))).toEqual([
      'activity_participants',
      'site_metrics',
      'identities',
      'addresses',
      'days',
    ]);
    expect(tableNameOf('person')).toBe('people');
    expect(tableNameOf('child', { child: 'children' })).toBe('children');
  });
});
