import { Badge, Loader } from '@mantine/core';
import type { ConnectorStatus } from '../graphql/generated/graphql';

const LOOK: Record<ConnectorStatus, { color: string; label: string }> = {
  connected: { color: 'green', label: 'Connected' },
  syncing: { color: 'blue', label: 'Syncing' },
  error: { color: 'red', label: 'Error' },
  disconnected: { color: 'gray', label: 'Disconnected' },
};

/** Connected (green), Syncing (with a spinner), Error (red), Disconnected (grey). */
export function StatusBadge({ status }: { status: ConnectorStatus }) {
  const look = LOOK[status];
  return (
    <Badge
      color={look.color}
      variant={status === 'disconnected' ? 'outline' : 'light'}
      leftSection={status === 'syncing' ? <Loader size={10} color="blue" /> : undefined}
      data-testid="status-badge"
    >
      {look.label}
    </Badge>
  );
}

export function SandboxBadge() {
  return (
    <Badge color="grape" variant="dot" title="Runs against the local simulator, not the real vendor">
      Sandbox
    </Badge>
  );
}
