import { Accordion, Badge, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { EmptyState } from '../../components/EmptyState';
import { JsonView } from '../../components/JsonView';
import { dateTime } from '../../lib/format';
import { deadLettersQuery } from '../../queries/connector';
import { useMe } from '../auth/use-me';

/** Records (or whole batches) that could not be stored, with the reason and the raw vendor data. */
export function DeadLetters({ connectorId }: { connectorId: string }) {
  const { tenantId } = useMe();
  const query = useInfiniteQuery(deadLettersQuery(tenantId, connectorId));
  const letters = query.data?.pages.flatMap((p) => p?.edges.map((e) => e.node) ?? []) ?? [];
  if (query.isPending) return <Skeleton h={120} />;
  if (letters.length === 0)
    return (
      <EmptyState title="No dead letters">Every record so far was stored. Rows that fail validation land here with the reason.</EmptyState>
    );
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        These rows were kept aside instead of failing the sync. Fix the mapping or the data at the vendor, then run a full sync.
      </Text>
      <Accordion variant="separated">
        {letters.map((letter) => (
          <Accordion.Item key={letter.id} value={letter.id}>
            <Accordion.Control>
              <Group gap="xs" wrap="nowrap">
                <Badge variant="light" color={letter.kind === 'batch' ? 'orange' : 'red'}>
                  {letter.kind}
                </Badge>
                <Badge variant="outline">{letter.stream}</Badge>
                <Text size="sm" lineClamp={1} data-testid="dead-letter-reason">
                  {letter.reason}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="xs" c="dimmed" mb="xs">
                {letter.externalId ?? 'no id'} · {dateTime(letter.createdAt)}
              </Text>
              <JsonView value={letter.payload} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      {query.hasNextPage ? (
        <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage} w="fit-content">
          Load more
        </Button>
      ) : null}
    </Stack>
  );
}
