import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../app.js';
import { connectStripe } from '../testing/documents.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';
import { syncSettled } from '../testing/wait.js';

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

/**
 * POST a large body and return the status. The gateway answers 413 from the
 * Content-Length alone and may close before the body is sent; fetch calls
 * that a socket error, so a plain node request reads the answer instead.
 */
function postLarge(url: string, body: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent: false, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A selection `depth` fields deep: connectors > connectorType > streams > x > ... > name (the extra levels need not exist). */
const nested = (depth: number) =>
  `{ connectors { connectorType { streams { ${'x { '.repeat(depth - 4)}name${' }'.repeat(depth - 4)} } } } }`;

describe('request limits', () => {
  it('refuses a body over 1 MB with 413 before parsing it', async () => {
    const query = `{ me { email } } # ${'x'.repeat(MAX_BODY_BYTES)}`;
    const status = await postLarge(`${t.url}/graphql`, JSON.stringify({ query }), {
      'content-type': 'application/json',
      cookie: t.admin.cookie,
    });
    expect(status).toBe(413);
    const small = await t.admin.client.gql('{ me { email } }');
    expect(small.status).toBe(200);
  });

  it('refuses an oversized webhook body with 413', async () => {
    expect(await postLarge(`${t.url}/api/webhooks/stripe?connector=x`, 'x'.repeat(600 * 1024))).toBe(413);
  });

  it('rejects a query deeper than the depth limit', async () => {
    const deep = await t.admin.client.gql(nested(14));
    expect(deep.data).toBeNull();
    expect(deep.errors.map((e) => e.message).join('\n')).toMatch(/depth limit of 12 exceeded/i);
    const shallow = await t.admin.client.gql(nested(5));
    expect(shallow.errors.map((e) => e.message).join('\n')).not.toMatch(/depth/i);
  });

  it('rejects a query over the cost limit before running it, and runs a full page of one list', async () => {
    // Every canonical list, 100 rows of ten fields each: about 27,000 by graphql-armor's count.
    const lists: Record<string, string> = {
      people: 'email firstName lastName title phone',
      accounts: 'name domain industry employeeCount annualRevenue',
      activities: 'type channel occurredAt personExternalId properties',
      deals: 'name amount currency stage status',
      charges: 'amount currency status customerEmail description',
      channelMetrics: 'date channel campaign clicks cost',
    };
    const page = (list: string) =>
      `${list}(first: 100) { edges { cursor node { id connectorId externalId updatedAt raw ${lists[list]} } } }`;
    const expensive = await t.admin.client.gql(`{ ${Object.keys(lists).map(page).join(' ')} }`);
    expect(expensive.data).toBeNull();
    expect(expensive.errors).toHaveLength(1);
    expect(expensive.errors[0]?.message).toMatch(/Query Cost limit of 20000 exceeded, found \d+/);
    const one = await t.admin.client.gql(`{ ${page('charges')} }`);
    expect(one.errors).toEqual([]);
    expect(one.data).toMatchObject({ charges: { edges: expect.any(Array) } });
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: me { email }`).join(' ');
    const result = await t.admin.client.gql(`{ ${aliases} }`);
    expect(result.data).toBeNull();
    expect(result.errors[0]?.message).toMatch(/alias/i);
  });
});

describe('health, readiness and metrics', () => {
  it('/healthz answers', async () => {
    const response = await t.anonymous.fetch('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/metrics exposes the Prometheus counters', async () => {
    const connector = await connectStripe(t.admin.client);
    await syncSettled(t.rt, t.tenantId, connector.id);
    await t.anonymous.fetch(`/api/webhooks/stripe?connector=${connector.id}`, { method: 'POST', body: '{}' });
    const response = await t.anonymous.fetch('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^tributary_http_requests_total\{method="POST",route="\/graphql",status="200"\} \d+/m);
    expect(text).toMatch(/^tributary_http_request_duration_seconds_bucket\{.*route="\/graphql".*\} \d+/m);
    expect(text).toMatch(/^tributary_syncs_triggered_total\{connector="stripe",mode="full"\} 1$/m);
    expect(text).toMatch(/^tributary_webhooks_total\{connector="stripe",outcome="rejected"\} 1$/m);
    expect(text).toMatch(/^# TYPE tributary_oauth_callbacks_total counter$/m);
    expect(text).toMatch(/^tributary_gateway_process_cpu_seconds_total/m);
  });

  it('/readyz is ready with migrations applied, and 503 when one is pending', async () => {
    const ready = await t.anonymous.fetch('/readyz');
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; migrations: number; database: string };
    expect(body).toMatchObject({ status: 'ready', database: 'pglite' });
    expect(body.migrations).toBeGreaterThan(0);

    const [last] = await t.rt.db.sql.query<{ name: string }>(
      'SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1',
    );
    await t.rt.db.sql.query('DELETE FROM "_prisma_migrations" WHERE migration_name = $1', [last?.name]);
    const pending = await t.anonymous.fetch('/readyz');
    expect(pending.status).toBe(503);
    expect(await pending.json()).toEqual({ status: 'not_ready', reason: 'migrations pending', pending: [last?.name] });
  });
});
