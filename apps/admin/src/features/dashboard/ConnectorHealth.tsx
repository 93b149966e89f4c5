import { Anchor, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { StatusBadge } from '../../components/StatusBadge';
import { count, timeAgo } from '../../lib/format';
import { sensorsQuery } from '../../queries/connectors';
import { useMe } from '../auth/use-me';

/** Every connection's state at a glance. */
export function ConnectorHealth() {
  const { tenantId } = useMe();
  const { data } = useQuery(sensorsQuery(tenantId));
  const connectors = data?.connectors ?? [];
  return (
    <Card>
      <Title order={4} mb="sm">
        Connector health
      </Title>
      {connectors.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nothing connected yet.{' '}
          <Anchor component={Link} to="/sensors">
            Connect a tool on the Sensors page
          </Anchor>
          .
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {connectors.map((c) => (
            <Card
              key={c.id}
              p="sm"
              renderRoot={(props) => <Link to="/connectors/$connectorId" params={{ connectorId: c.id }} {...props} />}
            >
              <Group justify="space-between">
                <Text fw={600}>{c.name}</Text>
                <StatusBadge status={c.status} />
              </Group>
              <Text size="xs" c="dimmed">
                Last synced {timeAgo(c.lastSyncAt)} · {c.lastSync ? `${count(c.lastSync.rowsImported)} rows` : 'no sync yet'}
                {c.health ? ` · health ${c.health.status}` : ''}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}
