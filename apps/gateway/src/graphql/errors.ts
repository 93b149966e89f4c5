import { ConflictError, InputError, NotFoundError, VendorFailure } from '../services/errors.js';
import { builder } from './builder.js';

/** Every expected failure implements `Error`, so clients can always ask `... on Error { message }`. */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.objectType(Error, { name: 'BaseError', interfaces: [ErrorInterface] });

const FieldError = builder.objectRef<{ path: string; message: string }>('FieldError').implement({
  fields: (t) => ({ path: t.exposeString('path'), message: t.exposeString('message') }),
});

builder.objectType(InputError, {
  name: 'InputError',
  description: 'The input was rejected; `fieldErrors` says which fields and why.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ fieldErrors: t.field({ type: [FieldError], resolve: (e) => e.fieldErrors }) }),
});

builder.objectType(NotFoundError, { name: 'NotFoundError', interfaces: [ErrorInterface] });

builder.objectType(ConflictError, { name: 'ConflictError', interfaces: [ErrorInterface] });

const ErrorKindEnum = builder.enumType('ErrorKind', {
  values: ['auth_expired', 'auth_revoked', 'rate_limited', 'transient', 'vendor', 'config', 'validation'] as const,
});

builder.objectType(VendorFailure, {
  name: 'VendorError',
  description: 'The vendor refused or failed; `suggestedFix` says what a person can do.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    kind: t.field({ type: ErrorKindEnum, resolve: (e) => e.kind }),
    suggestedFix: t.exposeString('suggestedFix'),
  }),
});

/** The error classes a mutation can return as data. */
export const MUTATION_ERRORS = [InputError, NotFoundError, ConflictError, VendorFailure];
export { ErrorKindEnum };
