import { getNamedType, isLeafType, type GraphQLArgument } from 'graphql';
import { gatewaySchema } from '../graphql/schema.js';
import type { GatewayClient, GqlResponse } from './client.js';

/** The ids a mutation is aimed at: the victim's connector, token, user and tenant. */
export interface Targets {
  connectorId: string;
  tokenId: string;
  userId: string;
  tenantId: string;
}

/** Argument values that would succeed for a caller allowed to act on `targets`. */
function argumentValue(mutation: string, arg: GraphQLArgument, targets: Targets): unknown {
  const values: Record<string, unknown> = {
    connectorId: targets.connectorId,
    id: targets.tokenId,
    userId: targets.userId,
    tenantId: targets.tenantId,
    type: 'stripe',
    useSandbox: true,
    credentials: [{ name: 'apiKey', value: 'sk_test_tributary_sandbox' }],
    // An OAuth flow takes only declared settings (Stripe has none); stored settings take anything the schema allows.
    settings: mutation === 'connectOAuth' ? {} : { note: 'changed' },
    accountId: 'acct_1',
    full: true,
    cron: '5 4 * * *',
    mappings: [{ stream: 'charges', source: 'description', target: 'description', transform: 'uppercase' }],
    expiresAt: null,
    name: `made by ${mutation}`,
    email: `new-${mutation.toLowerCase()}@example.com`,
    role: 'admin',
    // Office 365 privacy: the current DPA version, an allowlist, the tenant's own domain.
    version: '2026-12',
    allowedDomains: ['acme.example'],
    ownDomain: 'northwind.example',
    includeSubjects: false,
    stream: 'charges',
    reason: 'a reason no dead letter has',
  };
  if (!(arg.name in values)) throw new Error(`No test value for ${mutation}(${arg.name}): add one so every mutation is covered`);
  return values[arg.name];
}

export interface MutationCall {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One call of EVERY mutation in the schema, aimed at `targets`. A new
 * mutation is covered automatically (or fails loudly for want of a value).
 */
export function everyMutation(targets: Targets): MutationCall[] {
  const fields = Object.values(gatewaySchema().getMutationType()?.getFields() ?? {});
  return fields.map((field) => {
    const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
    const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename ... on Error { message } }';
    return {
      name: field.name,
      query: `mutation ${field.name[0]?.toUpperCase()}${field.name.slice(1)}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`,
      variables: Object.fromEntries(field.args.map((a) => [a.name, argumentValue(field.name, a, targets)])),
    };
  });
}

/** The scope-auth refusal: a GraphQL error naming the field, and no data for it. */
export const isRefused = (result: GqlResponse<Record<string, unknown>>, field: string) =>
  result.data === null && result.errors.some((e) => e.message.includes(`Not authorized to resolve Mutation.${field}`));

/** Run every mutation as `client`; returns the names of those that were NOT refused by scope-auth. */
export async function notRefused(client: GatewayClient, calls: MutationCall[]): Promise<string[]> {
  const allowed: string[] = [];
  for (const call of calls) {
    const result = await client.gql(call.query, call.variables);
    if (!isRefused(result, call.name)) allowed.push(call.name);
  }
  return allowed;
}
