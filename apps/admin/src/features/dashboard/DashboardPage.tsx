// The charts' styles load with the charts (this page is lazy), after Mantine's core styles.
import '@mantine/charts/styles.css';
import { Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { ChannelPerformance } from './ChannelPerformance';
import { ConnectorHealth } from './ConnectorHealth';
import { DateRangeFilter } from './DateRangeFilter';
import { lastDays, toFilter } from './range';
import { Revenue } from './Revenue';

const route = getRouteApi('/app/dashboard');

/** Channel performance, revenue and connector health for a date range. */
export function DashboardPage() {
  const search = route.useSearch();
  const navigate = useNavigate();
  const fallback = lastDays(90);
  const range = { from: search.from ?? fallback.from, to: search.to ?? fallback.to };
  const filter = toFilter(range);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Dashboard</Title>
          <Text c="dimmed">What the connected tools say about spend, leads and revenue.</Text>
        </div>
        <DateRangeFilter value={range} onChange={(next) => void navigate({ to: '/dashboard', search: next, replace: true })} />
      </Group>
      <ConnectorHealth />
      <ChannelPerformance range={filter} />
      <Revenue range={filter} />
    </Stack>
  );
}
