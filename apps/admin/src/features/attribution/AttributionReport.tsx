import { Alert, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../../components/EmptyState';
import { ProblemAlert, toProblem } from '../../components/ProblemAlert';
import { count, money } from '../../lib/format';
import { attributionQuery, type AttributionParams } from '../../queries/attribution';
import { useMe } from '../auth/use-me';
import { channelLabel } from '../dashboard/channels';

const HEADERS = ['Channel', 'Campaign', 'Attributed revenue', 'Revenue events', 'Spend', 'ROAS'];

/** A ROAS as "4.25x"; none without spend. */
export const roasText = (roas: number | null | undefined) => (roas === null || roas === undefined ? '—' : `${roas.toFixed(2)}x`);

/** Revenue events credited: whole numbers for first and last touch, two decimals for linear shares. */
const events = (n: number) => (Number.isInteger(n) ? count(n) : n.toFixed(2));

const channelName = (id: string) => (id === '(none)' ? 'No touch' : channelLabel(id));

/** Revenue credited to each campaign and channel, with its spend and ROAS, per currency. */
export function AttributionReport({ params }: { params: AttributionParams }) {
  const { tenantId } = useMe();
  const { data, error, isPending } = useQuery(attributionQuery(tenantId, params));
  if (error) return <ProblemAlert problem={toProblem(error)} />;
  if (isPending) return <Skeleton h={260} />;
  return (
    <Stack>
      <Group gap="xl">
        {data.totals.map((t) => (
          <div key={t.currency}>
            <Text size="xs" c="dimmed">
              Revenue ({t.currency}) · ROAS {roasText(t.roas)}
            </Text>
            <Text fw={700} size="xl">
              {money(t.revenue, t.currency)}
            </Text>
            <Text size="xs" c="dimmed">
              {money(t.revenue - t.unattributedRevenue, t.currency)} attributed · {money(t.spend, t.currency)} spend
            </Text>
          </div>
        ))}
      </Group>
      <Card>
        <Title order={4} mb="sm">
          Campaigns
        </Title>
        {data.rows.length === 0 ? (
          <EmptyState title="No revenue or spend in this range">
            Connect a payment provider (or a CRM with won deals) and the tools that tag your campaigns, or widen the date range.
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped aria-label="Attribution by campaign">
              <Table.Thead>
                <Table.Tr>
                  {HEADERS.map((h) => (
                    <Table.Th key={h}>{h}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((r) => (
                  <Table.Tr key={`${r.channel}/${r.campaignId}/${r.currency}`}>
                    <Table.Td>{channelName(r.channel)}</Table.Td>
                    <Table.Td>{r.campaign === '(none)' ? '—' : r.campaign}</Table.Td>
                    <Table.Td>{money(r.revenue, r.currency)}</Table.Td>
                    <Table.Td>{events(r.revenueEvents)}</Table.Td>
                    <Table.Td>{r.spend > 0 ? money(r.spend, r.currency) : '—'}</Table.Td>
                    <Table.Td>{roasText(r.roas)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {data.rows.some((r) => r.channel === '(none)') ? (
          <Alert color="gray" mt="sm">
            “No touch”: revenue from people with no tagged campaign or traffic source in the {data.lookbackDays} days before paying.
          </Alert>
        ) : null}
      </Card>
    </Stack>
  );
}
