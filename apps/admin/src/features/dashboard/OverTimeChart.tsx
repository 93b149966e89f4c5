import { LineChart } from '@mantine/charts';
import { SegmentedControl, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { mainCurrency, type MetricRow } from './aggregate';
import { channelLabel, withoutPartialDay } from './channels';
import { METRIC_ORDER, OVER_TIME_METRICS, overTime, type OverTimeMetric } from './over-time';

const COLORS = ['blue.6', 'teal.6', 'grape.6', 'orange.6', 'cyan.6', 'pink.6'];
export const TODAY_LEFT_OUT = 'Today is left out until the day is over.';

function note(metric: OverTimeMetric, otherCurrencies: boolean, currency: string): string | null {
  const parts: string[] = [];
  if (metric === 'leads' || metric === 'costPerLead' || metric === 'conversionRate')
    parts.push('Leads are conversions for ad platforms that report no leads.');
  if (metric === 'costPerLead') parts.push('Days without leads have no cost per lead.');
  if (metric === 'conversionRate') parts.push('Days without clicks have no conversion rate.');
  if (otherCurrencies) parts.push(`Amounts in currencies other than ${currency} are left out.`);
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Spend, clicks, leads, cost per lead or conversion rate per channel and day, with a selector for which. */
export function OverTimeChart({ rows: all }: { rows: MetricRow[] }) {
  const [metric, setMetric] = useState<OverTimeMetric>('spend');
  const { rows, leftOut } = useMemo(() => withoutPartialDay(all), [all]);
  const currency = mainCurrency(rows);
  const spec = OVER_TIME_METRICS[metric];
  const { series, points } = useMemo(() => overTime(rows, metric, currency), [rows, metric, currency]);
  const caption = [note(metric, spec.money && rows.some((r) => r.currency !== currency), currency), leftOut ? TODAY_LEFT_OUT : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div data-testid="over-time-chart">
      <Text size="sm" fw={600} mb="xs">
        {spec.label} over time{spec.money ? ` (${currency})` : ''}
      </Text>
      <SegmentedControl
        size="xs"
        mb="sm"
        aria-label="Metric over time"
        value={metric}
        onChange={(value) => setMetric(METRIC_ORDER.find((m) => m === value) ?? 'spend')}
        data={METRIC_ORDER.map((m) => ({ value: m, label: OVER_TIME_METRICS[m].label }))}
      />
      <LineChart
        h={240}
        data={points}
        dataKey="date"
        curveType="monotone"
        withDots={false}
        withLegend={series.length > 1}
        valueFormatter={(value) => spec.format(value, currency)}
        yAxisProps={{ width: 80 }}
        series={series.map((name, i) => ({ name, label: channelLabel(name), color: COLORS[i % COLORS.length] ?? 'blue.6' }))}
      />
      {caption ? (
        <Text size="xs" c="dimmed" mt="xs">
          {caption}
        </Text>
      ) : null}
    </div>
  );
}
