import { createConnectionClient, createConnectorContext } from '@tributary/core';
import { forTenant, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StripeList } from '../api.js';
import { stripe } from '../connector.js';

/**
 * Contract test against stripe-mock (Stripe's OpenAPI-driven mock): every
 * request the connector makes must be accepted (unknown paths, parameters
 * or types are 4xx there, which fail the sync), and every response must
 * parse (no record rejected).
 */
function stripeMockUrl(): string {
  const url = process.env['STRIPE_MOCK_URL'];
  if (!url) throw new Error('STRIPE_MOCK_URL is not set: run `npm run test:services` (tools/services/stripe-mock.sh starts stripe-mock).');
  return url;
}

describe('Stripe connector against stripe-mock', () => {
  let h: PipelineHarness;
  const apiKey = 'sk_test_tributarycontract';
  const requests: string[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    requests.push(`${response.status} ${init?.method ?? 'GET'} ${String(input instanceof Request ? input.url : input)}`);
    return response;
  };

  beforeAll(async () => {
    const baseUrl = stripeMockUrl();
    h = await pipelineHarness([stripe], {
      server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
      deps: { connectionOptions: () => ({ baseUrl, fetch: recordingFetch, http: { retries: 0 } }) },
    });
  }, 60_000);
  afterAll(() => h?.dispose());

  it('full and incremental syncs make only requests stripe-mock accepts, and every response parses', async () => {
    const id = await h.connect('stripe', { apiKey });
    const full = await runSync(h.deps, h.tenantId, id, { mode: 'full', maxAttempts: 1 });
    expect(full.error).toBeUndefined();
    expect(full).toMatchObject({ status: 'completed', failed: 0 });
    const incremental = await runSync(h.deps, h.tenantId, id, { mode: 'incremental', maxAttempts: 1 });
    expect(incremental).toMatchObject({ status: 'completed', failed: 0 });
    expect(await forTenant(h.db.prisma, h.tenantId).deadLetters.count(id)).toBe(0);
    const paths = new Set(requests.map((r) => new URL(r.split(' ')[2] ?? '').pathname));
    expect(paths).toEqual(new Set(['/v1/events', '/v1/customers', '/v1/charges', '/v1/refunds', '/v1/subscriptions']));
    expect(requests.filter((r) => !r.startsWith('200 '))).toEqual([]);
    expect(requests.some((r) => r.includes('types%5B%5D=') && r.includes('ending_before='))).toBe(true);
    expect(await h.db.prisma.charge.count({ where: { connectorId: id } })).toBeGreaterThanOrEqual(1);
  });

  it('healthCheck is ok and the pinned Stripe-Version and expand-free list requests validate', async () => {
    const config = { apiKey };
    const ctx = createConnectorContext(stripe, config, {}, { baseUrl: stripeMockUrl() });
    expect((await stripe.healthCheck(config, ctx)).status).toBe('ok');
    const http = createConnectionClient(stripe, config, { baseUrl: stripeMockUrl() });
    const { data } = await http.request({ path: '/v1/subscriptions', query: { status: 'all', limit: 100, 'created[gte]': 0 } }, StripeList);
    expect(data.object).toBe('list');
  });

  it('stripe-mock rejects what Stripe rejects (the contract check can fail)', async () => {
    const http = createConnectionClient(stripe, { apiKey }, { baseUrl: stripeMockUrl(), http: { retries: 0 } });
    await expect(http.request({ path: '/v1/charges', query: { not_a_param: 1 } })).rejects.toMatchObject({ kind: 'vendor', status: 400 });
    const wrongKey = createConnectionClient(
      stripe,
      { apiKey: 'sk_live_notatestkey123' },
      { baseUrl: stripeMockUrl(), http: { retries: 0 } },
    );
    await expect(wrongKey.request({ path: '/v1/charges' })).rejects.toMatchObject({ kind: 'auth_revoked' });
  });
});
