import { graphql } from './generated';
import type { ErrorFieldsFragment } from './generated/graphql';

/**
 * What every mutation asks of a failure: the message, and for vendor and
 * input failures the kind, the fix and the field errors.
 */
export const ErrorFields = graphql(`
  fragment ErrorFields on Error {
    __typename
    message
    ... on VendorError {
      kind
      suggestedFix
    }
    ... on InputError {
      fieldErrors {
        path
        message
      }
    }
  }
`);

/** A typed `Error` result of a mutation, thrown so forms and notifications can show it. */
export class ActionError extends Error {
  readonly kind: string | undefined;
  readonly suggestedFix: string | undefined;
  readonly fieldErrors: { path: string; message: string }[];

  constructor(result: ErrorFieldsFragment) {
    super(result.message);
    this.name = 'ActionError';
    this.kind = result.__typename === 'VendorError' ? result.kind : undefined;
    this.suggestedFix = result.__typename === 'VendorError' ? result.suggestedFix : undefined;
    this.fieldErrors = result.__typename === 'InputError' ? result.fieldErrors : [];
  }
}

/**
 * The `data` of a `Mutation...Success`, or an {@link ActionError} for any
 * `... on Error` member of the result union.
 *
 * @example
 * const connector = unwrap((await gql(ConnectApiKeyDocument, vars)).connectApiKey);
 */
export function unwrap<S, E extends ErrorFieldsFragment>(result: { data: S } | E): S {
  if ('data' in result) return result.data;
  throw new ActionError(result);
}
