import { screen, within } from '@testing-library/react';
import { mockGraphQL, renderWithProviders } from '../../test/render';
import { ChannelPerformance } from './ChannelPerformance';
import { metricRow } from '../../test/fixtures';

// Recharts draws nothing at happy-dom's zero size; the over-time chart has its own test.
vi.mock('@mantine/charts', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  LineChart: () => <div data-testid="line-chart" />,
  BarChart: () => <div data-testid="bar-chart" />,
}));

afterEach(() => vi.unstubAllGlobals());

const row = metricRow;

const rows = [row({}), row({ date: '2026-11-02', clicks: 0, conversions: 0, cost: 2_500 }), row({ channel: 'meta_ads', cost: 300 })];

describe('ChannelPerformance', () => {
  it('totals each channel with the same leads, cost per lead and conversion rate as the chart', async () => {
    const edges = rows.map((node) => ({ node: { ...node, campaign: 'Brand' } }));
    mockGraphQL(() => ({ page: { edges, pageInfo: { hasNextPage: false, endCursor: null } } }));
    renderWithProviders(<ChannelPerformance range={{ from: '2026-11-01T00:00:00Z', to: '2026-11-03T00:00:00Z' }} />, { role: 'viewer' });
    const table = await screen.findByRole('table', { name: 'Channel performance' });
    const google = within(table).getByRole('row', { name: /Google Ads/ });
    // 4 conversions, $125.00 spend, 100 clicks: $31.25 a lead, 4.0% of clicks.
    expect(
      within(google)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Google Ads', '$125.00', '2,000', '100', '4', '$31.25', '4.0%']);
    expect(within(table).getByRole('row', { name: /Meta Ads/ })).toBeTruthy();
    expect(screen.getByTestId('line-chart')).toBeTruthy();
  });

  it('counts leads whole: ad platforms report fractional conversions', async () => {
    const edges = [row({ conversions: 1174.66 })].map((node) => ({ node: { ...node, campaign: 'Brand' } }));
    mockGraphQL(() => ({ page: { edges, pageInfo: { hasNextPage: false, endCursor: null } } }));
    renderWithProviders(<ChannelPerformance range={{ from: '2026-11-01T00:00:00Z', to: '2026-11-03T00:00:00Z' }} />, { role: 'viewer' });
    const table = await screen.findByRole('table', { name: 'Channel performance' });
    expect(within(table).getAllByRole('cell')[4]?.textContent).toBe('1,175');
  });

  it('asks for an ad platform, or a wider range, when there are no metrics', async () => {
    mockGraphQL(() => ({ page: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } }));
    renderWithProviders(<ChannelPerformance range={{ from: '2026-11-01T00:00:00Z', to: '2026-11-03T00:00:00Z' }} />, { role: 'viewer' });
    expect(await screen.findByText('No channel metrics in this range')).toBeTruthy();
    expect(screen.getByText(/widen the date range/)).toBeTruthy();
  });
});
