import { Alert, Badge, Button, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { EmptyState } from '../../components/EmptyState';
import { ProblemAlert } from '../../components/ProblemAlert';
import { count, dateTime, duration } from '../../lib/format';
import { explain, ZERO_ROWS_HINT } from '../../lib/troubleshoot';
import { syncLogsQuery } from '../../queries/connector';
import { importsNothing } from '../../queries/connectors';
import { useMe } from '../auth/use-me';
import type { ConnectorDetail, SyncLogRow } from './types';

const STATUS_COLOR: Record<SyncLogRow['status'], string> = {
  running: 'blue',
  completed: 'green',
  completed_with_errors: 'orange',
  failed: 'red',
  cancelled: 'gray',
};

function ErrorCell({ log, emptyHistory, connectorType }: { log: SyncLogRow; emptyHistory: boolean; connectorType: string }) {
  if (!log.errorMessage) {
    if (log.status !== 'completed' || log.rowsImported > 0) return null;
    if (log.recordsFailed > 0) return <Text size="xs">{count(log.recordsFailed)} rows rejected: see the dead letters</Text>;
    return <Text size="xs">{emptyHistory ? '0 rows: widen the date range' : 'No changes since the previous sync'}</Text>;
  }
  const e = explain({ message: log.errorMessage, kind: log.errorKind, connectorType });
  return (
    <Tooltip label={e.detail} multiline w={320}>
      <Text size="xs">
        <b>{e.title}.</b> {e.fix}
      </Text>
    </Tooltip>
  );
}

/** The sync history (the activity log), 25 runs at a time; a running sync's live progress is in the header above every tab. */
export function ActivityTab({ connector }: { connector: ConnectorDetail }) {
  const { tenantId } = useMe();
  const busy = connector.status === 'syncing' || Boolean(connector.currentSync);
  const query = useInfiniteQuery(syncLogsQuery(tenantId, connector.id, busy));
  const logs = query.data?.pages.flatMap((p) => p?.edges.map((e) => e.node) ?? []) ?? [];
  const emptyHistory = logs.every((l) => l.status !== 'completed' || l.rowsImported === 0);
  return (
    <Stack>
      {importsNothing(connector) ? <Alert color="yellow">{ZERO_ROWS_HINT}</Alert> : null}
      <Title order={4}>Activity log</Title>
      {query.error ? <ProblemAlert problem={{ message: query.error.message }} /> : null}
      {query.isPending ? (
        <Skeleton h={120} />
      ) : logs.length === 0 ? (
        <EmptyState title="No syncs yet">Syncs appear here with what they imported, how long they took and any error.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover aria-label="Activity log">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Started</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Duration</Table.Th>
                <Table.Th ta="right">Rows read</Table.Th>
                <Table.Th ta="right">Rows imported</Table.Th>
                <Table.Th ta="right">Created</Table.Th>
                <Table.Th ta="right">Updated</Table.Th>
                <Table.Th ta="right">Failed</Table.Th>
                <Table.Th>Error and fix</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {logs.map((log) => (
                <Table.Tr key={log.id} data-testid="sync-log-row">
                  <Table.Td>{dateTime(log.startedAt)}</Table.Td>
                  <Table.Td>
                    {log.syncType}{' '}
                    <Text span size="xs" c="dimmed">
                      ({log.trigger})
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[log.status]} variant="light" data-testid="log-status">
                      {log.status.replaceAll('_', ' ')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{duration(log.durationMs ?? log.elapsedMs)}</Table.Td>
                  <Table.Td ta="right" data-testid="log-rows-read">
                    {count(log.recordsRead)}
                  </Table.Td>
                  <Table.Td ta="right" data-testid="log-rows-imported">
                    {count(log.rowsImported)}
                  </Table.Td>
                  <Table.Td ta="right">{count(log.recordsCreated)}</Table.Td>
                  <Table.Td ta="right">{count(log.recordsUpdated)}</Table.Td>
                  <Table.Td ta="right">{count(log.recordsFailed)}</Table.Td>
                  <Table.Td maw={320}>
                    <ErrorCell log={log} emptyHistory={emptyHistory} connectorType={connector.type} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {query.hasNextPage ? (
        <Button variant="default" w="fit-content" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          Load more
        </Button>
      ) : null}
    </Stack>
  );
}
