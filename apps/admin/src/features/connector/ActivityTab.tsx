import { Alert, Badge, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { EmptyState } from '../../components/EmptyState';
import { count, dateTime, duration } from '../../lib/format';
import { explain, ZERO_ROWS_HINT } from '../../lib/troubleshoot';
import { importsNothing } from '../../queries/connectors';
import type { ConnectorDetail, SyncLogRow } from './types';

const STATUS_COLOR: Record<SyncLogRow['status'], string> = { running: 'blue', completed: 'green', failed: 'red', cancelled: 'gray' };

function ErrorCell({ log, emptyHistory }: { log: SyncLogRow; emptyHistory: boolean }) {
  if (!log.errorMessage) {
    if (log.status !== 'completed' || log.rowsImported > 0) return null;
    return <Text size="xs">{emptyHistory ? '0 rows: widen the date range' : 'No changes since the previous sync'}</Text>;
  }
  const e = explain({ message: log.errorMessage, kind: log.errorKind });
  return (
    <Tooltip label={e.detail} multiline w={320}>
      <Text size="xs">
        <b>{e.title}.</b> {e.fix}
      </Text>
    </Tooltip>
  );
}

/** The sync history (the activity log); a running sync's live progress is in the header above every tab. */
export function ActivityTab({ connector }: { connector: ConnectorDetail }) {
  const logs = connector.syncLogs.edges.map((e) => e.node);
  const emptyHistory = logs.every((l) => l.status !== 'completed' || l.rowsImported === 0);
  return (
    <Stack>
      {importsNothing(connector) ? <Alert color="yellow">{ZERO_ROWS_HINT}</Alert> : null}
      <Title order={4}>Activity log</Title>
      {logs.length === 0 ? (
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
                    <Badge color={STATUS_COLOR[log.status]} variant="light">
                      {log.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{duration(log.durationMs ?? log.elapsedMs)}</Table.Td>
                  <Table.Td ta="right" data-testid="log-rows-imported">
                    {count(log.rowsImported)}
                  </Table.Td>
                  <Table.Td ta="right">{count(log.recordsCreated)}</Table.Td>
                  <Table.Td ta="right">{count(log.recordsUpdated)}</Table.Td>
                  <Table.Td ta="right">{count(log.recordsFailed)}</Table.Td>
                  <Table.Td maw={320}>
                    <ErrorCell log={log} emptyHistory={emptyHistory} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
