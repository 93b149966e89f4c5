import { Button, Group, Modal, Radio, Skeleton, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert, toProblem } from '../../components/ProblemAlert';
import { selectAccount, vendorAccountsQuery } from '../../queries/connector-config';
import { keys } from '../../queries/keys';
import { useMe } from '../auth/use-me';
import type { ConnectorDetail } from './types';

/** After authorizing: pick which account (ad account, property, portal) to sync; the first sync starts then. */
export function AccountPicker({ connector, opened, onClose }: { connector: ConnectorDetail; opened: boolean; onClose: () => void }) {
  const { tenantId } = useMe();
  const queryClient = useQueryClient();
  const accounts = useQuery({ ...vendorAccountsQuery(tenantId, connector.id), enabled: opened });
  const [choice, setChoice] = useState<string | null>(connector.accountId ?? null);
  const pick = useMutation({
    mutationFn: (accountId: string) => selectAccount(connector.id, accountId),
    onSuccess: async () => {
      notifySuccess('Account selected', 'The first sync has started.');
      await queryClient.invalidateQueries({ queryKey: keys.connectors(tenantId) });
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={`Choose the ${connector.name} account to sync`}>
      <Stack>
        <Text size="sm" c="dimmed">
          This login can see several accounts. Tributary syncs one.
        </Text>
        {accounts.isPending ? <Skeleton h={80} /> : null}
        {accounts.error ? <ProblemAlert problem={toProblem(accounts.error)} /> : null}
        <Radio.Group value={choice} onChange={setChoice}>
          <Stack gap="xs">
            {(accounts.data ?? []).map((a) => (
              <Radio
                key={a.id}
                value={a.id}
                label={a.name}
                description={[a.id, a.currency, a.timezone, a.manager ? 'manager account' : null].filter(Boolean).join(' · ')}
                disabled={a.manager}
              />
            ))}
          </Stack>
        </Radio.Group>
        {pick.error ? <ProblemAlert problem={toProblem(pick.error)} /> : null}
        <Group justify="flex-end">
          <Button disabled={!choice} loading={pick.isPending} onClick={() => choice && pick.mutate(choice)}>
            Sync this account
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
