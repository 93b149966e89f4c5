import { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { InputError } from '../services/errors.js';

/** A GraphQLError we raised on purpose (bad cursor, refused scope, rejected input), as opposed to one wrapping a thrown Error. */
const isIntended = (error: unknown): boolean =>
  error instanceof InputError ||
  (error instanceof GraphQLError && (error.originalError === undefined || error.originalError === null || isIntended(error.originalError)));

/**
 * Log every unexpected resolver error with the request id before it is
 * masked: production answers "Unexpected error." and the X-Request-Id the
 * caller quotes finds the cause here.
 */
export function logUnexpectedErrors<Context extends { requestId: string }>(logger: Logger): Plugin<Context> {
  return {
    onExecute: () => ({
      onExecuteDone: (payload) =>
        handleStreamOrSingleExecutionResult(payload, ({ args, result }) => {
          for (const error of result.errors ?? []) {
            if (isIntended(error)) continue;
            const cause = error.originalError ?? error;
            logger.error(
              { reqId: args.contextValue.requestId, path: error.path, error: { message: cause.message, stack: cause.stack } },
              'unexpected GraphQL error',
            );
          }
        }),
    }),
  };
}
