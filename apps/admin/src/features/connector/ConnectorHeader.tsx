import { Button, Card, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconPlayerStop, IconPlugOff, IconRefresh } from '@tabler/icons-react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SandboxBadge, StatusBadge } from '../../components/StatusBadge';
import { timeAgo } from '../../lib/format';
import { useMe } from '../auth/use-me';
import { SyncProgress } from '../sensors/SyncProgress';
import { useConnectorActions } from '../sensors/use-connector-actions';
import type { ConnectorDetail } from './types';

/** Name, state and the actions on this connection (for managers; Disconnect for admins). */
export function ConnectorHeader({ connector }: { connector: ConnectorDetail }) {
  const { tenantId, canManage, canAdminister } = useMe();
  const actions = useConnectorActions(tenantId);
  const syncing = connector.status === 'syncing' || Boolean(connector.currentSync);
  const needsAccount = Boolean(connector.connectorType?.accountSelection) && !connector.accountId;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={2}>{connector.name}</Title>
            <StatusBadge status={connector.status} />
            {connector.sandbox && connector.connected ? <SandboxBadge /> : null}
          </Group>
          <Text c="dimmed" size="sm">
            {connector.connectorType?.categoryLabel} · last synced {timeAgo(connector.lastSyncAt)}
            {connector.accountName ? ` · account ${connector.accountName}` : ''}
          </Text>
        </div>
        {canManage && connector.connected ? (
          <Group gap="xs">
            {syncing ? (
              <Button variant="default" leftSection={<IconPlayerStop size={16} />} onClick={() => actions.cancel.mutate(connector.id)}>
                Cancel sync
              </Button>
            ) : null}
            {needsAccount ? null : (
              <Button.Group>
                <Button
                  leftSection={<IconRefresh size={16} />}
                  disabled={syncing}
                  loading={actions.sync.isPending}
                  onClick={() => actions.sync.mutate({ id: connector.id })}
                >
                  {syncing ? 'Syncing…' : 'Sync Now'}
                </Button>
                <Menu position="bottom-end">
                  <Menu.Target>
                    <Button px={8} disabled={syncing} aria-label="More sync options">
                      <IconChevronDown size={16} />
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => actions.sync.mutate({ id: connector.id, full: true })}>
                      Full sync (re-import everything)
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Button.Group>
            )}
            {canAdminister ? (
              <Button
                variant="light"
                color="red"
                leftSection={<IconPlugOff size={16} />}
                onClick={() => actions.confirmDisconnect(connector)}
              >
                Disconnect
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Group>
      {connector.currentSync ? (
        <Card p="sm">
          <SyncProgress sync={connector.currentSync} />
        </Card>
      ) : null}
      {connector.status === 'error' && connector.lastError ? (
        <ProblemAlert problem={{ ...connector.lastError, connectorType: connector.type }} />
      ) : null}
      {!connector.connected ? (
        <Text size="sm" c="dimmed">
          Not connected. Synced data is kept; connect again from the Sensors page to resume syncing.
        </Text>
      ) : null}
    </Stack>
  );
}
