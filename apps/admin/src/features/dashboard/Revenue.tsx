import { AreaChart, BarChart } from '@mantine/charts';
import { Alert, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../../components/EmptyState';
import { count, money } from '../../lib/format';
import { revenueQuery, type Range } from '../../queries/dashboard';
import { useMe } from '../auth/use-me';
import { pipeline, revenue } from './aggregate';
import { compact } from './channels';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </div>
  );
}

/** Revenue from payments (charges net of refunds) and the deal pipeline from the CRM. */
export function Revenue({ range }: { range: Range }) {
  const { tenantId } = useMe();
  const { data, isPending } = useQuery(revenueQuery(tenantId, range));
  if (isPending || !data) return <Skeleton h={260} />;
  const r = revenue(data.charges.nodes);
  const stages = pipeline(data.deals.nodes);
  return (
    <SimpleGrid cols={{ base: 1, lg: stages.length > 0 ? 2 : 1 }}>
      <Card>
        <Title order={4} mb="sm">
          Revenue
        </Title>
        {r.count === 0 ? (
          <EmptyState title="No payments in this range">Connect Stripe on the Sensors page, or widen the date range.</EmptyState>
        ) : (
          <Stack>
            {data.charges.truncated ? (
              <Alert color="yellow">Showing the first charges only: narrow the date range for exact totals.</Alert>
            ) : null}
            <Group gap="xl">
              {r.totals.map((t) => (
                <Stat key={t.currency} label={`Net revenue (${t.currency})`} value={money(t.net, t.currency)} />
              ))}
              <Stat label="Successful charges" value={count(r.count)} />
            </Group>
            <AreaChart
              h={240}
              data={r.points}
              dataKey="date"
              series={[{ name: 'revenue', color: 'teal.6', label: `Net revenue (${r.main})` }]}
              curveType="monotone"
              withDots={false}
            />
          </Stack>
        )}
      </Card>
      {stages.length > 0 ? (
        <Card>
          <Title order={4} mb="sm">
            Deal pipeline
          </Title>
          {/* Stages down the side: every stage keeps its label (along the bottom every other one was dropped). */}
          <BarChart
            h={Math.max(200, stages.length * 36)}
            data={stages}
            dataKey="stage"
            orientation="vertical"
            valueFormatter={compact}
            yAxisProps={{ width: 140, interval: 0 }}
            series={[{ name: 'amount', color: 'grape.6', label: 'Amount' }]}
          />
        </Card>
      ) : null}
    </SimpleGrid>
  );
}
