import { BarChart } from '@mantine/charts';
import { Alert, Card, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../../components/EmptyState';
import { count, money, percent } from '../../lib/format';
import { channelMetricsQuery, type Range } from '../../queries/dashboard';
import { useMe } from '../auth/use-me';
import { byChannel, mainCurrency } from './aggregate';
import { channelLabel } from './channels';
import { OverTimeChart } from './OverTimeChart';

/** Spend, impressions, clicks, leads, cost per lead and conversion rate by channel, and each of them over time. */
export function ChannelPerformance({ range }: { range: Range }) {
  const { tenantId } = useMe();
  const { data, isPending } = useQuery(channelMetricsQuery(tenantId, range));
  if (isPending) return <Skeleton h={260} />;
  const rows = data?.nodes ?? [];
  const channels = byChannel(rows);
  const currency = mainCurrency(rows);
  return (
    <Card>
      <Title order={4} mb="sm">
        Channel performance
      </Title>
      {rows.length === 0 ? (
        <EmptyState title="No channel metrics in this range">
          Connect an ad platform (Google Ads, Meta Ads, LinkedIn Ads) or analytics to see spend, clicks and leads by channel. If one is
          connected, widen the date range.
        </EmptyState>
      ) : (
        <Stack>
          {data?.truncated ? <Alert color="yellow">Showing the first rows only: narrow the date range for exact totals.</Alert> : null}
          <Table.ScrollContainer minWidth={700}>
            <Table striped aria-label="Channel performance">
              <Table.Thead>
                <Table.Tr>
                  {['Channel', 'Spend', 'Impressions', 'Clicks', 'Leads', 'Cost per lead', 'Conversion rate'].map((h) => (
                    <Table.Th key={h}>{h}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {channels.map((c) => (
                  <Table.Tr key={c.channel}>
                    <Table.Td>{channelLabel(c.channel)}</Table.Td>
                    <Table.Td>{money(c.spend, currency)}</Table.Td>
                    <Table.Td>{count(c.impressions)}</Table.Td>
                    <Table.Td>{count(c.clicks)}</Table.Td>
                    <Table.Td>{count(c.leads)}</Table.Td>
                    <Table.Td>{money(c.costPerLead, currency)}</Table.Td>
                    <Table.Td>{percent(c.conversionRate)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <div>
              <Text size="sm" fw={600} mb="xs">
                Spend by channel ({currency})
              </Text>
              <BarChart
                h={240}
                data={channels.map((c) => ({ channel: channelLabel(c.channel), spend: c.spend }))}
                dataKey="channel"
                valueFormatter={(value) => money(value, currency)}
                yAxisProps={{ width: 80 }}
                series={[{ name: 'spend', color: 'blue.6', label: `Spend (${currency})` }]}
              />
            </div>
            <OverTimeChart rows={rows} />
          </SimpleGrid>
        </Stack>
      )}
    </Card>
  );
}
