import { Badge, Button, Card, Chip, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../components/notify';
import { CRON_PRESETS, describeCron } from '../../lib/cron';
import { updateSchedule } from '../../queries/connector-config';
import { keys } from '../../queries/keys';
import { useMe } from '../auth/use-me';
import { CronPreview } from './CronPreview';
import type { ConnectorDetail } from './types';

/**
 * Whether scheduled syncs run: a paused schedule says why only when it knows
 * (not connected); a connected one paused by the orchestrator (after an auth
 * error) says to reconnect.
 */
export function ScheduleBadge({ connector }: { connector: Pick<ConnectorDetail, 'connected' | 'schedule'> }) {
  if (!connector.schedule?.paused)
    return (
      <Badge color="green" data-testid="schedule-badge">
        Active
      </Badge>
    );
  return (
    <Badge color="gray" data-testid="schedule-badge">
      {connector.connected ? 'Paused: reconnect to resume' : 'Paused (not connected)'}
    </Badge>
  );
}

/** The incremental-sync schedule: a cron with presets, a preview in words and the next runs. */
export function ScheduleEditor({ connector }: { connector: ConnectorDetail }) {
  const { tenantId, canManage } = useMe();
  const queryClient = useQueryClient();
  const current = connector.schedule?.cron ?? connector.connectorType?.defaultSchedule ?? '';
  const [cron, setCron] = useState(current);
  const save = useMutation({
    mutationFn: () => updateSchedule(connector.id, cron.trim()),
    onSuccess: async () => {
      notifySuccess('Schedule saved', describeCron(cron).ok ? `Syncs will run: ${cron.trim()}` : '');
      await queryClient.invalidateQueries({ queryKey: keys.connector(tenantId, connector.id) });
    },
    onError: notifyError,
  });
  return (
    <Card maw={720}>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>Sync schedule</Title>
          <ScheduleBadge connector={connector} />
        </Group>
        <Text size="sm" c="dimmed">
          Incremental syncs run on this schedule (server time). Default for {connector.name}: {connector.connectorType?.defaultSchedule}.
        </Text>
        {canManage ? (
          <Chip.Group value={cron.trim()} onChange={(value) => typeof value === 'string' && setCron(value)}>
            <Group gap="xs">
              {CRON_PRESETS.map((p) => (
                <Chip key={p.cron} value={p.cron} size="xs">
                  {p.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        ) : null}
        <TextInput
          label="Cron expression"
          description="minute hour day-of-month month weekday"
          value={cron}
          readOnly={!canManage}
          onChange={(e) => setCron(e.currentTarget.value)}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        <CronPreview cron={cron} />
        {canManage ? (
          <Button
            w="fit-content"
            disabled={!describeCron(cron).ok || cron.trim() === current}
            loading={save.isPending}
            onClick={() => save.mutate()}
          >
            Save schedule
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}
