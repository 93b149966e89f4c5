import { Button, Drawer, Group, Skeleton, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { JsonView } from '../../components/JsonView';
import { gql } from '../../graphql/client';
import type { CanonicalFilter } from '../../graphql/generated/graphql';
import { count } from '../../lib/format';
import { keys } from '../../queries/keys';
import { useMe } from '../auth/use-me';
import type { EntitySpec, RecordNode } from './entities';

/** The documents ask for `first: 25`. */
const PAGE_SIZE = 25;

/** One entity's rows, 25 a page with cursor pagination (a stack of cursors for Previous), and the raw row on click. */
export function RecordsTable<N extends RecordNode>({ spec, filter }: { spec: EntitySpec<N>; filter: CanonicalFilter }) {
  const { tenantId } = useMe();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [open, setOpen] = useState<N | null>(null);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, isPending, isFetching } = useQuery({
    queryKey: keys.records(tenantId, spec.name, filter, after),
    queryFn: () => gql(spec.document, { filter, after }),
    placeholderData: keepPreviousData,
  });
  if (isPending) return <Skeleton h={300} />;
  const nodes = data?.page.edges.map((e) => e.node) ?? [];
  const next = data?.page.pageInfo.hasNextPage ? (data.page.pageInfo.endCursor ?? null) : null;
  return (
    <>
      {nodes.length === 0 ? (
        <EmptyState title={`No ${spec.label.toLowerCase()} match`}>
          Clear the filters or widen the date range. Data appears here after a sync.
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover aria-label={spec.label} opacity={isFetching ? 0.6 : 1}>
            <Table.Thead>
              <Table.Tr>
                {spec.columns.map((c) => (
                  <Table.Th key={c.header}>{c.header}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {nodes.map((node) => (
                <Table.Tr key={node.id} onClick={() => setOpen(node)} style={{ cursor: 'pointer' }} data-testid="record-row">
                  {spec.columns.map((c) => (
                    <Table.Td key={c.header}>{c.cell(node)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between" mt="sm">
        <Text size="sm" c="dimmed" data-testid="records-total">
          <span>Page {cursors.length}</span>
          {data
            ? ` of ${count(Math.max(1, Math.ceil(data.page.totalCount / PAGE_SIZE)))} · ${count(data.page.totalCount)} ${spec.label.toLowerCase()}`
            : ''}
        </Text>
        <Group gap="xs">
          <Button variant="default" size="xs" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            Previous
          </Button>
          <Button variant="default" size="xs" disabled={!next} onClick={() => next && setCursors([...cursors, next])}>
            Next
          </Button>
        </Group>
      </Group>
      <Drawer
        opened={open !== null}
        onClose={() => setOpen(null)}
        position="right"
        size="lg"
        title={open ? `${spec.label}: ${open.externalId}` : ''}
      >
        <Text size="sm" c="dimmed" mb="xs">
          The vendor row as received, stored beside the canonical record.
        </Text>
        {open ? <JsonView value={open.raw} maxHeight={700} /> : null}
      </Drawer>
    </>
  );
}
