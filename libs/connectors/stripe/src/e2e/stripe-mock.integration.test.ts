import { createConnectionClient, createConnectorContext, type SyncOptions } from '@tributary/core';
import { forTenant, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { STRIPE_API_VERSION, StripeList } from '../api.js';
import { stripe, type StripeSettings } from '../connector.js';
import { stripeMockFetch, type StripeMockFetch } from '../testing/stripe-mock.js';

/**
 * Contract test against stripe-mock (Stripe's OpenAPI-driven mock), started
 * with -strict-version-check by tools/services/stripe-mock.sh: every request
 * the connector can make must be accepted (an unknown path, parameter, type
 * or Stripe-Version is a 4xx there), and every answer must parse. Where
 * stripe-mock cannot answer like Stripe (lists never have more, events
 * never expire, its only event payload is a plan), the answer is reshaped
 * after stripe-mock has validated the request (src/testing/stripe-mock.ts).
 */
function stripeMockUrl(): string {
  const url = process.env['STRIPE_MOCK_URL'];
  if (!url) throw new Error('STRIPE_MOCK_URL is not set: run `npm run test:services` (tools/services/stripe-mock.sh starts stripe-mock).');
  return url;
}

const apiKey = 'sk_test_tributarycontract';
const LISTS = ['/v1/customers', '/v1/charges', '/v1/refunds', '/v1/subscriptions'];
const Item = z.looseObject({ id: z.string(), object: z.string() });
const rejectedByMock = (mock: StripeMockFetch) => mock.requests.filter((r) => r.status !== 200).map((r) => `${r.status} ${r.url}`);

describe('stripe-mock runs with strict version checking, and the connector pins its version', () => {
  it('refuses another Stripe-Version (so the contract check can fail) and accepts the pinned one', async () => {
    const get = (version: string) =>
      fetch(`${stripeMockUrl()}/v1/charges`, { headers: { Authorization: `Bearer ${apiKey}`, 'Stripe-Version': version } });
    const other = await get('2024-06-20');
    expect(other.status).toBe(400);
    expect(await other.text()).toMatch(/doesn't match version in OpenAPI specification/);
    expect((await get(STRIPE_API_VERSION)).status).toBe(200);
  });

  it('rejects what Stripe rejects: an unknown parameter, a live key', async () => {
    const http = createConnectionClient(stripe, { apiKey }, { baseUrl: stripeMockUrl(), http: { retries: 0 } });
    await expect(http.request({ path: '/v1/charges', query: { not_a_param: 1 } })).rejects.toMatchObject({ kind: 'vendor', status: 400 });
    const live = createConnectionClient(stripe, { apiKey: 'sk_live_notatestkey123' }, { baseUrl: stripeMockUrl(), http: { retries: 0 } });
    await expect(live.request({ path: '/v1/charges' })).rejects.toMatchObject({ kind: 'auth_revoked' });
  });
});

describe('Stripe connector against stripe-mock', () => {
  let h: PipelineHarness;
  const mock = stripeMockFetch();

  beforeAll(async () => {
    const baseUrl = stripeMockUrl();
    h = await pipelineHarness([stripe], {
      server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
      deps: { connectionOptions: () => ({ baseUrl, fetch: mock.fetch, http: { retries: 0 } }) },
    });
  }, 60_000);
  afterAll(() => h?.dispose());

  it('full and incremental syncs: every list paged on with starting_after, events read after the anchor, all accepted and parsed', async () => {
    const id = await h.connect('stripe', { apiKey });
    mock.morePages(LISTS);
    const full = await runSync(h.deps, h.tenantId, id, { mode: 'full', maxAttempts: 1 });
    expect(full.error).toBeUndefined();
    expect(full).toMatchObject({ status: 'completed', failed: 0 });
    for (const path of LISTS) {
      const walked = mock.requests.filter((r) => r.url.pathname === path);
      expect(walked.some((r) => r.url.searchParams.has('starting_after') && r.url.searchParams.has('created[gte]'))).toBe(true);
    }

    // Each synced object as stripe-mock renders it, delivered as an event (stripe-mock's own event carries a plan).
    const http = createConnectionClient(stripe, { apiKey }, { baseUrl: stripeMockUrl() });
    const objects = await Promise.all(LISTS.map(async (path) => Item.parse((await http.request({ path }, StripeList)).data.data[0])));
    mock.eventObjects(objects.map((o) => ({ ...o, metadata: { changed: 'by an event' } })));
    const incremental = await runSync(h.deps, h.tenantId, id, { mode: 'incremental', maxAttempts: 1 });
    expect(incremental).toMatchObject({ status: 'completed', failed: 0, updated: 4 });
    expect(await forTenant(h.db.prisma, h.tenantId).deadLetters.count(id)).toBe(0);
    expect(mock.requests.some((r) => r.url.searchParams.has('ending_before') && r.url.searchParams.has('types[]'))).toBe(true);

    expect(rejectedByMock(mock)).toEqual([]);
    expect(new Set(mock.requests.map((r) => r.version))).toEqual(new Set([STRIPE_API_VERSION]));
    expect(new Set(mock.requests.map((r) => r.url.pathname))).toEqual(new Set(['/v1/events', ...LISTS]));
  });

  it('healthCheck is ok', async () => {
    const config = { apiKey };
    const ctx = createConnectorContext(stripe, config, {}, { baseUrl: stripeMockUrl(), fetch: mock.fetch });
    expect((await stripe.healthCheck(config, ctx)).status).toBe('ok');
  });
});

describe('the fallback event walk (created[gte] with starting_after) against stripe-mock', () => {
  const now = new Date();
  const seconds = Math.floor(now.getTime() / 1000);
  const cursor = (eventId: string | null) =>
    JSON.stringify({
      v: 2,
      state: { streams: {}, feeds: { events: { eventId, created: seconds - 3600, checkedAt: seconds } } },
      run: null,
    });
  const setup = () => {
    const mock = stripeMockFetch();
    const options: SyncOptions<StripeSettings> = {
      ...createConnectorContext(stripe, { apiKey }, {}, { baseUrl: stripeMockUrl(), fetch: mock.fetch, now: () => now }),
      mode: 'incremental',
    };
    return { mock, sync: (from: string) => stripe.sync({ apiKey }, from, options) };
  };
  const walked = (mock: StripeMockFetch) =>
    mock.requests.map((r) => ['created[gte]', 'starting_after', 'ending_before'].filter((p) => r.url.searchParams.has(p)).join('+'));

  it('without an anchor event: from the anchor time, paging back with starting_after', async () => {
    const { mock, sync } = setup();
    mock.morePages(['/v1/events']);
    const page = await sync(cursor(null));
    expect(walked(mock)).toEqual(['created[gte]', 'created[gte]+starting_after']);
    expect(rejectedByMock(mock)).toEqual([]);
    expect(mock.requests.every((r) => r.url.searchParams.getAll('types[]').length > 0)).toBe(true);
    expect(page.records).toEqual([]); // stripe-mock's only event carries a plan, which no stream reads
  });

  it('after resource_missing for an expired anchor event', async () => {
    const { mock, sync } = setup();
    mock.expireAnchor();
    mock.morePages(['/v1/events']);
    await sync(cursor('evt_expired000000000000000'));
    expect(walked(mock)).toEqual(['ending_before', 'created[gte]', 'created[gte]+starting_after']);
    expect(rejectedByMock(mock)).toEqual([]);
  });
});
