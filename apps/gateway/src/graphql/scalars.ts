import { GraphQLError, valueFromASTUntyped } from 'graphql';
import { builder } from './builder.js';

builder.scalarType('DateTime', {
  description: 'An ISO 8601 timestamp',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 timestamp');
    return date;
  },
});

builder.scalarType('JSON', {
  description: 'Any JSON value',
  serialize: (value) => value,
  parseValue: (value) => value,
  // Written inline (`settings: { writeback: { enabled: true } }`), an object or list is the same value a variable would carry.
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables ?? undefined),
});

builder.scalarType('SafeInt', {
  description: 'An integer up to 2^53 (amounts in minor units, counters); GraphQL Int stops at 2^31',
  serialize: (value) => {
    const n = typeof value === 'bigint' ? Number(value) : value;
    if (!Number.isSafeInteger(n)) throw new GraphQLError('Integer out of the safe range');
    return n;
  },
  parseValue: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new GraphQLError('SafeInt must be an integer');
    return value;
  },
});
