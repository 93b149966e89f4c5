import { Badge, Card, Code, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { z } from 'zod';
import { EmptyState } from '../../../components/EmptyState';
import { mappingPreviewQuery } from '../../../queries/mappings';
import { mappingSamplesQuery, samplesFor } from '../../../queries/samples';
import { useMe } from '../../auth/use-me';
import { overridesOf, type DraftRow } from './draft';
import { showValue } from './preview-value';

const MappedRecord = z.record(z.string(), z.unknown());

/** The draft mappings applied by the gateway to sample rows of the stream: what would be stored, or why not. */
export function MappingPreview({
  connectorId,
  stream,
  entity,
  rows,
  onVerdict,
}: {
  connectorId: string;
  stream: string;
  entity: string;
  rows: DraftRow[];
  /** Told whether every sample row would be rejected with these mappings (Save asks first then). */
  onVerdict?: (allRejected: boolean) => void;
}) {
  const { tenantId } = useMe();
  const samples = useQuery(mappingSamplesQuery(tenantId, connectorId));
  const [overrides] = useDebouncedValue(overridesOf(rows.filter((r) => r.source.trim())), 250);
  const sampleRows = samplesFor(samples.data, stream, entity);
  const preview = useQuery(mappingPreviewQuery(tenantId, connectorId, overrides, sampleRows));
  const targets = rows.filter((r) => r.stream === stream).map((r) => r.target);
  const results = preview.data;
  const allRejected = !preview.isPlaceholderData && results !== undefined && results.length > 0 && results.every((r) => !r.valid);
  useEffect(() => onVerdict?.(allRejected), [allRejected, onVerdict]);
  if (!samples.isPending && sampleRows.length === 0)
    return <EmptyState title="No sample rows yet">Sync once: the preview uses synced rows and dead letters of this stream.</EmptyState>;
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        Dead letters of this stream come first, then synced rows. Sources starting with <Code fz="xs">$.</Code> read values the connector
        derives while syncing: synced rows show what was derived; dead letters have none, so they show —.
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
                          <Code fz="xs">{showValue(t, record[t])}</Code>
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
