import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconListDetails, IconPlugOff, IconRefresh, IconSettings, IconTrash } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useMe } from '../auth/use-me';
import { ConnectModal } from './ConnectModal';
import type { ConnectorSummary, SensorType } from './types';
import { useConnectorActions } from './use-connector-actions';

/** The actions that fit the card's state and the person's role (viewers get none that change anything). */
export function CardActions({ type, connector }: { type: SensorType; connector: ConnectorSummary | undefined }) {
  const { tenantId, canManage, canAdminister } = useMe();
  const actions = useConnectorActions(tenantId);
  const [connectOpen, connectModal] = useDisclosure(false);
  const connected = connector?.connected ?? false;
  const syncing = connector?.status === 'syncing' || Boolean(connector?.currentSync);
  // Until an account is chosen there is nothing to sync: the card offers "Choose account" instead of Sync Now.
  const needsAccount = connected && Boolean(connector) && !connector?.accountId && type.accountSelection;
  return (
    <Group mt="auto" pt="xs" justify="space-between">
      <Group gap="xs">
        {canManage && (!connected || connector?.status === 'error') ? (
          <Button onClick={connectModal.open}>{connected ? 'Reconnect' : 'Connect'}</Button>
        ) : null}
        {canManage && needsAccount && connector ? (
          <Button
            renderRoot={(props) => (
              <Link to="/connectors/$connectorId" params={{ connectorId: connector.id }} search={{ select: 1 }} {...props} />
            )}
          >
            Choose account
          </Button>
        ) : null}
        {canManage && connected && connector && !needsAccount ? (
          <Button
            variant="light"
            leftSection={<IconRefresh size={16} />}
            loading={actions.sync.isPending}
            disabled={syncing}
            onClick={() => actions.sync.mutate({ id: connector.id })}
          >
            {syncing ? 'Syncing…' : 'Sync Now'}
          </Button>
        ) : null}
        {connector ? (
          <Button
            variant="subtle"
            renderRoot={(props) => <Link to="/connectors/$connectorId" params={{ connectorId: connector.id }} {...props} />}
          >
            Details
          </Button>
        ) : null}
      </Group>
      {canManage && connector ? (
        <Menu position="bottom-end" withArrow>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" size="lg" aria-label={`${type.name} settings`}>
              <IconSettings size={20} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconSettings size={16} />}
              renderRoot={(props) => (
                <Link to="/connectors/$connectorId" params={{ connectorId: connector.id }} search={{ tab: 'settings' }} {...props} />
              )}
            >
              Settings
            </Menu.Item>
            <Menu.Item
              leftSection={<IconListDetails size={16} />}
              renderRoot={(props) => <Link to="/connectors/$connectorId" params={{ connectorId: connector.id }} {...props} />}
            >
              Activity log
            </Menu.Item>
            {canAdminister && connected ? (
              <Menu.Item color="red" leftSection={<IconPlugOff size={16} />} onClick={() => actions.confirmDisconnect(connector)}>
                Disconnect
              </Menu.Item>
            ) : null}
            {canAdminister ? (
              <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => actions.confirmRemove(connector)}>
                Remove…
              </Menu.Item>
            ) : null}
          </Menu.Dropdown>
        </Menu>
      ) : null}
      <ConnectModal type={type} opened={connectOpen} onClose={connectModal.close} />
    </Group>
  );
}
