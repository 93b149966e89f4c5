import { canonicalFields, ENTITY_TYPES } from '@tributary/core';
import { CANONICAL_TABLES } from '@tributary/db';
import { GraphQLObjectType, isNonNullType, type GraphQLOutputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { gatewaySchema } from '../schema.js';

const SCALARS: Record<string, string> = {
  text: 'String',
  integer: 'Int',
  bigint: 'SafeInt',
  float8: 'Float',
  timestamptz: 'DateTime',
  date: 'String',
  jsonb: 'JSON',
  boolean: 'Boolean',
};
const named = (type: GraphQLOutputType): string => (isNonNullType(type) ? named(type.ofType) : String(type));

describe('the canonical GraphQL types, derived from the canonical schema', () => {
  const schema = gatewaySchema();

  it('has a type per entity with every canonical field: its scalar, nullability and description', () => {
    for (const entity of ENTITY_TYPES) {
      const name = entity.replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase());
      const type = schema.getType(name);
      expect(type, name).toBeInstanceOf(GraphQLObjectType);
      const fields = type instanceof GraphQLObjectType ? type.getFields() : {};
      expect(Object.keys(fields), name).toEqual(expect.arrayContaining(canonicalFields(entity)));
      for (const c of CANONICAL_TABLES[entity].columns) {
        const field = fields[c.field];
        expect(field && named(field.type), `${name}.${c.field}`).toBe(SCALARS[c.type]);
        expect(field && !isNonNullType(field.type), `${name}.${c.field} nullable`).toBe(c.nullable);
        expect(field?.description ?? undefined, `${name}.${c.field} description`).toBe(c.description);
      }
    }
  });

  it('lists every entity under the camelCase of its table', () => {
    const query = schema.getQueryType()?.getFields() ?? {};
    const lists = ENTITY_TYPES.map((e) => CANONICAL_TABLES[e].table.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()));
    expect(lists).toEqual([
      'people',
      'accounts',
      'activities',
      'deals',
      'charges',
      'channelMetrics',
      'siteAnalytics',
      'activityParticipants',
    ]);
    for (const list of lists)
      expect(query[list]?.args.map((a) => a.name).sort(), list).toEqual(['after', 'before', 'filter', 'first', 'last']);
  });
});
