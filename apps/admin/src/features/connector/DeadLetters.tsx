import { Accordion, Badge, Button, Group, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { JsonView } from '../../components/JsonView';
import { notifyError, notifySuccess } from '../../components/notify';
import type { DeadLetterStatus } from '../../graphql/generated/graphql';
import { dateTime, timeAgo } from '../../lib/format';
import { deadLetterGroupsQuery, dismissDeadLetters, replayDeadLetters, type GroupKey } from '../../queries/dead-letters';
import { keys } from '../../queries/keys';
import { useMe } from '../auth/use-me';

const EMPTY: Record<DeadLetterStatus, string> = {
  open: 'Every record so far was stored, or its dead letter was resolved or dismissed. Rows that fail validation land here, grouped by reason.',
  resolved: 'No dead letter has been resolved yet: a letter resolves when its record is stored by a later sync or a replay.',
  dismissed: 'No dead letter has been dismissed.',
};

/**
 * Records (or whole batches) that could not be stored, grouped by stream
 * and reason. A manager can replay a group (its stored raw rows through
 * today's mappings, no vendor call) or dismiss it.
 */
export function DeadLetters({ connectorId }: { connectorId: string }) {
  const { tenantId } = useMe();
  const [status, setStatus] = useState<DeadLetterStatus>('open');
  const query = useQuery(deadLetterGroupsQuery(tenantId, connectorId, status));
  const groups = query.data ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={640}>
          These rows were kept aside instead of failing the sync. Fix the field mapping, then replay a group: its stored rows are mapped
          again and what now passes is stored, without calling the vendor.
        </Text>
        <SegmentedControl
          value={status}
          onChange={(v) => setStatus(v === 'resolved' || v === 'dismissed' ? v : 'open')}
          data={[
            { value: 'open', label: 'Open' },
            { value: 'resolved', label: 'Resolved' },
            { value: 'dismissed', label: 'Dismissed' },
          ]}
        />
      </Group>
      {query.isPending ? <Skeleton h={120} /> : null}
      {!query.isPending && groups.length === 0 ? <EmptyState title={`No ${status} dead letters`}>{EMPTY[status]}</EmptyState> : null}
      <Accordion variant="separated">
        {groups.map((group) => (
          <Accordion.Item key={`${group.stream}/${group.reason}`} value={`${group.stream}/${group.reason}`} data-testid="dead-letter-group">
            <Accordion.Control>
              <Group gap="xs" wrap="nowrap">
                <Badge variant="filled" color={group.kind === 'batch' ? 'orange' : 'red'} data-testid="dead-letter-group-count">
                  {group.letters.toLocaleString('en-US')} {group.letters === 1 ? 'row' : 'rows'}
                </Badge>
                <Badge variant="outline">{group.stream}</Badge>
                <Text size="sm" lineClamp={1} data-testid="dead-letter-reason">
                  {group.reason}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <GroupDetail connectorId={connectorId} group={group} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}

interface GroupView {
  stream: string;
  reason: string;
  status: DeadLetterStatus;
  occurrences: number;
  letters: number;
  lastSeenAt: string;
  samples: { id: string; externalId?: string | null; payload: unknown }[];
}

function GroupDetail({ connectorId, group }: { connectorId: string; group: GroupView }) {
  const { tenantId, canManage } = useMe();
  const queryClient = useQueryClient();
  const key: GroupKey = { connectorId, stream: group.stream, reason: group.reason };
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.connector(tenantId, connectorId) });
  const replay = useMutation({
    mutationFn: () => replayDeadLetters(key),
    onSuccess: (r) =>
      notifySuccess(
        `Replayed ${r.letters.toLocaleString('en-US')} rows: ${r.stored.toLocaleString('en-US')} stored`,
        r.stillFailing > 0 ? `${r.stillFailing.toLocaleString('en-US')} still fail: ${r.reason ?? ''}` : 'Every row of the group passed.',
      ),
    onError: notifyError,
    onSettled: refresh,
  });
  const dismiss = useMutation({
    mutationFn: () => dismissDeadLetters(key),
    onSuccess: (n) => notifySuccess(`Dismissed ${n.toLocaleString('en-US')} dead letters`),
    onError: notifyError,
    onSettled: refresh,
  });
  return (
    <Stack gap="xs">
      <Text size="sm">{group.reason}</Text>
      <Text size="xs" c="dimmed" title={dateTime(group.lastSeenAt)}>
        {group.occurrences.toLocaleString('en-US')} rejections of {group.letters.toLocaleString('en-US')} rows · last seen{' '}
        {timeAgo(group.lastSeenAt)}
      </Text>
      {canManage && group.status === 'open' ? (
        <Group gap="xs">
          <Button size="xs" onClick={() => replay.mutate()} loading={replay.isPending}>
            Replay with today's mappings
          </Button>
          <Button size="xs" variant="default" onClick={() => dismiss.mutate()} loading={dismiss.isPending}>
            Dismiss group
          </Button>
        </Group>
      ) : null}
      {group.samples.map((s) => (
        <Stack key={s.id} gap={2}>
          <Text size="xs" c="dimmed">
            {s.externalId ?? 'no id'}
          </Text>
          <JsonView value={s.payload} maxHeight={200} />
        </Stack>
      ))}
    </Stack>
  );
}
