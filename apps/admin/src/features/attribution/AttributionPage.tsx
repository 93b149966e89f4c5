import { Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { AttributionModel } from '../../graphql/generated/graphql';
import { DateRangeFilter } from '../dashboard/DateRangeFilter';
import { lastDays } from '../dashboard/range';
import { AttributionReport } from './AttributionReport';

const route = getRouteApi('/app/attribution');

export const MODELS: { value: AttributionModel; label: string }[] = [
  { value: 'FIRST_TOUCH', label: 'First touch' },
  { value: 'LAST_TOUCH', label: 'Last touch' },
  { value: 'LINEAR', label: 'Linear' },
];
const LOOKBACKS = ['30', '60', '90', '180', '365'];

/** Which campaigns drive revenue: a model, a date range and a lookback window, and the campaigns table. */
export function AttributionPage() {
  const search = route.useSearch();
  const navigate = useNavigate();
  const fallback = lastDays(90);
  const params = {
    model: search.model ?? 'FIRST_TOUCH',
    from: search.from ?? fallback.from,
    to: search.to ?? fallback.to,
    lookbackDays: search.lookback ?? 90,
  };
  const go = (next: Partial<typeof params>) => {
    const p = { ...params, ...next };
    void navigate({ to: '/attribution', search: { model: p.model, from: p.from, to: p.to, lookback: p.lookbackDays }, replace: true });
  };
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Attribution</Title>
          <Text c="dimmed">Which campaigns actually drive revenue: payments and won deals credited to the touches before them.</Text>
        </div>
        <DateRangeFilter value={params} onChange={(range) => go(range)} />
      </Group>
      <Group>
        <SegmentedControl
          aria-label="Attribution model"
          data={MODELS}
          value={params.model}
          onChange={(model) => go({ model: MODELS.find((m) => m.value === model)?.value ?? 'FIRST_TOUCH' })}
        />
        <Select
          aria-label="Lookback window"
          w={160}
          data={LOOKBACKS.map((d) => ({ value: d, label: `${d}-day lookback` }))}
          value={String(params.lookbackDays)}
          onChange={(v) => v && go({ lookbackDays: Number(v) })}
          allowDeselect={false}
        />
      </Group>
      <AttributionReport params={params} />
    </Stack>
  );
}
