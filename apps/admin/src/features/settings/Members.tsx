import { ActionIcon, Badge, Card, Skeleton, Table, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconUserMinus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notifyError, notifySuccess } from '../../components/notify';
import { dateOnly } from '../../lib/format';
import { membersQuery, removeMember } from '../../queries/admin';
import { keys } from '../../queries/keys';
import { useMe } from '../auth/use-me';
import { Invitations } from './Invitations';
import { InviteMemberForm } from './InviteMemberForm';

const ROLE_COLOR = { admin: 'red', manager: 'blue', viewer: 'gray' } as const;

export function Members() {
  const { me, tenantId } = useMe();
  const queryClient = useQueryClient();
  const { data, isPending } = useQuery(membersQuery(tenantId));
  const remove = useMutation({
    mutationFn: removeMember,
    onSuccess: async () => {
      notifySuccess('Member removed', 'Their sessions and API tokens in this tenant were revoked.');
      await queryClient.invalidateQueries({ queryKey: keys.members(tenantId) });
    },
    onError: notifyError,
  });
  const confirm = (member: { userId: string; email: string }) =>
    modals.openConfirmModal({
      title: `Remove ${member.email}?`,
      children: 'They lose access to this tenant at once; their API tokens here are revoked.',
      labels: { confirm: 'Remove', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(member.userId),
    });
  return (
    <Card>
      <Title order={4} mb="sm">
        Members
      </Title>
      {isPending ? <Skeleton h={120} /> : null}
      <Table aria-label="Members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Since</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data ?? []).map((m) => (
            <Table.Tr key={m.userId}>
              <Table.Td>{m.email}</Table.Td>
              <Table.Td>{m.name ?? '—'}</Table.Td>
              <Table.Td>
                <Badge color={ROLE_COLOR[m.role]} variant="light">
                  {m.role}
                </Badge>
              </Table.Td>
              <Table.Td>{dateOnly(m.createdAt)}</Table.Td>
              <Table.Td>
                {m.userId !== me.userId ? (
                  <ActionIcon variant="subtle" color="red" aria-label={`Remove ${m.email}`} onClick={() => confirm(m)}>
                    <IconUserMinus size={16} />
                  </ActionIcon>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Invitations />
      <InviteMemberForm />
    </Card>
  );
}
