import { Button, Card, Code, Table, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { dateTime } from '../../lib/format';
import { auditLogQuery } from '../../queries/admin';
import { useMe } from '../auth/use-me';

const brief = (details: unknown) => {
  const text = JSON.stringify(details);
  return text === '{}' || text === 'null' ? '' : text.length > 120 ? `${text.slice(0, 117)}…` : text;
};

/** Every mutation, who made it and when (newest first). */
export function AuditLog() {
  const { tenantId } = useMe();
  const query = useInfiniteQuery(auditLogQuery(tenantId));
  const entries = query.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  return (
    <Card>
      <Title order={4} mb="sm">
        Audit log
      </Title>
      <Table.ScrollContainer minWidth={800}>
        <Table striped aria-label="Audit log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th>Target</Table.Th>
              <Table.Th>Details</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{dateTime(e.createdAt)}</Table.Td>
                <Table.Td>{e.actor}</Table.Td>
                <Table.Td>
                  <Code>{e.action}</Code>
                </Table.Td>
                <Table.Td>{e.target}</Table.Td>
                <Table.Td ff="monospace" fz="xs">
                  {brief(e.details)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {query.hasNextPage ? (
        <Button mt="sm" variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
          Load more
        </Button>
      ) : null}
    </Card>
  );
}
