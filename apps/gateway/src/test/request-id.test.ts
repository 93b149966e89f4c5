import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GatewayClient } from '../testing/client.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';

let t: TestGateway;
const logLines: string[] = [];

beforeAll(async () => {
  t = await startTestGateway({ logLines });
});
afterAll(() => t.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  method?: string;
  path?: string;
  status?: number;
}

const logged = () => logLines.map((line) => JSON.parse(line) as LogLine);
/** The access log line the gateway wrote for the request with this id. */
const requestLine = (reqId: string | null) => logged().find((l) => l.msg === 'request' && l.reqId === reqId);

const gql = (client: GatewayClient, headers: Record<string, string> = {}) =>
  client.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ me { email } }' }),
  });

describe('request ids', () => {
  it('are on every response, fresh for each request: GraphQL, REST, errors, sandboxes', async () => {
    const responses = [
      await gql(t.admin.client),
      await gql(t.anonymous),
      await t.anonymous.fetch('/healthz'),
      await t.anonymous.fetch('/readyz'),
      await t.anonymous.fetch('/metrics'),
      await t.anonymous.fetch('/api/auth/me'),
      await t.anonymous.fetch('/api/auth/login', { method: 'POST', body: 'not json' }),
      await t.anonymous.fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'not json' }),
      await t.anonymous.fetch('/api/webhooks/stripe?connector=none', { method: 'POST', body: '{}' }),
      await t.anonymous.fetch('/sandbox/stripe/v1/balance'),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 401, 200, 200, 200, 401, 403, 400, 404, 401]);
    const ids = responses.map((r) => r.headers.get('x-request-id') ?? '');
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('echo a well-formed incoming X-Request-Id, and replace a malformed one with a fresh id', async () => {
    const incoming = 'edge-proxy_7f3a=';
    const echoed = await gql(t.admin.client, { 'x-request-id': incoming });
    expect(echoed.status).toBe(200);
    expect(echoed.headers.get('x-request-id')).toBe(incoming);
    expect((await t.anonymous.fetch('/healthz', { headers: { 'x-request-id': incoming } })).headers.get('x-request-id')).toBe(incoming);

    for (const malformed of ['has spaces in it', '<script>', 'x'.repeat(256)]) {
      const response = await t.anonymous.fetch('/healthz', { headers: { 'x-request-id': malformed } });
      expect(response.headers.get('x-request-id')).toMatch(UUID);
    }
  });

  it('are in the access log line of each request', async () => {
    const graphql = await gql(t.admin.client, { 'x-request-id': 'trace-from-client' });
    expect(requestLine('trace-from-client')).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });
    const refused = await gql(t.anonymous);
    expect(requestLine(refused.headers.get('x-request-id'))).toMatchObject({ path: '/graphql', status: 401 });
    expect(graphql.headers.get('x-request-id')).toBe('trace-from-client');
    expect(logged().filter((l) => l.reqId === 'trace-from-client')).toHaveLength(1);
  });

  it('survive an unexpected failure: a 500 with the id, nothing internal in it, and the cause logged under the id', async () => {
    // The session must be looked up, not served from the auth cache.
    t.rt.auth.clear();
    vi.spyOn(t.rt.db.prisma.session, 'findUnique').mockRejectedValueOnce(new Error('relation "session" is locked by pid 4242'));
    const response = await t.admin.client.fetch('/api/auth/me');
    expect(response.status).toBe(500);
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    expect(await response.text()).not.toContain('pid 4242');
    expect(requestLine(id)).toMatchObject({ path: '/api/auth/me', status: 500 });
    const cause = logged().find((l) => l.reqId === id && l.level >= 50);
    expect(JSON.stringify(cause)).toContain('pid 4242');
  });
});
