import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { hasRole, type Principal } from '../auth/principal.js';
import type { GatewayRuntime } from '../runtime.js';

/** What every resolver receives: the runtime and the authenticated caller (always one tenant). */
export interface GraphQLContext {
  rt: GatewayRuntime;
  principal: Principal;
  request: Request;
}

/**
 * The Pothos builder: scope-auth (viewer < manager < admin), typed errors
 * through an `Error` interface, Relay connections.
 */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  AuthScopes: { viewer: boolean; manager: boolean; admin: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    SafeInt: { Input: number; Output: number | bigint };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      viewer: hasRole(ctx.principal, 'viewer'),
      manager: hasRole(ctx.principal, 'manager'),
      admin: hasRole(ctx.principal, 'admin'),
    }),
  },
  relay: { clientMutationId: 'omit', cursorType: 'String' },
  errors: { defaultTypes: [] },
});

builder.queryType({});
builder.mutationType({});
