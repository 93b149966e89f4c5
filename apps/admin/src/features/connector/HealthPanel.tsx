import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconStethoscope } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { JsonView } from '../../components/JsonView';
import { ProblemAlert, toProblem } from '../../components/ProblemAlert';
import { dateTime, timeAgo } from '../../lib/format';
import { checkHealth } from '../../queries/connector-config';
import { keys } from '../../queries/keys';
import { useMe } from '../auth/use-me';
import type { ConnectorDetail } from './types';

const COLOR: Record<string, string> = { ok: 'green', degraded: 'yellow', auth_error: 'red', unavailable: 'red' };

/** The last liveness probe of the vendor API, and a button to run one now. */
export function HealthPanel({ connector }: { connector: ConnectorDetail }) {
  const { tenantId, canManage } = useMe();
  const queryClient = useQueryClient();
  const check = useMutation({
    mutationFn: () => checkHealth(connector.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.connector(tenantId, connector.id) }),
  });
  const health = check.data ?? connector.health;
  return (
    <Card maw={720}>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>Health</Title>
          {canManage && connector.connected ? (
            <Button variant="light" leftSection={<IconStethoscope size={16} />} loading={check.isPending} onClick={() => check.mutate()}>
              Check now
            </Button>
          ) : null}
        </Group>
        {health ? (
          <Group gap="lg" data-testid="health-result">
            <Badge size="lg" color={COLOR[health.status] ?? 'gray'}>
              {health.status}
            </Badge>
            <Text size="sm">{health.latencyMs} ms</Text>
            {connector.health?.checkedAt && !check.data ? (
              <Text size="sm" c="dimmed" title={dateTime(connector.health.checkedAt)}>
                checked {timeAgo(connector.health.checkedAt)}
              </Text>
            ) : null}
          </Group>
        ) : (
          <Text c="dimmed">No health check yet.</Text>
        )}
        {health?.message ? <Text size="sm">{health.message}</Text> : null}
        {check.error ? <ProblemAlert problem={toProblem(check.error)} /> : null}
        {connector.health?.details && !check.data ? <JsonView value={connector.health.details} maxHeight={200} /> : null}
      </Stack>
    </Card>
  );
}
