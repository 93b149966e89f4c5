import { Stack, Tabs, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMe } from '../auth/use-me';
import { ApiTokens } from './ApiTokens';
import { AuditLog } from './AuditLog';
import { Members } from './Members';

const route = getRouteApi('/app/settings');

/** Members and roles (admins), API tokens (everyone, their own), the audit log (admins). */
export function SettingsPage() {
  const { canAdminister } = useMe();
  const { tab } = route.useSearch();
  const navigate = useNavigate();
  const active = tab ?? (canAdminister ? 'members' : 'tokens');
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Settings</Title>
        <Text c="dimmed">Who can do what, API tokens for GraphQL clients, and what happened when.</Text>
      </div>
      <Tabs
        value={active}
        onChange={(v) => v && void navigate({ to: '/settings', search: { tab: v as 'members' | 'tokens' | 'audit' }, replace: true })}
      >
        <Tabs.List>
          {canAdminister ? <Tabs.Tab value="members">Members</Tabs.Tab> : null}
          <Tabs.Tab value="tokens">API tokens</Tabs.Tab>
          {canAdminister ? <Tabs.Tab value="audit">Audit log</Tabs.Tab> : null}
        </Tabs.List>
        {canAdminister ? (
          <Tabs.Panel value="members" pt="md">
            <Members />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="tokens" pt="md">
          <ApiTokens />
        </Tabs.Panel>
        {canAdminister ? (
          <Tabs.Panel value="audit" pt="md">
            <AuditLog />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Stack>
  );
}
