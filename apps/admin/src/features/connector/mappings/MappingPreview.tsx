import { Badge, Card, Code, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { EmptyState } from '../../../components/EmptyState';
import { mappingPreviewQuery } from '../../../queries/mappings';
import { mappingSamplesQuery, samplesFor } from '../../../queries/samples';
import { useMe } from '../../auth/use-me';
import { overridesOf, type DraftRow } from './draft';

const MappedRecord = z.record(z.string(), z.unknown());

const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** The draft mappings applied by the gateway to sample rows of the stream: what would be stored, or why not. */
export function MappingPreview({
  connectorId,
  stream,
  entity,
  rows,
}: {
  connectorId: string;
  stream: string;
  entity: string;
  rows: DraftRow[];
}) {
  const { tenantId } = useMe();
  const samples = useQuery(mappingSamplesQuery(tenantId, connectorId));
  const [overrides] = useDebouncedValue(overridesOf(rows.filter((r) => r.source.trim())), 250);
  const sampleRows = samplesFor(samples.data, stream, entity);
  const preview = useQuery(mappingPreviewQuery(tenantId, connectorId, overrides, sampleRows));
  const targets = rows.filter((r) => r.stream === stream).map((r) => r.target);
  if (!samples.isPending && sampleRows.length === 0)
    return <EmptyState title="No sample rows yet">Sync once: the preview uses synced rows and dead letters of this stream.</EmptyState>;
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        Dead letters of this stream come first, then synced rows. Sources starting with <Code fz="xs">$.</Code> read values the connector
        derives while syncing, so they show as — here.
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} data-testid="mapping-preview">
        {(preview.data ?? []).map((result, i) => {
          const parsed = MappedRecord.safeParse(result.record);
          const record = parsed.success ? parsed.data : {};
          return (
            <Card key={i} p="sm">
              <Stack gap={6}>
                <Group gap="xs">
                  <Badge color={result.valid ? 'green' : 'red'}>{result.valid ? 'Valid' : 'Would be rejected'}</Badge>
                  <Text size="xs" c="dimmed">
                    {result.stream} → {result.entity}
                  </Text>
                </Group>
                {result.issues.map((issue) => (
                  <Text key={issue} size="xs" c="red">
                    {issue}
                  </Text>
                ))}
                <Table fz="xs" verticalSpacing={2}>
                  <Table.Tbody>
                    {targets.map((t) => (
                      <Table.Tr key={t}>
                        <Table.Td ff="monospace" w="40%">
                          {t}
                        </Table.Td>
                        <Table.Td>
                          <Code fz="xs">{show(record[t])}</Code>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
