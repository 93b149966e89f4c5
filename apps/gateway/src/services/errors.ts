import type { ErrorKind } from '@tributary/core';

/** Bad input: which fields and why. Becomes the GraphQL `InputError`. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Nothing with that id in the caller's tenant (also what another tenant's id looks like). */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

/** The request conflicts with the current state (a sync already running, a connector already connected). */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** The vendor refused or failed (bad key, revoked token, outage), with what a person can do. */
export class VendorFailure extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly suggestedFix: string,
  ) {
    super(message);
    this.name = 'VendorFailure';
  }
}
