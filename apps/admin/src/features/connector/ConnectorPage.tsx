import { Anchor, Breadcrumbs, Skeleton, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { connectorQuery } from '../../queries/connector';
import { useMe } from '../auth/use-me';
import { AccountPicker } from './AccountPicker';
import { ActivityTab } from './ActivityTab';
import { ConnectorHeader } from './ConnectorHeader';
import { DeadLetters } from './DeadLetters';
import { HealthPanel } from './HealthPanel';
import { MappingEditor } from './mappings/MappingEditor';
import { O365Privacy } from './O365Privacy';
import { ScheduleEditor } from './ScheduleEditor';
import { SettingsPanel } from './SettingsPanel';
import { WritebackPanel } from './writeback/WritebackPanel';

const route = getRouteApi('/app/connectors/$connectorId');

/** One connection: sync activity and progress, dead letters, schedule, mappings, health, settings and (where supported) writeback. */
export function ConnectorPage() {
  const { connectorId } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate();
  const { tenantId, canManage } = useMe();
  const { data: connector, isPending, error } = useQuery(connectorQuery(tenantId, connectorId));
  const tab = search.tab ?? 'activity';
  const [pickerDismissed, setPickerDismissed] = useState(false);
  const setSearch = (next: typeof search) =>
    void navigate({ to: '/connectors/$connectorId', params: { connectorId }, search: next, replace: true });
  const justConnected = Boolean(search.connected);
  const name = connector?.name;
  useEffect(() => {
    if (!justConnected || !name) return;
    notifySuccess(`${name} connected`, 'The first sync has started.');
    // Shown once: with the flag left in the URL every refetch of the connector would toast again.
    void navigate({
      to: '/connectors/$connectorId',
      params: { connectorId },
      search: (s) => ({ ...s, connected: undefined }),
      replace: true,
    });
  }, [justConnected, name, navigate, connectorId]);
  if (isPending) return <Skeleton h={300} />;
  if (error) return <ProblemAlert problem={{ message: error.message }} />;
  if (!connector) return <EmptyState title="This connector does not exist in this tenant" />;
  const writeback = Boolean(connector.connectorType?.writebackAvailable);
  const accountNeeded = canManage && connector.connected && Boolean(connector.connectorType?.accountSelection) && !connector.accountId;
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/sensors">
          Sensors
        </Anchor>
        <span>{connector.name}</span>
      </Breadcrumbs>
      <ConnectorHeader connector={connector} />
      <AccountPicker
        connector={connector}
        opened={(accountNeeded && !pickerDismissed) || (canManage && Boolean(search.select))}
        onClose={() => {
          // Closing works before a choice too: the card's "Choose account" opens it again.
          setPickerDismissed(true);
          setSearch({ ...search, select: undefined });
        }}
      />
      <Tabs value={tab} onChange={(value) => setSearch({ ...search, connected: undefined, tab: value ?? 'activity' })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="activity">Activity</Tabs.Tab>
          <Tabs.Tab value="dead-letters">Dead letters ({connector.deadLetterCount})</Tabs.Tab>
          <Tabs.Tab value="schedule">Schedule</Tabs.Tab>
          <Tabs.Tab value="mappings">Field mappings</Tabs.Tab>
          <Tabs.Tab value="health">Health</Tabs.Tab>
          <Tabs.Tab value="settings">Settings</Tabs.Tab>
          {writeback ? <Tabs.Tab value="writeback">Writeback</Tabs.Tab> : null}
          {connector.type === 'o365' ? <Tabs.Tab value="privacy">Privacy</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="activity" pt="md">
          <ActivityTab connector={connector} />
        </Tabs.Panel>
        <Tabs.Panel value="dead-letters" pt="md">
          <DeadLetters connectorId={connector.id} />
        </Tabs.Panel>
        <Tabs.Panel value="schedule" pt="md">
          <ScheduleEditor connector={connector} />
        </Tabs.Panel>
        <Tabs.Panel value="mappings" pt="md">
          <MappingEditor connector={connector} />
        </Tabs.Panel>
        <Tabs.Panel value="health" pt="md">
          <HealthPanel connector={connector} />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <SettingsPanel connector={connector} />
        </Tabs.Panel>
        {writeback ? (
          <Tabs.Panel value="writeback" pt="md">
            <WritebackPanel connector={connector} />
          </Tabs.Panel>
        ) : null}
        {connector.type === 'o365' ? (
          <Tabs.Panel value="privacy" pt="md">
            <O365Privacy connector={connector} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Stack>
  );
}
