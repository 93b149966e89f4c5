import { describe, expect, it } from 'vitest';
import { createGoogleAdsSimulator } from './simulator.js';

/**
 * The simulator against Google's own description of the API: the v25
 * protos (shared/vendor-specs/google-ads: google_ads_service.proto,
 * errors.proto) and the reference pages cited beside each test.
 */
const NOW = new Date('2026-10-14T20:30:00Z');
const QUERY = "SELECT campaign.id, segments.date, metrics.clicks FROM campaign WHERE segments.date BETWEEN '2026-10-01' AND '2026-10-14'";

async function setup(options: Parameters<typeof createGoogleAdsSimulator>[0] = {}) {
  const sim = createGoogleAdsSimulator({ seed: 4, campaignsPerAccount: 3, now: () => NOW, ...options });
  const token = (await sim.google.authorize()).access_token;
  const call = (method: 'search' | 'searchStream', body: unknown, version = 'v26') =>
    sim.app.request(`/${version}/customers/${sim.customerId('us')}/googleAds:${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  return { sim, token, call };
}
type Json = Record<string, unknown>;

describe('the Google Ads simulator speaks the wire format of the protos', () => {
  it('search takes searchSettings (returnTotalResultsCount, returnSummaryRow, omitResults); the top-level names are unknown', async () => {
    const { sim, call } = await setup();
    const rows = sim.data.rows('us', '2026-10-01', '2026-10-14');
    const settings = { returnTotalResultsCount: true, returnSummaryRow: true };
    const page = (await (await call('search', { query: QUERY, searchSettings: settings })).json()) as Json;
    expect(page['totalResultsCount']).toBe(String(rows.length));
    expect(page['summaryRow']).toEqual({ metrics: { clicks: String(rows.reduce((n, r) => n + r.clicks, 0)) } });
    const omitted = (await (await call('search', { query: QUERY, searchSettings: { omitResults: true } })).json()) as Json;
    expect(omitted['results']).toBeUndefined();
    for (const name of ['returnTotalResultsCount', 'summaryRowSetting']) {
      const refused = await call('search', { query: QUERY, [name]: true });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({
        error: { message: `Invalid JSON payload received. Unknown name "${name}": Cannot find field.` },
      });
    }
  });

  it('searchStream sends the summary row in a last batch alone, and the resource consumption as an int64 string', async () => {
    const { call } = await setup({ batchSize: 20 });
    const batches = (await (await call('searchStream', { query: QUERY, summaryRowSetting: 'SUMMARY_ROW_WITH_RESULTS' })).json()) as Json[];
    const last = batches.at(-1) ?? {};
    expect(last['results']).toBeUndefined();
    expect(last['summaryRow']).toBeDefined();
    const results = batches.slice(0, -1);
    expect(results.every((b) => Array.isArray(b['results']) && b['summaryRow'] === undefined)).toBe(true);
    expect(results.at(-1)?.['queryResourceConsumption']).toMatch(/^\d+$/);
    const plain = (await (await call('searchStream', { query: QUERY })).json()) as Json[];
    expect(plain.every((b) => b['summaryRow'] === undefined)).toBe(true);
  });

  it('an injected error names the version and the request id of its request, like every other error', async () => {
    const { sim, call } = await setup();
    sim.faults.add({ path: /googleAds:searchStream$/ }, { kind: 'status', status: 500 });
    const res = await call('searchStream', { query: QUERY }, 'v24');
    const [body] = (await res.json()) as Array<{ error: { details: Json[] } }>;
    expect(body?.error.details[0]).toMatchObject({
      '@type': 'type.googleapis.com/google.ads.googleads.v24.errors.GoogleAdsFailure',
      requestId: res.headers.get('request-id'),
    });
  });

  it('answers a login without Ads accounts 401 NOT_ADS_USER under the missing-credential message', async () => {
    const { sim, token } = await setup({ accounts: [] });
    const res = await sim.app.request('/v26/customers:listAccessibleCustomers', { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: {
        status: 'UNAUTHENTICATED',
        message: expect.stringMatching(/^Request is missing required authentication credential/),
        details: [{ errors: [{ errorCode: { authenticationError: 'NOT_ADS_USER' } }], requestId: res.headers.get('request-id') }],
      },
    });
  });

  it('needs no developer token, and int64 values are strings while conversions are a double', async () => {
    const { call } = await setup();
    const [batch] = (await (
      await call('searchStream', { query: QUERY.replace('metrics.clicks', 'metrics.clicks, metrics.cost_micros, metrics.conversions') })
    ).json()) as Array<{ results: Array<{ campaign: Json; metrics: Json }> }>;
    const row = batch?.results[0];
    expect(row?.campaign['id']).toMatch(/^\d+$/);
    expect(typeof row?.metrics['clicks']).toBe('string');
    expect(typeof row?.metrics['costMicros']).toBe('string');
    expect(typeof row?.metrics['conversions']).toBe('number');
  });

  it("limits requests per account in a short time with Google's RESOURCE_TEMPORARILY_EXHAUSTED, never the OAuth endpoints", async () => {
    const { sim, call } = await setup({ rateLimit: { perSecond: 0.5, burst: 2 } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await call('searchStream', { query: QUERY })).status);
    expect(statuses).toEqual([200, 200, 429]);
    const limited = await call('searchStream', { query: QUERY });
    const [body] = (await limited.json()) as Array<{ error: { status: string; details: Array<{ errors: Json[] }> } }>;
    expect(body?.error.status).toBe('RESOURCE_EXHAUSTED');
    expect(body?.error.details[0]?.errors[0]).toMatchObject({
      errorCode: { quotaError: 'RESOURCE_TEMPORARILY_EXHAUSTED' },
      details: { quotaErrorDetails: { rateScope: 'ACCOUNT', retryDelay: '2s' } },
    });
    expect((await sim.google.authorize()).access_token).toBeTruthy(); // the OAuth host is not limited
    sim.setConditions({});
    expect((await call('searchStream', { query: QUERY })).status).toBe(200);
  });
});
