import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import './types/connector-type.js';
import './types/sync.js';
import './types/connector.js';
import './types/dead-letters.js';
import './types/sync-runs.js';
import './types/mappings.js';
import './types/canonical.js';
import './types/me.js';
import './types/o365.js';
import './types/identity.js';
import './types/attribution.js';
import './mutations/connectors.js';
import './mutations/admin.js';

let schema: GraphQLSchema | undefined;

/** The GraphQL schema (built once: Pothos types are declared at import). */
export function gatewaySchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: true });
  return schema;
}

/** The schema as SDL, sorted, for `apps/gateway/schema.graphql`. */
export function printGatewaySchema(): string {
  return `${printSchema(lexicographicSortSchema(gatewaySchema()))}\n`;
}
