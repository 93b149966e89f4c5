import { createConnectorContext, type SyncRecord } from '@tributary/core';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DelivraiEvent } from '../api.js';
import { delivrai } from '../connector.js';
import { createDelivraiSimulator } from '../sandbox/index.js';
import { companyOf, normalizeDomain } from './companies.js';
import { deriveEvent, eventsQuery } from './events.js';

const sim = createDelivraiSimulator({ seed: 5, events: 900, historyDays: 3, apiSecret: 'dlvr_secret_abcd' });
let server: RunningServer;
beforeAll(async () => {
  server = await sim.start();
});
afterAll(() => server.close());

async function syncAll(cursor: string | null, settings: Record<string, unknown>) {
  const parsed = delivrai.settingsSchema.parse(settings);
  const config = { apiKey: sim.apiKey, apiSecret: 'dlvr_secret_abcd' };
  const { credentials } = await delivrai.authenticate(config, createConnectorContext(delivrai, config, parsed, { baseUrl: server.url }));
  const ctx = { ...createConnectorContext(delivrai, credentials, parsed, { baseUrl: server.url }), mode: 'incremental' as const };
  const records: SyncRecord[] = [];
  for (let position = cursor; ;) {
    const page = await delivrai.sync(credentials, position, ctx);
    records.push(...page.records);
    if (!page.hasMore) return { records, cursor: page.cursor };
    position = page.cursor;
  }
}

const event = (over: Partial<DelivraiEvent>): DelivraiEvent => ({
  event_id: 'e1',
  timestamp: 1_793_491_200_000,
  event_type: 'page_view',
  ...over,
});

describe('the events stream', () => {
  it('derives site visits and intent signals linked by email and domain, and companies by domain', () => {
    const visit = deriveEvent(event({ email: ' Ada@Acme.example ', company_domain: 'https://www.Acme.example/pricing' }));
    expect(visit).toMatchObject({
      type: 'site_visit',
      channel: 'intent',
      occurredAt: '2026-11-01T00:00:00.000Z',
      personExternalId: 'ada@acme.example',
      accountExternalId: 'acme.example',
    });
    expect(deriveEvent(event({ intent_topics: ['Intent Data'] }))).toMatchObject({
      type: 'intent_signal',
      properties: { topics: ['Intent Data'] },
    });
    expect(deriveEvent(event({ email: 'not an email' }))['personExternalId']).toBeUndefined();
    expect(companyOf(event({ company_domain: 'acme.example', company_name: null }))).toEqual([
      { domain: 'acme.example', name: 'acme.example', industry: null, employee_count: null },
    ]);
    expect(normalizeDomain('localhost')).toBeUndefined();
    expect(
      eventsQuery({ token: null, since: '2026-11-01T00:00:00Z', until: '2026-11-02T01:00:00Z' }, { projectId: 'p1', organizationId: 'o1' }),
    ).toEqual({
      project_id: 'p1',
      start_ms: 1_793_491_200_000,
      end_ms: 1_793_581_200_000,
    });
  });

  it('walks 25-hour windows from historyDays back with offset paging, sending the secret and the organization', async () => {
    const settings = { organizationId: sim.scope.organizationId, historyDays: 4 };
    const first = await syncAll(null, settings);
    const ids = first.records.filter((r) => r.stream === 'events').map((r) => String(r.raw['event_id']));
    expect(ids.sort()).toEqual([...sim.events.range()].map(([, e]) => e.event_id).sort());
    const requests = sim.requests.filter({ path: '/api/v1/events' });
    const spans = requests.map((r) => Number(r.query['end_ms']) - Number(r.query['start_ms']));
    expect(Math.max(...spans)).toBe(25 * 3_600_000);
    expect(requests.some((r) => r.query['offset']?.[0] === '300')).toBe(true);
    expect(requests[0]?.headers['x-api-secret']).toBe('dlvr_secret_abcd');
    expect(requests[0]?.headers['x-organization-id']).toBe(sim.scope.organizationId);
    const domains = new Set(first.records.filter((r) => r.stream === 'companies').map((r) => r.raw['domain']));
    expect(domains.size).toBeGreaterThan(5);

    sim.requests.clear();
    const added = sim.mutate.addEvents(3).map((i) => sim.events.get(i)?.event_id);
    // end_ms is exclusive: a run that starts in the very millisecond of an event reads it next time (overlap); this one starts later.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const next = await syncAll(first.cursor, settings);
    const again = next.records.filter((r) => r.stream === 'events').map((r) => String(r.raw['event_id']));
    expect(again).toEqual(expect.arrayContaining(added));
    // One window: the hour of overlap and what came since.
    expect(sim.requests.filter({ path: '/api/v1/events' })).toHaveLength(1);
  });
});
