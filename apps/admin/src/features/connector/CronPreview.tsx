import { List, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { describeCron } from '../../lib/cron';
import { dateTime } from '../../lib/format';
import { cronPreviewQuery } from '../../queries/connector-config';

/**
 * A schedule in words (cronstrue, at once) and the gateway's verdict with
 * the next runs (`cronPreview`, debounced). Either can reject it.
 */
export function CronPreview({ cron }: { cron: string }) {
  const local = describeCron(cron);
  const [settled] = useDebouncedValue(cron.trim(), 300);
  const server = useQuery({ ...cronPreviewQuery(settled), enabled: local.ok && settled.length > 0 });
  const serverError = server.data && !server.data.valid ? (server.data.error ?? 'Not a valid schedule') : null;
  if (!local.ok || serverError)
    return (
      <Text c="red" size="sm" role="alert" data-testid="cron-error">
        {local.ok ? serverError : local.error}
      </Text>
    );
  return (
    <Stack gap={4} data-testid="cron-preview">
      <Text size="sm" fw={600}>
        {local.text}
      </Text>
      {server.isFetching && !server.data ? <Loader size="xs" /> : null}
      {server.data?.valid ? (
        <>
          <Text size="xs" c="dimmed">
            Next runs
          </Text>
          <List size="xs" spacing={2}>
            {server.data.nextRuns.map((run) => (
              <List.Item key={run}>{dateTime(run)}</List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Stack>
  );
}
