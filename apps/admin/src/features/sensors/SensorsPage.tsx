import { Alert, CloseButton, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { sensorsQuery } from '../../queries/connectors';
import { useMe } from '../auth/use-me';
import { SensorCard } from './SensorCard';

const route = getRouteApi('/app/sensors');

/** Cards for every connector Tributary ships, by category, with each one's state and actions. */
export function SensorsPage() {
  const { tenantId, canManage } = useMe();
  const { data, error, isPending } = useQuery(sensorsQuery(tenantId));
  const search = route.useSearch();
  const navigate = useNavigate();
  const groups = new Map<string, NonNullable<typeof data>['connectorTypes']>();
  for (const type of data?.connectorTypes ?? []) groups.set(type.categoryLabel, [...(groups.get(type.categoryLabel) ?? []), type]);
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Sensors</Title>
        <Text c="dimmed">Connect the tools your company uses. Each card shows whether data is flowing.</Text>
      </div>
      {search.error ? (
        <Group align="flex-start" wrap="nowrap">
          <ProblemAlert flex={1} problem={{ message: search.error }} data-testid="callback-error" />
          <CloseButton aria-label="Dismiss" onClick={() => void navigate({ to: '/sensors', search: {} })} />
        </Group>
      ) : null}
      {!canManage ? (
        <Alert color="gray" variant="light">
          You can see every connection; connecting and syncing are for managers and admins.
        </Alert>
      ) : null}
      {error ? <ProblemAlert problem={{ message: error.message }} /> : null}
      {isPending ? <Skeleton h={200} /> : null}
      {[...groups].map(([category, types]) => (
        <section key={category} aria-label={category}>
          <Title order={4} mb="sm">
            {category}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
            {types.map((type) => (
              <SensorCard key={type.id} type={type} connector={data?.connectors.find((c) => c.type === type.id)} />
            ))}
          </SimpleGrid>
        </section>
      ))}
    </Stack>
  );
}
