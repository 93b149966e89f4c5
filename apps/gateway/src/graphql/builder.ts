import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { hasRole, type Principal } from '../auth/principal.js';
import type { GatewayRuntime } from '../runtime.js';
import { InputError } from '../services/errors.js';

/** What every resolver receives: the runtime and the authenticated caller (always one tenant). */
export interface GraphQLContext {
  rt: GatewayRuntime;
  principal: Principal;
  request: Request;
}

type Issue = { message: string; path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined };

/** A failed argument check as the one typed input error: every field and why. */
export function inputErrorOf(issues: readonly Issue[]): InputError {
  const fieldErrors = issues.map((issue) => ({
    path: (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.'),
    message: issue.message,
  }));
  const first = fieldErrors[0];
  return new InputError(first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'Invalid input', fieldErrors);
}

/**
 * The Pothos builder: scope-auth (viewer < manager < admin), typed errors
 * through an `Error` interface, zod checks on every argument (validation:
 * a failed check is an `InputError`, returned as data by mutations and as a
 * BAD_USER_INPUT error by queries), Relay connections.
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
  /** A list may say how many rows match its filter (asked only when the field is). */
  Connection: { totalCount?: () => Promise<number> };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, RelayPlugin],
  validation: { validationError: (failure) => inputErrorOf(failure.issues) },
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      viewer: hasRole(ctx.principal, 'viewer'),
      manager: hasRole(ctx.principal, 'manager'),
      admin: hasRole(ctx.principal, 'admin'),
    }),
  },
  relay: { clientMutationId: 'omit', cursorType: 'String' },
  // Argument checks run before resolvers; their InputError is a typed result where the field declares it.
  errors: { defaultTypes: [], unsafelyHandleInputErrors: true },
});

builder.queryType({});
builder.mutationType({});
