import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGoogleAdsSimulator, type GoogleAdsSimulator } from './simulator.js';

const NOW = new Date('2026-10-14T20:30:00Z');
const CAMPAIGN_QUERY =
  "SELECT campaign.id, segments.date, metrics.clicks FROM campaign WHERE segments.date BETWEEN '2026-09-01' AND '2026-10-14'";

describe('Google Ads API routes (real HTTP)', () => {
  let sim: GoogleAdsSimulator;
  let server: RunningServer;
  let token: string;
  beforeAll(async () => {
    sim = createGoogleAdsSimulator({ seed: 4, campaignsPerAccount: 5, batchSize: 50, now: () => NOW });
    server = await sim.start();
    token = (await sim.google.authorize()).access_token;
  });
  afterAll(() => server.close());

  const post = (customer: string, method: 'searchStream' | 'search', body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/v26/customers/${customer}/googleAds:${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const us = () => sim.customerId('us');

  it('lists the directly accessible customers, managers included, clients not', async () => {
    const res = await fetch(`${server.url}/v26/customers:listAccessibleCustomers`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.headers.get('request-id')).toMatch(/^[0-9A-Za-z]{22}$/);
    const body = (await res.json()) as { resourceNames: string[] };
    expect(body.resourceNames).toEqual(['us', 'eu', 'mcc', 'closed'].map((k) => `customers/${sim.customerId(k)}`));
  });

  it('streams every row as an array of batches, each with the field mask and the request id', async () => {
    const res = await post(us(), 'searchStream', { query: CAMPAIGN_QUERY });
    const batches = (await res.json()) as Array<{ results?: unknown[]; fieldMask: string; requestId: string }>;
    const expected = sim.data.rows('us', '2026-09-01', '2026-10-14').length;
    expect(batches.length).toBe(Math.ceil(expected / 50));
    expect(batches.reduce((n, b) => n + (b.results?.length ?? 0), 0)).toBe(expected);
    expect(
      batches.every((b) => b.fieldMask === 'campaign.id,segments.date,metrics.clicks' && b.requestId === res.headers.get('request-id')),
    ).toBe(true);
    const empty = (await (
      await post(us(), 'searchStream', { query: "SELECT campaign.id, metrics.clicks FROM campaign WHERE segments.date = '2027-01-01'" })
    ).json()) as unknown[];
    expect(empty).toEqual([
      { fieldMask: 'campaign.id,metrics.clicks', requestId: expect.any(String), queryResourceConsumption: expect.any(String) },
    ]);
  });

  it('pages search with nextPageToken (fixed page size; pageSize is refused) and adds a summary row on request', async () => {
    const counted = { query: CAMPAIGN_QUERY, searchSettings: { returnTotalResultsCount: true } };
    const first = (await (await post(us(), 'search', counted)).json()) as Record<string, unknown>;
    expect((first['results'] as unknown[]).length).toBe(50);
    expect(first['totalResultsCount']).toBe(String(sim.data.rows('us', '2026-09-01', '2026-10-14').length));
    let seen = 50;
    for (let token = first['nextPageToken']; typeof token === 'string';) {
      const page = (await (await post(us(), 'search', { query: CAMPAIGN_QUERY, pageToken: token })).json()) as Record<string, unknown>;
      seen += (page['results'] as unknown[] | undefined)?.length ?? 0;
      token = page['nextPageToken'];
    }
    expect(seen).toBe(Number(first['totalResultsCount']));
    const sized = await post(us(), 'search', { query: CAMPAIGN_QUERY, pageSize: 10 });
    expect(JSON.stringify(await sized.json())).toContain('PAGE_SIZE_NOT_SUPPORTED');
    const wrongToken = await post(us(), 'search', { query: 'SELECT campaign.id FROM campaign', pageToken: String(first['nextPageToken']) });
    expect(JSON.stringify(await wrongToken.json())).toContain('INVALID_PAGE_TOKEN');
    const summary = (await (
      await post(us(), 'searchStream', { query: CAMPAIGN_QUERY, summaryRowSetting: 'SUMMARY_ROW_ONLY' })
    ).json()) as Array<Record<string, unknown>>;
    const clicks = sim.data.rows('us', '2026-09-01', '2026-10-14').reduce((n, r) => n + r.clicks, 0);
    expect(summary).toEqual([
      {
        fieldMask: expect.any(String),
        requestId: expect.any(String),
        summaryRow: { metrics: { clicks: String(clicks) } },
        queryResourceConsumption: expect.any(String),
      },
    ]);
  });

  it('refuses unknown body fields and missing queries like Google', async () => {
    const unknown = await post(us(), 'searchStream', { query: 'SELECT customer.id FROM customer', pageSize: 5 });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual([
      {
        error: expect.objectContaining({
          code: 400,
          status: 'INVALID_ARGUMENT',
          message: 'Invalid JSON payload received. Unknown name "pageSize": Cannot find field.',
        }),
      },
    ]);
    const missing = await post(us(), 'searchStream', {});
    expect(JSON.stringify(await missing.json())).toContain('REQUIRED_FIELD_MISSING');
  });

  it('answers GAQL mistakes with 400 and a GoogleAdsFailure naming the QueryError', async () => {
    const res = await post(us(), 'searchStream', { query: 'SELECT campaign.id, segments.date FROM campaign' });
    expect(res.status).toBe(400);
    const [body] = (await res.json()) as Array<{
      error: { details: Array<{ '@type': string; errors: Array<{ errorCode: unknown }>; requestId: string }> };
    }>;
    const failure = body?.error.details[0];
    expect(failure?.['@type']).toBe('type.googleapis.com/google.ads.googleads.v26.errors.GoogleAdsFailure');
    expect(failure?.errors[0]?.errorCode).toEqual({ queryError: 'EXPECTED_FILTERS_ON_DATE_RANGE' });
    expect(failure?.requestId).toBe(res.headers.get('request-id'));
  });

  it('authenticates like Google: missing or unknown tokens 401 without a GoogleAdsFailure, a token without the scope 403', async () => {
    const none = await post(us(), 'search', { query: 'SELECT customer.id FROM customer' }, { Authorization: '' });
    expect(none.status).toBe(401);
    expect(JSON.stringify(await none.json())).toContain('CREDENTIALS_MISSING');
    const unknown = await fetch(`${server.url}/v26/customers:listAccessibleCustomers`, { headers: { Authorization: 'Bearer ya29.nope' } });
    expect(await unknown.json()).toEqual({
      error: { code: 401, message: expect.stringMatching(/^Request had invalid authentication credentials/), status: 'UNAUTHENTICATED' },
    });
    const analytics = (await sim.google.authorize({ scope: 'https://www.googleapis.com/auth/analytics.readonly' })).access_token;
    const scoped = await fetch(`${server.url}/v26/customers:listAccessibleCustomers`, {
      headers: { Authorization: `Bearer ${analytics}` },
    });
    expect(scoped.status).toBe(403);
    expect(JSON.stringify(await scoped.json())).toContain('ACCESS_TOKEN_SCOPE_INSUFFICIENT');
  });

  it('lets a client account be read only through its manager (login-customer-id), and accepts a developer token', async () => {
    const tokyo = sim.customerId('tokyo');
    const query = { query: 'SELECT customer.currency_code, customer.time_zone FROM customer' };
    const direct = await post(tokyo, 'searchStream', query);
    expect(direct.status).toBe(403);
    expect(JSON.stringify(await direct.json())).toContain('USER_PERMISSION_DENIED');
    const wrongManager = await post(tokyo, 'searchStream', query, { 'login-customer-id': us() });
    expect(wrongManager.status).toBe(403);
    const through = await post(tokyo, 'searchStream', query, { 'login-customer-id': sim.customerId('mcc'), 'developer-token': 'anything' });
    expect(through.status).toBe(200);
    expect(JSON.stringify(await through.json())).toContain('"currencyCode":"JPY","timeZone":"Asia/Tokyo"');
    const hyphens = await post(tokyo, 'searchStream', query, { 'login-customer-id': '123-456-7890' });
    expect(JSON.stringify(await hyphens.json())).toContain('INVALID_CUSTOMER_ID');
  });

  it('answers CUSTOMER_NOT_ENABLED for a cancelled account and REQUESTED_METRICS_FOR_MANAGER for metrics on a manager', async () => {
    const closed = await post(sim.customerId('closed'), 'searchStream', { query: 'SELECT customer.id FROM customer' });
    expect(closed.status).toBe(403);
    expect(JSON.stringify(await closed.json())).toContain('CUSTOMER_NOT_ENABLED');
    const mcc = sim.customerId('mcc');
    const metrics = await post(mcc, 'searchStream', { query: CAMPAIGN_QUERY }, { 'login-customer-id': mcc });
    expect(JSON.stringify(await metrics.json())).toContain('REQUESTED_METRICS_FOR_MANAGER');
  });

  it("serves Google's HTML 404 for unknown paths and versions it does not serve", async () => {
    for (const path of ['/v26/customers:frobnicate', '/v19/customers:listAccessibleCustomers']) {
      const res = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
    }
    const older = await fetch(`${server.url}/v23/customers:listAccessibleCustomers`, { headers: { Authorization: `Bearer ${token}` } });
    expect(older.status).toBe(200);
  });
});
