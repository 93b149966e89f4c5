import { createConnectorContext, type SyncOptions } from '@tributary/core';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripe, type StripeSettings } from './connector.js';
import { stripeCursor, type StripeCursor } from './cursor.js';
import { splitName } from './streams/customers.js';
import { createStripeSimulator, type StripeSimulator } from './sandbox/index.js';

describe('Stripe incremental syncs from /v1/events', () => {
  let sim: StripeSimulator;
  let api: RunningServer;
  let options: SyncOptions<StripeSettings>;
  const now = new Date();
  const eventsCursor = (anchor: Partial<Extract<StripeCursor, { phase: 'events' }>['anchor']>) =>
    stripeCursor.encode({
      v: 1,
      phase: 'events',
      anchor: { eventId: null, created: 0, checkedAt: Math.floor(now.getTime() / 1000), ...anchor },
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
    const anchor = stripeCursor.decode(start.cursor);
    const [first] = sim.mutate.updateCustomers(1);
    const [second] = sim.mutate.updateCharges(1, { refunds: false });
    const page = await stripe.sync({ apiKey: sim.apiKey }, start.cursor, options);
    expect(page.records.map((r) => [r.stream, r.raw['id']])).toEqual([
      ['customers', first],
      ['charges', second],
    ]);
    const next = stripeCursor.decode(page.cursor);
    expect(anchor?.anchor.eventId).toBeNull();
    expect(next?.phase).toBe('events');
    expect(next?.anchor.eventId).toMatch(/^evt_/);

    const [third] = sim.mutate.updateCustomers(1);
    const after = await stripe.sync({ apiKey: sim.apiKey }, page.cursor, options);
    expect(sim.requests.last()?.query['ending_before']).toEqual([next?.anchor.eventId]);
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
    expect(stripeCursor.decode(page.cursor)).toMatchObject({ phase: 'full', stream: 'customers', after: null });
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
