import { Group, Loader, Progress, Text } from '@mantine/core';
import { count, duration } from '../../lib/format';

interface RunningSync {
  pages: number;
  rowsImported: number;
  recordsRead: number;
  recordsFailed: number;
  elapsedMs: number;
}

/**
 * A running sync's progress: records read and written so far (a full
 * re-read of unchanged rows writes none), pages, elapsed time (the total is
 * unknown until the vendor says "no more").
 */
export function SyncProgress({ sync }: { sync: RunningSync }) {
  return (
    <div role="status" aria-live="polite" data-testid="sync-progress">
      <Group gap="xs" mb={4}>
        <Loader size="xs" />
        <Text size="sm" fw={500}>
          Syncing… {count(sync.recordsRead)} records read · {count(sync.rowsImported)} written · {count(sync.pages)} pages ·{' '}
          {duration(sync.elapsedMs)}
          {sync.recordsFailed > 0 ? ` · ${count(sync.recordsFailed)} failed` : ''}
        </Text>
      </Group>
      <Progress value={100} animated striped size="sm" aria-label="Sync in progress" />
    </div>
  );
}
