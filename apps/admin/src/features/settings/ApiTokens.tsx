import { Alert, Button, Card, Code, CopyButton, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../components/notify';
import { dateTime, timeAgo } from '../../lib/format';
import { apiTokensQuery, createApiToken, revokeApiToken } from '../../queries/admin';
import { keys } from '../../queries/keys';
import { useMe } from '../auth/use-me';

/** Personal API tokens for GraphQL clients: created here and shown exactly once; revocable. */
export function ApiTokens() {
  const { tenantId } = useMe();
  const queryClient = useQueryClient();
  const { data } = useQuery(apiTokensQuery(tenantId));
  const [name, setName] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.apiTokens(tenantId) });
  const create = useMutation({
    mutationFn: createApiToken,
    onSuccess: async () => {
      // The next token gets a name of its own.
      setName('');
      await refresh();
    },
    onError: notifyError,
  });
  const revoke = useMutation({
    mutationFn: revokeApiToken,
    onSuccess: async () => {
      notifySuccess('Token revoked');
      await refresh();
    },
    onError: notifyError,
  });
  return (
    <Card>
      <Title order={4} mb="xs">
        API tokens
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Send as <Code>Authorization: Bearer trb_…</Code> to <Code>/graphql</Code>. A token acts with your role in this tenant.
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) create.mutate(name.trim());
        }}
      >
        <Group align="flex-end" mb="md">
          <TextInput label="Token name" placeholder="e.g. BI export" value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
            Create token
          </Button>
        </Group>
      </form>
      <Table aria-label="API tokens">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Prefix</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data ?? []).map((t) => (
            <Table.Tr key={t.id} opacity={t.revokedAt ? 0.5 : 1}>
              <Table.Td>{t.name}</Table.Td>
              <Table.Td ff="monospace">{t.prefix}…</Table.Td>
              <Table.Td>{dateTime(t.createdAt)}</Table.Td>
              <Table.Td>{t.lastUsedAt ? timeAgo(t.lastUsedAt) : 'never'}</Table.Td>
              <Table.Td>
                {t.revokedAt ? (
                  <Text size="sm">revoked</Text>
                ) : (
                  <Button size="xs" variant="subtle" color="red" onClick={() => revoke.mutate(t.id)}>
                    Revoke
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={create.isSuccess}
        onClose={() => create.reset()}
        title="Your new API token"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Stack>
          <Alert color="yellow">Copy it now: it is shown only this once.</Alert>
          <Code block data-testid="new-token">
            {create.data?.token}
          </Code>
          <CopyButton value={create.data?.token ?? ''}>
            {({ copied, copy }) => <Button onClick={copy}>{copied ? 'Copied' : 'Copy token'}</Button>}
          </CopyButton>
        </Stack>
      </Modal>
    </Card>
  );
}
