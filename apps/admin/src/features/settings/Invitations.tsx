import { Badge, Button, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notifyError, notifySuccess } from '../../components/notify';
import { dateOnly } from '../../lib/format';
import { invitationsQuery, revokeInvitation } from '../../queries/admin';
import { keys } from '../../queries/keys';
import { useMe } from '../auth/use-me';

/** Invitations not yet accepted: who, which role, until when; withdraw one and its link stops working. */
export function Invitations() {
  const { tenantId } = useMe();
  const queryClient = useQueryClient();
  const { data } = useQuery(invitationsQuery(tenantId));
  const revoke = useMutation({
    mutationFn: revokeInvitation,
    onSuccess: async () => {
      notifySuccess('Invitation withdrawn', 'Its link no longer works.');
      await queryClient.invalidateQueries({ queryKey: keys.invitations(tenantId) });
    },
    onError: notifyError,
  });
  if (!data || data.length === 0) return null;
  return (
    <>
      <Text fw={600} mt="lg" mb="xs">
        Pending invitations
      </Text>
      <Table aria-label="Pending invitations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>{i.email}</Table.Td>
              <Table.Td>
                <Badge variant="light">{i.role}</Badge>
              </Table.Td>
              <Table.Td>{dateOnly(i.expiresAt)}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="subtle" color="red" onClick={() => revoke.mutate(i.id)}>
                  Withdraw
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
