import { generateKeyHex } from '@tributary/vault';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GatewayClient } from '../testing/client.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';

/** Gateways as deployed: production (with and without introspection) and development. */
let production: TestGateway;
let introspective: TestGateway;
let development: TestGateway;
const productionLog: string[] = [];

const PRODUCTION = { NODE_ENV: 'production', CONNECTOR_ENCRYPTION_KEY: generateKeyHex() };

beforeAll(async () => {
  [production, introspective, development] = await Promise.all([
    startTestGateway({ env: PRODUCTION, logLines: productionLog }),
    startTestGateway({ env: { ...PRODUCTION, TRIBUTARY_GRAPHQL_INTROSPECTION: 'true' } }),
    startTestGateway({ env: { NODE_ENV: 'development' } }),
  ]);
});
afterAll(() => Promise.all([production, introspective, development].map((g) => g?.close())));

const INTERNAL = 'connection to 10.0.0.7:5432 refused by pg_hba.conf for user tributary_internal';

/** Make the catalog blow up like a broken dependency would, for the next call only. */
function breakCatalog(g: TestGateway) {
  vi.spyOn(g.rt.registry, 'list').mockImplementationOnce(() => {
    throw new Error(INTERNAL);
  });
}

const INTROSPECTION = '{ __schema { queryType { name } } }';

/** GET /graphql as a signed-in browser would when opening it. */
const openInBrowser = (client: GatewayClient) => client.fetch('/graphql', { headers: { accept: 'text/html' } });

describe('in production', () => {
  it('masks an unexpected error: a generic message, no internal text, no stack', async () => {
    breakCatalog(production);
    const response = await production.admin.client.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ connectorTypes { id } }' }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data: unknown; errors: { message: string; extensions?: Record<string, unknown> }[] };
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.message).toBe('Unexpected error.');
    expect(body.errors[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(text).not.toContain('pg_hba');
    expect(text).not.toMatch(/stack|originalError|\.ts:\d+|at .*\(/);
  });

  it('logs the masked error for the operator, with the request id the client got', async () => {
    breakCatalog(production);
    productionLog.length = 0;
    const response = await production.admin.client.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ connectorTypes { id } }' }),
    });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    const logged = productionLog
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((l) => JSON.stringify(l).includes('pg_hba'));
    expect(logged).toMatchObject({ level: 50, reqId: requestId, path: ['connectorTypes'] });
  });

  it('keeps intended errors readable, and does not log them as unexpected', async () => {
    productionLog.length = 0;
    const result = await production.admin.client.gql('{ charges(first: 1, after: "nope") { edges { cursor } } }');
    expect(result.errors[0]?.message).toBe('Invalid cursor');
    const viewer = await production.addUser(production.tenantId, 'viewer');
    const refused = await viewer.client.gql('{ members { userId } }');
    expect(refused.errors[0]?.message).toMatch(/Not authorized/);
    expect(productionLog.join('\n')).not.toContain('unexpected GraphQL error');
  });

  it('refuses introspection by default, and suggests no field names', async () => {
    const result = await production.admin.client.gql(INTROSPECTION);
    expect(result.data).toBeNull();
    expect(result.errors[0]?.message).toMatch(/introspection/i);
    const typo = await production.admin.client.gql('{ connectr(id: "x") { id } }');
    expect(typo.errors).toHaveLength(1);
    expect(typo.errors[0]?.message).not.toMatch(/did you mean/i);
  });

  it('allows introspection with TRIBUTARY_GRAPHQL_INTROSPECTION=true', async () => {
    const result = await introspective.admin.client.ok<{ __schema: { queryType: { name: string } } }>(INTROSPECTION);
    expect(result.__schema.queryType.name).toBe('Query');
  });

  it('does not serve GraphiQL', async () => {
    const response = await openInBrowser(production.admin.client);
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(await response.text()).not.toMatch(/graphiql/i);
  });
});

describe('in development', () => {
  it('serves GraphiQL to a signed-in browser, and sends an anonymous one to sign in', async () => {
    const response = await openInBrowser(development.admin.client);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).toContain('Tributary GraphQL');
    const anonymous = await openInBrowser(development.anonymous);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toBe('/login?next=/graphql');
  });

  it('allows introspection and shows the original of an unexpected error', async () => {
    const schema = await development.admin.client.ok<{ __schema: { queryType: { name: string } } }>(INTROSPECTION);
    expect(schema.__schema.queryType.name).toBe('Query');
    breakCatalog(development);
    const result = await development.admin.client.gql('{ connectorTypes { id } }');
    expect(result.errors[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(result.errors[0]?.extensions)).toContain('pg_hba');
  });
});
