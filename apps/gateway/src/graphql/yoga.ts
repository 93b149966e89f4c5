import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Principal } from '../auth/principal.js';
import type { GatewayRuntime } from '../runtime.js';
import type { GraphQLContext } from './builder.js';
import { gatewaySchema } from './schema.js';

/**
 * graphql-yoga on the Pothos schema: depth, cost, alias and token limits
 * (graphql-armor), unexpected errors masked in production, introspection
 * open in development and configurable in production, GraphiQL in development.
 */
export function createGraphQL(rt: GatewayRuntime) {
  const plugins: Plugin[] = [
    EnvelopArmorPlugin({
      maxDepth: { n: 12 },
      costLimit: { maxCost: 20_000 },
      maxAliases: { n: 20 },
      maxTokens: { n: 5_000 },
      maxDirectives: { n: 20 },
      blockFieldSuggestion: { enabled: rt.config.env === 'production' },
    }),
  ];
  if (!rt.config.introspection) plugins.push(useDisableIntrospection());
  return createYoga<{ principal: Principal }, GraphQLContext>({
    schema: gatewaySchema(),
    graphqlEndpoint: '/graphql',
    maskedErrors: rt.config.env === 'production' ? true : { isDev: true },
    graphiql: rt.config.env !== 'production' ? { title: 'Tributary GraphQL' } : false,
    renderGraphiQL,
    landingPage: false,
    logging: false,
    plugins,
    context: ({ principal, request }) => ({ rt, principal, request }),
  });
}
