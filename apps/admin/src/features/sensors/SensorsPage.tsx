import { Alert, CloseButton, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { sensorsQuery } from '../../queries/connectors';
import { useMe } from '../auth/use-me';
import { SensorGroups } from './SensorGroups';

const route = getRouteApi('/app/sensors');

/** Cards for every connector Tributary ships, by category, with each one's state and actions. */
export function SensorsPage() {
  const { tenantId, canManage } = useMe();
  const { data, error, isPending } = useQuery(sensorsQuery(tenantId));
  const search = route.useSearch();
  const navigate = useNavigate();
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Sensors</Title>
        <Text c="dimmed">Connect the tools your company uses. Each card shows whether data is flowing.</Text>
      </div>
      {search.error ? (
        <Group align="flex-start" wrap="nowrap">
          <ProblemAlert flex={1} problem={{ message: search.error, connectorType: search.type }} data-testid="callback-error" />
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
      {data ? <SensorGroups types={data.connectorTypes} connectors={data.connectors} /> : null}
    </Stack>
  );
}
