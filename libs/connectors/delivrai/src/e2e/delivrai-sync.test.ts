import { forTenant, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delivrai } from '../connector.js';
import { createDelivraiSimulator, type DelivraiSimulator } from '../sandbox/index.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';
const HOUR = 3_600_000;

/**
 * What is particular to Delivr.ai, through the pipeline: a history longer
 * than one query walked in 25-hour windows, companies deduplicated by
 * normalized domain across the events that name them, and activities
 * linked to those accounts and to the visitors' emails.
 */
describe(`Delivr.ai through the pipeline on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  let sim: DelivraiSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let id: string;

  beforeAll(async () => {
    sim = createDelivraiSimulator({ seed: 12, events: 700, historyDays: 5, apiSecret: 'dlvr_secret_e2e_000' });
    api = await sim.start();
    h = await pipelineHarness([delivrai], { server, deps: { connectionOptions: () => ({ baseUrl: api.url, http: { retryBaseMs: 5 } }) } });
    id = await h.connect(
      'delivrai',
      { apiKey: sim.apiKey, apiSecret: 'dlvr_secret_e2e_000' },
      { organizationId: sim.scope.organizationId, historyDays: 5 },
    );
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('walks five days (historyDays) in 25-hour windows and stores one account per company domain, linked from its events', async () => {
    const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    expect(outcome).toMatchObject({ status: 'completed', failed: 0 });
    const windows = sim.requests.filter({ path: '/api/v1/events' }).filter((r) => r.query['offset']?.[0] === '0');
    expect(windows.length).toBe(5);
    expect(windows.every((r) => Number(r.query['end_ms']) - Number(r.query['start_ms']) <= 25 * HOUR)).toBe(true);

    const events = [...sim.events.range()].map(([, e]) => e);
    const domains = new Set(
      events.flatMap((e) => (e.company_domain ? [e.company_domain.replace(/^https:\/\/www\./, '').replace(/\/$/, '')] : [])),
    );
    const db = forTenant(h.db.prisma, h.tenantId).canonical;
    const accounts = await db.list('account', id);
    expect(new Set(accounts.map((a) => a['externalId']))).toEqual(domains);
    const activities = await db.list('activity', id);
    expect(activities).toHaveLength(events.length);
    const linked = activities.filter((a) => a['accountExternalId'] !== null);
    expect(linked.length).toBe(events.filter((e) => e.company_domain).length);
    expect(linked.every((a) => domains.has(String(a['accountExternalId'])))).toBe(true);
    expect(activities.filter((a) => a['type'] === 'intent_signal').length).toBe(events.filter((e) => e.intent_topics.length > 0).length);
  }, 120_000);
});
