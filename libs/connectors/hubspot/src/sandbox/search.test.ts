import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHubSpotSimulator, type HubSpotSimulator } from './index.js';

const NOW = new Date('2026-12-01T12:00:00Z');

const Answer = z.object({
  total: z.number().optional(),
  results: z.array(z.object({ id: z.string(), properties: z.record(z.string(), z.string().nullable()) })).default([]),
  paging: z.object({ next: z.object({ after: z.string() }) }).optional(),
  message: z.string().optional(),
  category: z.string().optional(),
});

async function search(sim: HubSpotSimulator, type: string, body: unknown) {
  const res = await sim.app.request(`/crm/v3/objects/${type}/search`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sim.privateAppToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: Answer.parse(await res.json()) };
}

const gte = (property: string, ms: number) => [{ filters: [{ propertyName: property, operator: 'GTE', value: String(ms) }] }];

describe('the simulated search', () => {
  it('finds what changed since a moment, oldest change first, vendor-side changes after the history', async () => {
    let t = NOW.getTime();
    const sim = createHubSpotSimulator({ seed: 9, companies: 40, now: () => new Date(t) });
    const all = sim.data.records('contacts');
    const from = all[60]?.updatedAt ?? 0;
    t += 60_000;
    const [edited] = sim.mutate.update('contacts', [10]);
    const body = {
      filterGroups: gte('lastmodifieddate', from),
      sorts: [{ propertyName: 'lastmodifieddate', direction: 'ASCENDING' }],
      limit: 200,
    };
    const { status, body: page } = await search(sim, 'contacts', body);
    expect(status).toBe(200);
    const expected = all.filter((c) => c.updatedAt >= from && c.id !== edited).map((c) => c.id);
    expect(page.results.map((r) => r.id)).toEqual([...expected, edited]);
    expect(page.total).toBe(expected.length + 1);
    const stamps = page.results.map((r) => Date.parse(r.properties['lastmodifieddate'] ?? ''));
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
  });

  it('pages by offset and refuses to page past the cap with a 400', async () => {
    const sim = createHubSpotSimulator({ seed: 9, companies: 10, searchCap: 25 });
    const first = await search(sim, 'contacts', { limit: 20 });
    expect(first.body.paging?.next.after).toBe('20');
    const second = await search(sim, 'contacts', { limit: 20, after: '20' });
    expect(second.body.results).toHaveLength(5);
    expect(second.body.paging?.next.after).toBe('25');
    const past = await search(sim, 'contacts', { limit: 20, after: '25' });
    expect(past).toMatchObject({ status: 400, body: { category: 'VALIDATION_ERROR', message: expect.stringContaining('25 results') } });
  });

  it('applies filter groups (OR of ANDs), other operators and one sort; a string sort is not applied', async () => {
    const sim = createHubSpotSimulator({ seed: 2, companies: 30 });
    const won = await search(sim, 'deals', {
      filterGroups: [
        { filters: [{ propertyName: 'dealstage', operator: 'EQ', value: 'closedwon' }] },
        { filters: [{ propertyName: 'dealstage', operator: 'IN', values: ['35914363'] }] },
      ],
      sorts: [{ propertyName: 'amount', direction: 'DESCENDING' }],
      properties: ['amount', 'dealstage'],
      limit: 200,
    });
    const expected = sim.data.records('deals').filter((d) => ['closedwon', '35914363'].includes(d.props['dealstage'] ?? ''));
    expect(won.body.results.map((r) => r.id).sort()).toEqual(expected.map((d) => d.id).sort());
    const amounts = won.body.results.map((r) => Number(r.properties['amount'] ?? 0));
    expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
    const unsorted = await search(sim, 'contacts', { sorts: ['-lastmodifieddate'], limit: 5 });
    expect(unsorted.body.results.map((r) => r.id)).toEqual(
      sim.data
        .records('contacts')
        .slice(0, 5)
        .map((c) => c.id),
    );
    const missing = await search(sim, 'contacts', {
      filterGroups: [{ filters: [{ propertyName: 'email', operator: 'NOT_HAS_PROPERTY' }] }],
      limit: 200,
    });
    expect(missing.body.total).toBe(sim.data.records('contacts').filter((c) => c.props['email'] === null).length);
  });

  it('returns the requested properties (null when empty), always with the id and both stamps', async () => {
    const sim = createHubSpotSimulator({ seed: 2, companies: 5 });
    const { body } = await search(sim, 'companies', { properties: ['name', 'nosuchproperty'], limit: 1 });
    expect(Object.keys(body.results[0]?.properties ?? {}).sort()).toEqual(['createdate', 'hs_lastmodifieddate', 'hs_object_id', 'name']);
    const defaults = await search(sim, 'contacts', { limit: 1 });
    expect(Object.keys(defaults.body.results[0]?.properties ?? {}).sort()).toEqual([
      'createdate',
      'email',
      'firstname',
      'hs_object_id',
      'lastmodifieddate',
      'lastname',
    ]);
  });

  it('refuses a page over 200, too many filters and an unknown object type', async () => {
    const sim = createHubSpotSimulator({ seed: 2, companies: 5 });
    expect((await search(sim, 'contacts', { limit: 201 })).status).toBe(400);
    const filters = Array.from({ length: 6 }, () => ({ propertyName: 'email', operator: 'HAS_PROPERTY' }));
    expect((await search(sim, 'contacts', { filterGroups: Array.from({ length: 5 }, () => ({ filters })) })).status).toBe(400);
    expect(await search(sim, 'widgets', {})).toMatchObject({ status: 400, body: { message: 'Unable to infer object type from: widgets' } });
  });
});
