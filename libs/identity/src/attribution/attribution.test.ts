import { forTenant } from '@tributary/db';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from '@tributary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveIdentities } from '../resolve.js';
import { attribution, type AttributionRow } from './attribution.js';

/**
 * A hand-built tenant whose attributed totals are worked out by hand below.
 *
 * Ann (HubSpot person hs-1) is touched by Google "Brand - Search" (Jan 10,
 * by name), LinkedIn li-7 (Feb 1, by id) and Customer.io campaign 42
 * (Feb 20), and after paying by Meta "Prospecting" (Mar 2); she pays
 * ch_1 on Mar 1: 11001 - 1000 refunded = 10001 USD cents.
 * Bob (Delivr.ai visit by email) was touched by Brand - Search on
 * 2025-10-01, 155 days before paying ch_2 (5000 EUR) on Mar 5.
 * Carl (deal contact) sees Brand - Search on Mar 1 and g2 on Mar 2 and
 * closes won deal d1 (20000 USD) on Mar 10.
 * ch_3 (700 USD) has no email. Excluded: a failed charge, a refunded one,
 * one after the range, an open deal.
 */
const touch = (id: string, person: string, at: string, properties: Record<string, unknown>, channel = 'web') => ({
  record: { externalId: id, type: 'site_visit', channel, occurredAt: new Date(at), personExternalId: person, properties },
  raw: {},
});
const charge = (id: string, at: string, amount: number, email: string | null, extra: Record<string, unknown> = {}) => ({
  record: {
    externalId: id,
    amount,
    currency: 'usd',
    status: 'succeeded',
    amountRefunded: 0,
    customerEmail: email,
    occurredAt: new Date(at),
    ...extra,
  },
  raw: {},
});
const spend = (id: string, date: string, channel: string, campaignId: string, campaign: string, cost: number, currency = 'USD') => ({
  record: {
    externalId: id,
    date: new Date(date),
    channel,
    campaignId,
    campaign,
    cost,
    currency,
    impressions: 0,
    clicks: 0,
    visitors: 0,
    leads: 0,
    conversions: 0,
  },
  raw: {},
});

const line = (r: AttributionRow) => [r.channel, r.campaignId, r.campaign, r.currency, r.revenue, r.revenueEvents, r.spend, r.roas];

describe('attribution (first touch, last touch, linear) on hand-computed fixtures', () => {
  let db: TestDatabase;
  let tenant: string;
  const range = { from: '2026-03-01', to: '2026-03-31' };

  beforeAll(async () => {
    db = await createTestDatabase();
    tenant = (await seedTenant(db, 'Attr')).id;
    const hubspot = (await seedConnector(db, tenant, { type: 'hubspot' })).id;
    const web = (await seedConnector(db, tenant, { type: 'delivrai' })).id;
    const cio = (await seedConnector(db, tenant, { type: 'customerio' })).id;
    const stripe = (await seedConnector(db, tenant, { type: 'stripe' })).id;
    const ads = (await seedConnector(db, tenant, { type: 'google-ads' })).id;
    const scope = forTenant(db.prisma, tenant);
    await scope.canonical.upsert(hubspot, 'person', [{ record: { externalId: 'hs-1', email: 'Ann@Acme.io' }, raw: {} }]);
    await scope.canonical.upsert(hubspot, 'activity', [
      touch('a1', 'hs-1', '2026-01-10T10:00:00Z', { utm_source: 'google', utm_campaign: 'brand - search' }),
      touch('a2', 'hs-1', '2026-02-01T10:00:00Z', { utm_source: 'linkedin', utm_campaign: 'li-7' }),
      touch('a7', 'hs-1', '2026-03-02T10:00:00Z', { utm_source: 'facebook', utm_campaign: 'Prospecting' }),
      touch('task', 'hs-1', '2026-02-25T10:00:00Z', {}, 'crm'),
    ]);
    await scope.canonical.upsert(cio, 'activity', [touch('d1', 'cio-ann', '2026-02-20T10:00:00Z', { campaignId: 42 }, 'email')]);
    await scope.canonical.upsert(cio, 'person', [{ record: { externalId: 'cio-ann', email: 'ann@acme.io' }, raw: {} }]);
    await scope.canonical.upsert(web, 'activity', [
      touch('v1', 'bob@beta.io', '2025-10-01T10:00:00Z', { pageUrl: 'https://x.io/?utm_source=google&utm_campaign=Brand+-+Search' }),
      touch('v2', 'carl@gamma.io', '2026-03-01T10:00:00Z', { pageUrl: 'https://x.io/p?utm_campaign=Brand%20-%20Search&utm_source=google' }),
      touch('v3', 'carl@gamma.io', '2026-03-02T10:00:00Z', { utm_source: 'google', utm_campaign: 'g2' }),
    ]);
    await scope.canonical.upsert(stripe, 'charge', [
      charge('ch_1', '2026-03-01T12:00:00Z', 11001, 'ann@acme.io', { amountRefunded: 1000 }),
      charge('ch_2', '2026-03-05T12:00:00Z', 5000, 'bob@beta.io', { currency: 'eur' }),
      charge('ch_3', '2026-03-03T12:00:00Z', 700, null),
      charge('ch_4', '2026-03-03T12:00:00Z', 99999, 'ann@acme.io', { status: 'failed' }),
      charge('ch_5', '2026-03-03T12:00:00Z', 4000, 'ann@acme.io', { amountRefunded: 4000 }),
      charge('ch_6', '2026-04-01T00:00:00Z', 8000, 'ann@acme.io'),
    ]);
    await scope.canonical.upsert(hubspot, 'deal', [
      {
        record: {
          externalId: 'd1',
          amount: 20000,
          currency: 'USD',
          status: 'won',
          closeDate: new Date('2026-03-10'),
          contactEmail: 'carl@gamma.io',
        },
        raw: {},
      },
      {
        record: {
          externalId: 'd2',
          amount: 90000,
          currency: 'USD',
          status: 'open',
          closeDate: new Date('2026-03-10'),
          contactEmail: 'carl@gamma.io',
        },
        raw: {},
      },
    ]);
    await scope.canonical.upsert(ads, 'channel_metric', [
      spend('g1-0228', '2026-02-28', 'google_ads', 'g1', 'Brand - Search', 999999),
      spend('g1-0301', '2026-03-01', 'google_ads', 'g1', 'Brand - Search', 2000),
      spend('g1-0315', '2026-03-15', 'google_ads', 'g1', 'Brand - Search', 3000),
      spend('g2-0310', '2026-03-10', 'google_ads', 'g2', 'Generic - Search', 4000),
      spend('li7-0305', '2026-03-05', 'linkedin_ads', 'li-7', 'LI Retarget', 1000),
      spend('m1-0305', '2026-03-05', 'meta_ads', 'm1', 'Prospecting', 500, 'EUR'),
    ]);
    await resolveIdentities(db.sql, tenant);
  });
  afterAll(() => db.dispose());

  it('first touch: the earliest touch in the window takes the whole amount', async () => {
    const report = await attribution(db.sql, tenant, { model: 'first_touch', ...range });
    expect(report.rows.map(line)).toEqual([
      ['google_ads', 'g1', 'Brand - Search', 'USD', 30001, 2, 5000, 6.0002],
      ['(none)', '(none)', '(none)', 'EUR', 5000, 1, 0, null],
      ['(none)', '(none)', '(none)', 'USD', 700, 1, 0, null],
      ['google_ads', 'g2', 'Generic - Search', 'USD', 0, 0, 4000, 0],
      ['linkedin_ads', 'li-7', 'LI Retarget', 'USD', 0, 0, 1000, 0],
      ['meta_ads', 'm1', 'Prospecting', 'EUR', 0, 0, 500, 0],
    ]);
    expect(report.totals).toEqual([
      { currency: 'EUR', revenue: 5000, unattributedRevenue: 5000, revenueEvents: 1, spend: 500, roas: 10 },
      { currency: 'USD', revenue: 30701, unattributedRevenue: 700, revenueEvents: 3, spend: 10000, roas: 3.0701 },
    ]);
  });

  it('last touch: the latest touch up to the event takes it (a touch after the payment does not count)', async () => {
    const report = await attribution(db.sql, tenant, { model: 'last_touch', ...range });
    expect(report.rows.map(line)).toEqual([
      ['google_ads', 'g2', 'Generic - Search', 'USD', 20000, 1, 4000, 5],
      ['email', '42', '42', 'USD', 10001, 1, 0, null],
      ['(none)', '(none)', '(none)', 'EUR', 5000, 1, 0, null],
      ['(none)', '(none)', '(none)', 'USD', 700, 1, 0, null],
      ['google_ads', 'g1', 'Brand - Search', 'USD', 0, 0, 5000, 0],
      ['linkedin_ads', 'li-7', 'LI Retarget', 'USD', 0, 0, 1000, 0],
      ['meta_ads', 'm1', 'Prospecting', 'EUR', 0, 0, 500, 0],
    ]);
  });

  it('linear: equal shares in whole cents, the remainder to the earliest touches', async () => {
    const report = await attribution(db.sql, tenant, { model: 'linear', ...range });
    // ch_1: 10001 / 3 = 3333 r 2 -> 3334 (Jan 10), 3334 (Feb 1), 3333 (Feb 20); d1: 10000 + 10000.
    expect(report.rows.map(line)).toEqual([
      ['google_ads', 'g1', 'Brand - Search', 'USD', 13334, 0.833333, 5000, 2.6668],
      ['google_ads', 'g2', 'Generic - Search', 'USD', 10000, 0.5, 4000, 2.5],
      ['(none)', '(none)', '(none)', 'EUR', 5000, 1, 0, null],
      ['linkedin_ads', 'li-7', 'LI Retarget', 'USD', 3334, 0.333333, 1000, 3.334],
      ['email', '42', '42', 'USD', 3333, 0.333333, 0, null],
      ['(none)', '(none)', '(none)', 'USD', 700, 1, 0, null],
      ['meta_ads', 'm1', 'Prospecting', 'EUR', 0, 0, 500, 0],
    ]);
    const usd = report.totals.find((t) => t.currency === 'USD');
    expect(usd?.revenue).toBe(30701);
  });

  it('a longer lookback reaches older touches (Bob, 155 days before paying)', async () => {
    const report = await attribution(db.sql, tenant, { model: 'first_touch', ...range, lookbackDays: 180 });
    expect(report.rows.filter((r) => r.currency === 'EUR').map(line)).toEqual([
      ['google_ads', 'g1', 'Brand - Search', 'EUR', 5000, 1, 0, null],
      ['meta_ads', 'm1', 'Prospecting', 'EUR', 0, 0, 500, 0],
    ]);
  });

  it('sends revenue with no touch to (none), and sees no other tenant', async () => {
    const other = (await seedTenant(db, 'Other')).id;
    const report = await attribution(db.sql, other, { model: 'linear', ...range });
    expect(report.rows).toEqual([]);
    const shortWindow = await attribution(db.sql, tenant, { model: 'last_touch', ...range, lookbackDays: 1 });
    // With a one-day lookback no touch is close enough: Ann's last one is 9 days before ch_1, Carl's 8 days before d1.
    expect(shortWindow.rows.filter((r) => r.revenue > 0).map((r) => [r.channel, r.currency, r.revenue])).toEqual([
      ['(none)', 'USD', 30701],
      ['(none)', 'EUR', 5000],
    ]);
  });

  it('rejects a range that ends before it starts, or a lookback out of bounds', async () => {
    await expect(attribution(db.sql, tenant, { model: 'linear', from: '2026-03-31', to: '2026-03-01' })).rejects.toThrow(/on or after/);
    await expect(attribution(db.sql, tenant, { model: 'linear', ...range, lookbackDays: 0 })).rejects.toThrow(/Invalid attribution/);
  });
});
