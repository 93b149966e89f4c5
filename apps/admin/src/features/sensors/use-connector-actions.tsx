import { List, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifyError, notifySuccess } from '../../components/notify';
import { cancelSync, disconnect, removeConnector, triggerSync } from '../../queries/connector-actions';
import { keys } from '../../queries/keys';

/** Sync Now, cancel, Disconnect and Remove (with their confirmations), each refreshing every view of the tenant's connectors. */
export function useConnectorActions(tenantId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.connectors(tenantId) });
  const sync = useMutation({
    mutationFn: ({ id, full }: { id: string; full?: boolean }) => triggerSync(id, full),
    onSuccess: async (result) => {
      notifySuccess(
        result.status === 'already_running' ? 'A sync is already running' : 'Sync started',
        result.mode === 'full' ? 'Full sync: every record is read again.' : 'Incremental sync: changes since the last one.',
      );
      await refresh();
    },
    onError: notifyError,
  });
  const cancel = useMutation({ mutationFn: cancelSync, onSuccess: refresh, onError: notifyError });
  const unplug = useMutation({
    mutationFn: disconnect,
    onSuccess: async () => {
      notifySuccess('Disconnected', 'Credentials were deleted. The data already synced is kept.');
      await refresh();
    },
    onError: notifyError,
  });
  const confirmDisconnect = (connector: { id: string; name: string }) =>
    modals.openConfirmModal({
      title: `Disconnect ${connector.name}?`,
      children: (
        <>
          <Text size="sm">Tributary will:</Text>
          <List size="sm" mt="xs" spacing={4}>
            <List.Item>revoke its access at {connector.name} where possible and delete the stored credentials;</List.Item>
            <List.Item>stop scheduled syncs.</List.Item>
          </List>
          <Text size="sm" mt="sm" fw={600}>
            Synced data is kept: records already imported stay in Tributary.
          </Text>
        </>
      ),
      labels: { confirm: 'Disconnect', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => unplug.mutate(connector.id),
    });
  const remove = useMutation({
    mutationFn: removeConnector,
    onSuccess: async () => {
      notifySuccess('Removed', 'The connector and the data synced through it were deleted.');
      await queryClient.invalidateQueries();
    },
    onError: notifyError,
  });
  const confirmRemove = (connector: { id: string; name: string }, onRemoved?: () => void) =>
    modals.openConfirmModal({
      title: `Remove ${connector.name}?`,
      children: (
        <>
          <Text size="sm">Tributary will disconnect it, delete its schedule and delete:</Text>
          <List size="sm" mt="xs" spacing={4}>
            <List.Item>every record synced through it (people, accounts, activities, deals, charges, metrics);</List.Item>
            <List.Item>its sync history, dead letters and field mappings.</List.Item>
          </List>
          <Text size="sm" mt="sm" fw={600}>
            This cannot be undone. To stop syncing and keep the data, disconnect instead.
          </Text>
        </>
      ),
      labels: { confirm: 'Remove and delete data', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(connector.id, { onSuccess: () => onRemoved?.() }),
    });
  return { sync, cancel, disconnect: unplug, confirmDisconnect, remove, confirmRemove };
}
