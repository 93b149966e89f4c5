import { forTenant } from '@tributary/db';
import { seedConnector } from '@tributary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';

/**
 * Identity and attribution over GraphQL, read as a viewer, on rows written
 * straight into the tenant's tables: Ann is in HubSpot as "Ann@Acme.io" and
 * pays in Stripe as "ann@acme.io"; a Google Ads click (Jan 10) and a
 * LinkedIn one (Feb 1) come before her 10001-cent charge on Mar 1.
 */
let t: TestGateway;
let viewer: SignedIn;
let manager: SignedIn;

const ATTRIBUTION = `query($model: AttributionModel!, $from: String!, $to: String!, $lookbackDays: Int) {
  attribution(model: $model, from: $from, to: $to, lookbackDays: $lookbackDays) {
    __typename
    ... on QueryAttributionSuccess { data { model lookbackDays rows { channel campaignId campaign currency revenue revenueEvents spend roas } totals { currency revenue spend roas } } }
    ... on InputError { message fieldErrors { path message } }
  }
}`;

interface Row {
  channel: string;
  campaign: string;
  revenue: number;
  spend: number;
  roas: number | null;
  revenueEvents: number;
}
interface Result {
  attribution: { __typename: string; data?: { rows: Row[]; totals: unknown[] }; fieldErrors?: { path: string }[] };
}

beforeAll(async () => {
  t = await startTestGateway();
  const db = t.rt.db;
  const hubspot = (await seedConnector(db, t.tenantId, { type: 'hubspot', status: 'disconnected' })).id;
  const stripe = (await seedConnector(db, t.tenantId, { type: 'stripe', status: 'disconnected' })).id;
  const ads = (await seedConnector(db, t.tenantId, { type: 'google-ads', status: 'disconnected' })).id;
  const scope = forTenant(db.prisma, t.tenantId);
  await scope.canonical.upsert(hubspot, 'person', [{ record: { externalId: 'hs-1', email: 'Ann@Acme.io', firstName: 'Ann' }, raw: {} }]);
  const visit = (id: string, at: string, properties: object) => ({
    record: { externalId: id, type: 'site_visit', channel: 'web', occurredAt: new Date(at), personExternalId: 'hs-1', properties },
    raw: {},
  });
  await scope.canonical.upsert(hubspot, 'activity', [
    visit('a1', '2026-01-10T00:00:00Z', { utm_source: 'google', utm_campaign: 'Brand - Search' }),
    visit('a2', '2026-02-01T00:00:00Z', { utm_source: 'linkedin', utm_campaign: 'Retarget' }),
  ]);
  await scope.canonical.upsert(stripe, 'charge', [
    {
      record: {
        externalId: 'ch_1',
        amount: 10001,
        currency: 'usd',
        status: 'succeeded',
        amountRefunded: 0,
        customerEmail: 'ann@acme.io',
        occurredAt: new Date('2026-03-01T00:00:00Z'),
      },
      raw: {},
    },
  ]);
  const metrics = { impressions: 0, clicks: 0, visitors: 0, leads: 0, conversions: 0, currency: 'USD', channel: 'google_ads' };
  await scope.canonical.upsert(ads, 'channel_metric', [
    {
      record: { externalId: 'g1-0301', date: new Date('2026-03-01'), campaignId: 'g1', campaign: 'Brand - Search', cost: 2000, ...metrics },
      raw: {},
    },
  ]);
  viewer = await t.addUser(t.tenantId, 'viewer');
  manager = await t.addUser(t.tenantId, 'manager');
  await manager.client.ok('mutation { resolveIdentities { __typename } }');
}, 120_000);
afterAll(() => t.close());

describe('attribution over GraphQL', () => {
  it('a viewer reads each model: first touch to Google, last to LinkedIn, linear split in whole cents', async () => {
    const run = async (model: string) =>
      (await viewer.client.ok<Result>(ATTRIBUTION, { model, from: '2026-03-01', to: '2026-03-31' })).attribution.data?.rows.map((r) => [
        r.channel,
        r.campaign,
        r.revenue,
        r.spend,
        r.roas,
      ]);
    expect(await run('FIRST_TOUCH')).toEqual([['google_ads', 'Brand - Search', 10001, 2000, 5.0005]]);
    expect(await run('LAST_TOUCH')).toEqual([
      ['linkedin_ads', 'Retarget', 10001, 0, null],
      ['google_ads', 'Brand - Search', 0, 2000, 0],
    ]);
    expect(await run('LINEAR')).toEqual([
      ['google_ads', 'Brand - Search', 5001, 2000, 2.5005],
      ['linkedin_ads', 'Retarget', 5000, 0, null],
    ]);
  });

  it('answers a range that ends before it starts, or a bad day, with a typed InputError', async () => {
    const backwards = await viewer.client.ok<Result>(ATTRIBUTION, { model: 'LINEAR', from: '2026-03-31', to: '2026-03-01' });
    expect(backwards.attribution).toMatchObject({ __typename: 'InputError', fieldErrors: [{ path: 'to' }] });
    const notADay = await viewer.client.ok<Result>(ATTRIBUTION, { model: 'LINEAR', from: 'March', to: '2026-03-01' });
    expect(notADay.attribution).toMatchObject({ __typename: 'InputError', fieldErrors: [{ path: 'from' }] });
    const lookback = await viewer.client.ok<Result>(ATTRIBUTION, {
      model: 'LINEAR',
      from: '2026-03-01',
      to: '2026-03-02',
      lookbackDays: 9999,
    });
    expect(lookback.attribution).toMatchObject({ __typename: 'InputError', fieldErrors: [{ path: 'lookbackDays' }] });
  });
});

describe('unified people over GraphQL', () => {
  it('finds a person by any spelling of the email, with the records linked from each source', async () => {
    const data = await viewer.client.ok<{
      unifiedPerson: { email: string; firstName: string; account: { domain: string }; links: object[] };
    }>('{ unifiedPerson(email: " ANN@acme.io ") { email firstName account { domain } links { connectorType entity externalId } } }');
    expect(data.unifiedPerson).toEqual({
      email: 'ann@acme.io',
      firstName: 'Ann',
      account: { domain: 'acme.io' },
      links: [
        { connectorType: 'stripe', entity: 'charge', externalId: 'ch_1' },
        { connectorType: 'hubspot', entity: 'person', externalId: 'hs-1' },
      ],
    });
    expect((await viewer.client.ok<{ unifiedPerson: null }>('{ unifiedPerson(email: "nobody@acme.io") { id } }')).unifiedPerson).toBeNull();
  });

  it('lists unified people as a Relay connection', async () => {
    const data = await viewer.client.ok<{
      unifiedPeople: { totalCount: number; edges: { node: { email: string } }[]; pageInfo: { hasNextPage: boolean } };
    }>('{ unifiedPeople(first: 10) { totalCount edges { node { email } } pageInfo { hasNextPage } } }');
    expect(data.unifiedPeople).toEqual({ totalCount: 1, edges: [{ node: { email: 'ann@acme.io' } }], pageInfo: { hasNextPage: false } });
  });

  it('lets a manager resolve on demand (a re-run changes nothing), never a viewer', async () => {
    const again = await manager.client.ok<{ resolveIdentities: { data: { people: { created: number }; linksChanged: number } } }>(
      'mutation { resolveIdentities { ... on MutationResolveIdentitiesSuccess { data { people { created } linksChanged } } } }',
    );
    expect(again.resolveIdentities.data).toEqual({ people: { created: 0 }, linksChanged: 0 });
    const refused = await viewer.client.gql('mutation { resolveIdentities { __typename } }');
    expect(refused.errors.map((e) => e.message).join()).toMatch(/Not authorized/);
  });
});
