import type { LineChartProps } from '@mantine/charts';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { OverTimeChart } from './OverTimeChart';
import { overTime } from './over-time';
import { metricRow } from '../../test/fixtures';

// Recharts draws nothing at happy-dom's zero size: capture what the console hands the chart instead.
const chart = vi.hoisted(() => ({ props: null as LineChartProps | null }));
vi.mock('@mantine/charts', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  LineChart: (props: LineChartProps) => {
    chart.props = props;
    return <div data-testid="line-chart" />;
  },
  BarChart: () => <div data-testid="bar-chart" />,
}));

const row = metricRow;

const rows = [row({}), row({ date: '2026-11-02', clicks: 0, conversions: 0, cost: 2_500 }), row({ channel: 'meta_ads', cost: 300 })];

const props = () => {
  if (!chart.props) throw new Error('the chart was not rendered');
  return chart.props;
};
const pick = (label: string) => fireEvent.click(screen.getByRole('radio', { name: label }));

describe('OverTimeChart', () => {
  beforeEach(() => {
    chart.props = null;
  });

  it('starts on spend per channel, in minor units formatted in the currency', () => {
    renderWithProviders(<OverTimeChart rows={rows} />);
    expect(screen.getByText('Spend over time (USD)')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Spend' }) as HTMLInputElement).checked).toBe(true);
    expect(props().data).toEqual(overTime(rows, 'spend', 'USD').points);
    expect(props().series.map((s) => s.name)).toEqual(['google_ads', 'meta_ads']);
    expect(props().series.map((s) => s.label)).toEqual(['Google Ads', 'Meta Ads']);
    expect(props().withLegend).toBe(true);
    expect(props().valueFormatter?.(123_456)).toBe('$1,234.56');
  });

  it("leaves out today's partial day and says so", () => {
    const today = new Date().toISOString().slice(0, 10);
    renderWithProviders(<OverTimeChart rows={[...rows, row({ date: today, cost: 1 })]} />);
    expect(props().data).toEqual(overTime(rows, 'spend', 'USD').points);
    expect(screen.getByText(/Today is left out until the day is over/)).toBeTruthy();
  });

  it('offers spend, clicks, leads, cost per lead and conversion rate', () => {
    renderWithProviders(<OverTimeChart rows={rows} />);
    const selector = screen.getByRole('radiogroup', { name: 'Metric over time' });
    expect(
      within(selector)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['spend', 'clicks', 'leads', 'costPerLead', 'conversionRate']);
  });

  it('switches to cost per lead: no value on a day without leads, money on the axis', () => {
    renderWithProviders(<OverTimeChart rows={rows} />);
    pick('Cost per lead');
    expect(screen.getByText('Cost per lead over time (USD)')).toBeTruthy();
    expect(props().data).toEqual([
      { date: '2026-11-01', google_ads: 2_500, meta_ads: 75 },
      { date: '2026-11-02', google_ads: null, meta_ads: null },
    ]);
    expect(props().valueFormatter?.(2_500)).toBe('$25.00');
    expect(screen.getByText(/Days without leads have no cost per lead/)).toBeTruthy();
  });

  it('switches to conversion rate (a percentage, no currency) and to leads counted from conversions', () => {
    renderWithProviders(<OverTimeChart rows={rows} />);
    pick('Conversion rate');
    expect(screen.getByText('Conversion rate over time')).toBeTruthy();
    expect(props().data).toEqual([
      { date: '2026-11-01', google_ads: 0.04, meta_ads: 0.04 },
      { date: '2026-11-02', google_ads: null, meta_ads: null },
    ]);
    expect(props().valueFormatter?.(0.04)).toBe('4.0%');
    pick('Leads');
    expect(props().data).toEqual(overTime(rows, 'leads', 'USD').points);
    expect(props().valueFormatter?.(1234)).toBe('1,234');
    expect(screen.getByText(/Leads are conversions for ad platforms/)).toBeTruthy();
  });

  it('draws money in the main currency and says the others are left out', () => {
    renderWithProviders(<OverTimeChart rows={[...rows, row({ channel: 'linkedin_ads', currency: 'EUR', cost: 100 })]} />);
    expect(screen.getByText(/Amounts in currencies other than USD are left out/)).toBeTruthy();
    expect(props().series.map((s) => s.name)).toEqual(['google_ads', 'meta_ads']);
    pick('Clicks');
    expect(props().series.map((s) => s.name)).toEqual(['google_ads', 'linkedin_ads', 'meta_ads']);
    expect(screen.queryByText(/left out/)).toBeNull();
  });
});
