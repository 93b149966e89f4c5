import { createConnectorContext, decodeCursor, type SyncOptions } from '@tributary/core';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripe, type StripeSettings } from './connector.js';
import type { Anchor } from './legacy.js';
import { splitName } from './streams/customers.js';
import { createStripeSimulator, type StripeSimulator } from './sandbox/index.js';

describe('Stripe incremental syncs from /v1/events', () => {
  let sim: StripeSimulator;
  let api: RunningServer;
  let options: SyncOptions<StripeSettings>;
  const now = new Date();
  const anchorOf = (cursor: string | null) => decodeCursor(cursor).state.feeds['events'] as Anchor | undefined;
  const eventsCursor = (anchor: Partial<Anchor>) =>
    JSON.stringify({
      v: 2,
      state: { streams: {}, feeds: { events: { eventId: null, created: 0, checkedAt: Math.floor(now.getTime() / 1000), ...anchor } } },
      run: null,
    });

  beforeAll(async () => {
    sim = createStripeSimulator({ seed: 3, customers: 50, charges: 200 });
    api = await sim.start();
    const config = { apiKey: sim.apiKey };
    options = { ...createConnectorContext(stripe, config, {}, { baseUrl: api.url, now: () => now }), mode: 'incremental' };
  });
  afterAll(() => api.close());

  it('reads events oldest first with ending_before and moves the anchor to the newest one', async () => {
    const start = await stripe.sync({ apiKey: sim.apiKey }, eventsCursor({ created: sim.data.now() - 10 }), options);
    expect(start.records).toEqual([]);
    const [first] = sim.mutate.updateCustomers(1);
    const [second] = sim.mutate.updateCharges(1, { refunds: false });
    const page = await stripe.sync({ apiKey: sim.apiKey }, start.cursor, options);
    expect(page.records.map((r) => [r.stream, r.raw['id']])).toEqual([
      ['customers', first],
      ['charges', second],
    ]);
    expect(anchorOf(start.cursor)?.eventId).toBeNull();
    const next = anchorOf(page.cursor);
    expect(next?.eventId).toMatch(/^evt_/);

    const [third] = sim.mutate.updateCustomers(1);
    const after = await stripe.sync({ apiKey: sim.apiKey }, page.cursor, options);
    expect(sim.requests.last()?.query['ending_before']).toEqual([next?.eventId]);
    expect(after.records.map((r) => r.raw['id'])).toEqual([third]);
    const empty = await stripe.sync({ apiKey: sim.apiKey }, after.cursor, options);
    expect(empty).toMatchObject({ records: [], hasMore: false });
  });

  it('falls back to the anchor timestamp when the anchor event no longer exists', async () => {
    const [changed] = sim.mutate.updateCustomers(1);
    const page = await stripe.sync(
      { apiKey: sim.apiKey },
      eventsCursor({ eventId: 'evt_expired000000000000000', created: sim.data.now() - 1 }),
      options,
    );
    expect(page.records.map((r) => r.raw['id'])).toContain(changed);
    expect(sim.requests.last()?.query['created[gte]']).toBeDefined();
  });

  it('walks everything again when events were last read longer ago than Stripe keeps them', async () => {
    const stale = Math.floor(now.getTime() / 1000) - 31 * 24 * 3600;
    const page = await stripe.sync({ apiKey: sim.apiKey }, eventsCursor({ eventId: 'evt_x', checkedAt: stale }), options);
    expect(page.hasMore).toBe(true);
    const run = decodeCursor(page.cursor).run;
    expect(run?.slices.filter((s) => s.phase === 0).map((s) => s.stream)).toEqual(expect.arrayContaining(['customers', 'subscriptions']));
    expect(anchorOf(page.cursor)).toBeUndefined();
  });

  it('resumes a cursor stored before the SDK (version 1), in the events phase and mid-walk', async () => {
    const anchor = { eventId: null, created: sim.data.now() - 5, checkedAt: Math.floor(now.getTime() / 1000) };
    const [changed] = sim.mutate.updateCustomers(1);
    const events = await stripe.sync({ apiKey: sim.apiKey }, JSON.stringify({ v: 1, phase: 'events', anchor }), options);
    expect(events.records.map((r) => r.raw['id'])).toContain(changed);

    const walk = JSON.stringify({ v: 1, phase: 'full', stream: 'refunds', after: null, anchor });
    const page = await stripe.sync({ apiKey: sim.apiKey }, walk, options);
    expect(new Set(page.records.map((r) => r.stream))).toEqual(new Set(['refunds', 'subscriptions']));
    expect(decodeCursor(page.cursor).run?.slices.at(-1)).toMatchObject({ stream: 'feed:events', s: { anchor } });
  });

  it('rejects a cursor that is not a Stripe cursor with a config error', async () => {
    await expect(stripe.sync({ apiKey: sim.apiKey }, '{"offset":3}', options)).rejects.toMatchObject({ kind: 'config' });
  });
});

describe('splitName', () => {
  it('puts the last word in lastName and the rest in firstName', () => {
    expect(splitName('Mary Ann Smith')).toEqual({ firstName: 'Mary Ann', lastName: 'Smith' });
    expect(splitName('Cher')).toEqual({ firstName: 'Cher' });
    expect(splitName('  ')).toEqual({});
    expect(splitName(null)).toEqual({});
  });
});
