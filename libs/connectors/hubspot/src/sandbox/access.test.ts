import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHubSpotSimulator, type HubSpotSimulator } from './index.js';

const get = (sim: HubSpotSimulator, path: string, token?: string) =>
  sim.app.request(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const searchOnce = (sim: HubSpotSimulator, token: string) =>
  sim.app.request('/crm/v3/objects/contacts/search', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });

describe('simulated access control and limits', () => {
  it('answers a missing or unknown token with 401 INVALID_AUTHENTICATION, an expired OAuth token with EXPIRED_AUTHENTICATION', async () => {
    let t = Date.parse('2026-12-01T12:00:00Z');
    const sim = createHubSpotSimulator({ seed: 1, companies: 3, now: () => new Date(t) });
    const server = await sim.start();
    try {
      const tokens = await sim.connect(server.url);
      expect((await get(sim, '/crm/v3/objects/contacts', tokens.accessToken)).status).toBe(200);
      expect(await (await get(sim, '/crm/v3/objects/contacts')).json()).toMatchObject({
        status: 'error',
        category: 'INVALID_AUTHENTICATION',
      });
      expect((await get(sim, '/crm/v3/objects/contacts', 'pat-na1-nope')).status).toBe(401);
      t += 1_800_000 + 12_000;
      const expired = await get(sim, '/crm/v3/objects/contacts', tokens.accessToken);
      expect(expired.status).toBe(401);
      expect(await expired.json()).toMatchObject({
        category: 'EXPIRED_AUTHENTICATION',
        message: 'The OAuth token used to make this call expired 12 second(s) ago.',
        correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
    } finally {
      await server.close();
    }
  });

  it('answers 403 MISSING_SCOPES to a token without the read scope of the object', async () => {
    const sim = createHubSpotSimulator({ seed: 1, companies: 3 });
    const server = await sim.start();
    try {
      const tokens = await sim.connect(server.url, sim.client, ['crm.objects.contacts.read', 'oauth']);
      expect((await get(sim, '/crm/v3/objects/contacts', tokens.accessToken)).status).toBe(200);
      const deals = await get(sim, '/crm/v3/pipelines/deals', tokens.accessToken);
      expect(deals.status).toBe(403);
      expect(await deals.json()).toMatchObject({
        category: 'MISSING_SCOPES',
        errors: [{ context: { requiredGranularScopes: ['crm.objects.deals.read'] } }],
      });
    } finally {
      await server.close();
    }
  });

  it('limits search to 5 a second without rate-limit headers, and the rest to 110 per 10 seconds with them', async () => {
    const sim = createHubSpotSimulator({ seed: 1, companies: 3 });
    // Sent at once: a bucket refills 5 (search) or 11 (the rest) tokens a second, far fewer than these in the time they take.
    const searches = await Promise.all(Array.from({ length: 20 }, () => searchOnce(sim, sim.privateAppToken)));
    const limitedSearches = searches.filter((r) => r.status === 429);
    expect(limitedSearches.length).toBeGreaterThanOrEqual(10);
    expect(await limitedSearches[0]?.json()).toMatchObject({ status: 'error', errorType: 'RATE_LIMIT', policyName: 'SECONDLY' });
    expect([...(limitedSearches[0]?.headers.keys() ?? [])].filter((h) => h.startsWith('x-hubspot-ratelimit'))).toEqual([]);
    const lists = await Promise.all(Array.from({ length: 200 }, () => get(sim, '/crm/v3/objects/contacts?limit=1', sim.privateAppToken)));
    expect(lists[0]?.headers.get('x-hubspot-ratelimit-max')).toBe('110');
    expect(lists[0]?.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('10000');
    expect(lists[0]?.headers.get('x-hubspot-ratelimit-remaining')).toBe('109');
    const limitedLists = lists.filter((r) => r.status === 429);
    expect(limitedLists.length).toBeGreaterThanOrEqual(50);
    expect(await limitedLists[0]?.json()).toMatchObject({ errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' });
    expect(limitedLists[0]?.headers.get('x-hubspot-ratelimit-remaining')).toBe('0');
    expect(sim.limitsHit).toEqual({ SECONDLY: limitedSearches.length, TEN_SECONDLY_ROLLING: limitedLists.length });
    sim.setRateLimits(false);
    expect((await searchOnce(sim, sim.privateAppToken)).status).toBe(200);
  });

  it('lists archived records with archivedAt, and answers batch reads of missing ids with a 207', async () => {
    const sim = createHubSpotSimulator({ seed: 1, companies: 5 });
    const [gone] = sim.mutate.archive('deals', 2);
    const Archived = z.object({ results: z.array(z.object({ id: z.string(), archived: z.boolean(), archivedAt: z.string() })) });
    const archived = Archived.parse(await (await get(sim, '/crm/v3/objects/deals?archived=true', sim.privateAppToken)).json());
    expect(archived.results).toHaveLength(2);
    expect(archived.results[0]).toMatchObject({ archived: true, archivedAt: expect.any(String) });
    const read = await sim.app.request('/crm/v3/objects/deals/batch/read', {
      method: 'POST',
      headers: { authorization: `Bearer ${sim.privateAppToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        inputs: [{ id: gone }, { id: sim.data.records('deals')[0]?.id }],
        properties: ['amount'],
        propertiesWithHistory: [],
      }),
    });
    expect(read.status).toBe(207);
    expect(await read.json()).toMatchObject({ status: 'COMPLETE', results: [{ properties: { amount: expect.anything() } }], numErrors: 1 });
  });
});
