import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { getOperationAST, GraphQLError } from 'graphql';
import { createYoga, maskError, type Plugin } from 'graphql-yoga';
import { InputError } from '../services/errors.js';
import type { Principal } from '../auth/principal.js';
import type { GatewayRuntime } from '../runtime.js';
import type { GraphQLContext } from './builder.js';
import { logUnexpectedErrors } from './log-errors.js';
import { gatewaySchema } from './schema.js';

/** The InputError behind a GraphQL error, if that is what it is. */
export function inputErrorIn(error: unknown): InputError | undefined {
  if (error instanceof InputError) return error;
  return error instanceof GraphQLError ? inputErrorIn(error.originalError) : undefined;
}

/**
 * A rejected argument is the caller's to fix: its message and field errors
 * go out as BAD_USER_INPUT in every environment (queries have no typed
 * result to carry them). Everything else is masked as before.
 */
const maskUnlessInputError: typeof maskError = (error, message, isDev) => {
  const input = inputErrorIn(error);
  if (!input) return maskError(error, message, isDev);
  const path = error instanceof GraphQLError ? error.path : undefined;
  return new GraphQLError(input.message, {
    ...(path ? { path } : {}),
    extensions: { code: 'BAD_USER_INPUT', kind: 'validation', fieldErrors: input.fieldErrors },
  });
};

/**
 * After a mutation in this process (a revoked token, a removed member, a
 * switched tenant), read auth_version at once: this process's cache drops
 * what the change made stale before the response goes out. Other processes
 * see it on their next poll.
 */
function refreshAuthAfterMutations(rt: GatewayRuntime): Plugin<ServerContext> {
  return {
    onExecute: ({ args }) => {
      const operation = getOperationAST(args.document, args.operationName);
      return operation?.operation === 'mutation' ? { onExecuteDone: () => rt.auth.refresh() } : undefined;
    },
  };
}

/** What the HTTP layer hands yoga with each request. */
type ServerContext = { principal: Principal; requestId: string };

/**
 * graphql-yoga on the Pothos schema: depth, cost, alias and token limits
 * (graphql-armor), unexpected errors masked in production, introspection
 * open in development and configurable in production, GraphiQL in development.
 * Unexpected errors are logged with the request id before they are masked.
 */
export function createGraphQL(rt: GatewayRuntime) {
  const plugins: Plugin<ServerContext>[] = [
    EnvelopArmorPlugin({
      maxDepth: { n: 12 },
      costLimit: { maxCost: 20_000 },
      maxAliases: { n: 20 },
      maxTokens: { n: 5_000 },
      maxDirectives: { n: 20 },
      blockFieldSuggestion: { enabled: rt.config.env === 'production' },
    }),
    logUnexpectedErrors<ServerContext>(rt.logger),
    refreshAuthAfterMutations(rt),
  ];
  if (!rt.config.introspection) plugins.push(useDisableIntrospection());
  return createYoga<ServerContext, GraphQLContext>({
    schema: gatewaySchema(),
    graphqlEndpoint: '/graphql',
    maskedErrors: { isDev: rt.config.env !== 'production', maskError: maskUnlessInputError },
    graphiql: rt.config.env !== 'production' ? { title: 'Tributary GraphQL' } : false,
    renderGraphiQL,
    landingPage: false,
    // The HTTP layer's bodyLimit already refuses bodies over 1 MB; yoga's own limit re-streams every body through a TransformStream.
    maxRequestBodySize: false,
    // CORS is the HTTP layer's (http/cors.ts): yoga's default would answer any origin, with credentials.
    cors: false,
    logging: false,
    plugins,
    context: ({ principal, request }) => ({ rt, principal, request }),
  });
}
