import { Alert, Card, Group, Stack, Text, Title } from '@mantine/core';
import { SandboxBadge, StatusBadge } from '../../components/StatusBadge';
import { ProblemAlert } from '../../components/ProblemAlert';
import { count, timeAgo } from '../../lib/format';
import { importsNothing } from '../../queries/connectors';
import { ZERO_ROWS_HINT } from '../../lib/troubleshoot';
import { CardActions } from './CardActions';
import { SyncProgress } from './SyncProgress';
import type { ConnectorSummary, SensorType } from './types';

/** A connector on the Sensors page: what it is, whether data flows, and what can be done now. */
export function SensorCard({ type, connector }: { type: SensorType; connector: ConnectorSummary | undefined }) {
  const status = connector?.status ?? 'disconnected';
  const last = connector?.lastSync;
  return (
    <Card component="article" aria-label={type.name} data-testid={`sensor-${type.id}`}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={4}>{type.name}</Title>
          <Group gap={6}>
            {connector?.sandbox && connector.connected ? <SandboxBadge /> : null}
            <StatusBadge status={status} />
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {type.description}
        </Text>
        {connector?.connected ? (
          <Group gap="xl">
            <div>
              <Text size="xs" c="dimmed">
                Last synced
              </Text>
              <Text size="sm" data-testid="last-synced">
                {timeAgo(connector.lastSyncAt)}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Rows held
              </Text>
              <Text size="sm" data-testid="rows-held">
                {count(connector.rowsHeld)}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Changed by the last sync
              </Text>
              <Text size="sm" data-testid="rows-imported">
                {last && last.status !== 'running' ? count(last.rowsImported) : '—'}
              </Text>
            </div>
            {connector.accountName ? (
              <div>
                <Text size="xs" c="dimmed">
                  Account
                </Text>
                <Text size="sm">{connector.accountName}</Text>
              </div>
            ) : null}
          </Group>
        ) : null}
        {connector?.currentSync ? <SyncProgress sync={connector.currentSync} /> : null}
        {(status === 'error' || last?.status === 'completed_with_errors') && connector?.lastError ? (
          <ProblemAlert problem={{ ...connector.lastError, connectorType: type.id }} />
        ) : null}
        {connector?.connected && connector.credentialWarning ? (
          <Alert color={connector.credentialWarning.expired ? 'red' : 'orange'} variant="light" title="Reconnect needed" role="alert">
            {connector.credentialWarning.message}
          </Alert>
        ) : null}
        {connector?.connected && importsNothing(connector) ? (
          <Alert color="yellow" variant="light">
            {ZERO_ROWS_HINT}
          </Alert>
        ) : null}
        <CardActions type={type} connector={connector} />
      </Stack>
    </Card>
  );
}
