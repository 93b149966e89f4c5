import { Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { notifyError } from '../../../components/notify';
import type { SyncStatus } from '../../../graphql/generated/graphql';
import { count } from '../../../lib/format';
import { keys } from '../../../queries/keys';
import { applyMappingsToStoredRows, syncRunQuery } from '../../../queries/remap';

interface Props {
  tenantId: string;
  connectorId: string;
  /** The streams whose mappings the save changed. */
  streams: string[];
}

/**
 * After a mapping save: re-map the stored rows of each changed stream from
 * their raw vendor rows (a remap run, no vendor call), and follow the run.
 */
export function ApplyToStoredRows({ tenantId, connectorId, streams }: Props) {
  const [runs, setRuns] = useState<Readonly<Record<string, string>>>({});
  const apply = useMutation({
    mutationFn: (stream: string) => applyMappingsToStoredRows(connectorId, stream),
    onSuccess: (run, stream) => setRuns((current) => ({ ...current, [stream]: run.id })),
    onError: notifyError,
  });
  return (
    <Stack gap="xs">
      {streams.map((stream) => {
        const runId = runs[stream];
        return runId ? (
          <RemapProgress key={stream} tenantId={tenantId} connectorId={connectorId} stream={stream} runId={runId} />
        ) : (
          <Button
            key={stream}
            size="xs"
            w="fit-content"
            loading={apply.isPending && apply.variables === stream}
            onClick={() => apply.mutate(stream)}
          >
            {streams.length > 1 ? `Apply to stored ${stream} rows` : 'Apply to stored rows'}
          </Button>
        );
      })}
    </Stack>
  );
}

const STATUS: Record<SyncStatus, { label: string; color: string }> = {
  running: { label: 'Re-mapping', color: 'blue' },
  completed: { label: 'Applied', color: 'green' },
  completed_with_errors: { label: 'Applied with rejected rows', color: 'orange' },
  failed: { label: 'Failed', color: 'red' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

/** One remap run, polled until it ends: rows read and changed as they grow, then the outcome. */
function RemapProgress({ tenantId, connectorId, stream, runId }: { tenantId: string; connectorId: string; stream: string; runId: string }) {
  const queryClient = useQueryClient();
  const { data: run } = useQuery(syncRunQuery(tenantId, connectorId, runId));
  const done = run?.done ?? false;
  useEffect(() => {
    // The re-mapped rows, the activity log and the dead letters changed: reload what shows them.
    if (done)
      void Promise.all(
        [keys.data(tenantId), keys.connector(tenantId, connectorId)].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
  }, [done, tenantId, connectorId, queryClient]);
  if (!run) return <Loader size="xs" />;
  const look = STATUS[run.status];
  return (
    <Group gap="xs" data-testid="remap-run" aria-label={`Re-map of stored ${stream} rows`}>
      <Badge
        color={look.color}
        variant="light"
        data-testid="remap-status"
        leftSection={done ? undefined : <Loader size={10} color="blue" />}
      >
        {look.label}
      </Badge>
      <Text size="sm" data-testid="remap-counts">
        {stream}: {count(run.recordsRead)} stored rows read · {count(run.recordsUpdated)} changed
        {run.recordsFailed > 0 ? ` · ${count(run.recordsFailed)} rejected` : ''}
      </Text>
      {run.errorMessage ? (
        <Text size="sm" c="red">
          {run.errorMessage}
        </Text>
      ) : null}
    </Group>
  );
}
