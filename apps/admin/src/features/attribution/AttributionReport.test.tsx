import { screen, within } from '@testing-library/react';
import { mockGraphQL, renderWithProviders } from '../../test/render';
import { AttributionReport } from './AttributionReport';

afterEach(() => vi.unstubAllGlobals());

const params = { model: 'LINEAR' as const, from: '2026-03-01', to: '2026-03-31', lookbackDays: 90 };

const row = (over: Record<string, unknown>) => ({
  channel: 'google_ads',
  campaignId: 'g1',
  campaign: 'Brand - Search',
  currency: 'USD',
  revenue: 13_334,
  revenueEvents: 0.833333,
  spend: 5_000,
  roas: 2.6668,
  ...over,
});

const report = {
  attribution: {
    __typename: 'QueryAttributionSuccess',
    data: {
      model: 'LINEAR',
      lookbackDays: 90,
      rows: [
        row({}),
        row({ channel: 'email', campaignId: '42', campaign: '42', revenue: 3_333, revenueEvents: 1, spend: 0, roas: null }),
        row({
          channel: '(none)',
          campaignId: '(none)',
          campaign: '(none)',
          currency: 'EUR',
          revenue: 5_000,
          revenueEvents: 1,
          spend: 0,
          roas: null,
        }),
      ],
      totals: [
        { currency: 'EUR', revenue: 5_000, unattributedRevenue: 5_000, revenueEvents: 1, spend: 0, roas: null },
        { currency: 'USD', revenue: 16_667, unattributedRevenue: 0, revenueEvents: 1.833333, spend: 5_000, roas: 3.3334 },
      ],
    },
  },
};

describe('AttributionReport', () => {
  it('lists each campaign with money in its own currency, fractional events under linear, and ROAS', async () => {
    const seen = mockGraphQL(() => report);
    renderWithProviders(<AttributionReport params={params} />, { role: 'viewer' });
    const table = await screen.findByRole('table', { name: 'Attribution by campaign' });
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(/Google Ads/)).toEqual(['Google Ads', 'Brand - Search', '$133.34', '0.83', '$50.00', '2.67x']);
    expect(cells(/Email/)).toEqual(['Email', '42', '$33.33', '1', '—', '—']);
    expect(cells(/No touch/)).toEqual(['No touch', '—', '€50.00', '1', '—', '—']);
    expect(screen.getByText('$166.67')).toBeTruthy();
    expect(screen.getByText(/No touch.*90 days before paying/)).toBeTruthy();
    expect(seen[0]?.variables).toEqual(params);
  });

  it('shows an input error from the gateway as a problem, not an empty table', async () => {
    mockGraphQL(() => ({
      attribution: {
        __typename: 'InputError',
        message: 'to: must be on or after from',
        fieldErrors: [{ path: 'to', message: 'must be on or after from' }],
      },
    }));
    renderWithProviders(<AttributionReport params={{ ...params, from: '2026-04-01' }} />, { role: 'viewer' });
    expect((await screen.findAllByText(/must be on or after from/)).length).toBeGreaterThan(0);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says what to connect when there is nothing to attribute', async () => {
    mockGraphQL(() => ({
      attribution: { __typename: 'QueryAttributionSuccess', data: { model: 'LINEAR', lookbackDays: 90, rows: [], totals: [] } },
    }));
    renderWithProviders(<AttributionReport params={params} />, { role: 'viewer' });
    expect(await screen.findByText('No revenue or spend in this range')).toBeTruthy();
  });
});
