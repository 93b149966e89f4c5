import { Alert, Button, Card, Checkbox, Group, ScrollArea, Stack, Switch, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../components/notify';
import type { O365PrivacyFieldsFragment } from '../../graphql/generated/graphql';
import { keys } from '../../queries/keys';
import { acceptO365Dpa, o365PrivacyQuery, updateO365Privacy } from '../../queries/o365';
import { useMe } from '../auth/use-me';
import type { ConnectorDetail } from './types';

/** The DPA: its text, who accepted which version, and the acceptance for managers. */
function DpaSection({ privacy, canManage }: { privacy: O365PrivacyFieldsFragment; canManage: boolean }) {
  const { tenantId } = useMe();
  const queryClient = useQueryClient();
  const [read, setRead] = useState(false);
  const current = privacy.syncAllowed && privacy.dpaVersion === privacy.currentDpaVersion;
  const accept = useMutation({
    mutationFn: () => acceptO365Dpa(privacy.connectorId, privacy.currentDpaVersion),
    onSuccess: async () => {
      notifySuccess('Data Processing Agreement accepted: syncs may run');
      await queryClient.invalidateQueries({ queryKey: keys.connector(tenantId, privacy.connectorId) });
    },
    onError: notifyError,
  });
  return (
    <Stack gap="xs">
      <Title order={5}>Data Processing Agreement (version {privacy.currentDpaVersion})</Title>
      {!privacy.syncAllowed ? <Alert color="yellow">Syncing is blocked until the Data Processing Agreement is accepted.</Alert> : null}
      {privacy.syncAllowed && !current ? <Alert color="blue">A newer version of the agreement is available to accept.</Alert> : null}
      <ScrollArea.Autosize mah={220} type="auto">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {privacy.dpaText}
        </Text>
      </ScrollArea.Autosize>
      {privacy.dpaAcceptedAt ? (
        <Text size="sm" c="dimmed">
          Accepted by {privacy.dpaAcceptedBy ?? 'unknown'} on {new Date(privacy.dpaAcceptedAt).toLocaleString()} (version{' '}
          {privacy.dpaVersion})
        </Text>
      ) : null}
      {canManage && !current ? (
        <Group>
          <Checkbox
            label="I have read the agreement and accept it on behalf of my company"
            checked={read}
            onChange={(e) => setRead(e.currentTarget.checked)}
          />
          <Button disabled={!read} loading={accept.isPending} onClick={() => accept.mutate()}>
            Accept the agreement
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/** The allowlist, the tenant's own domain and subjects. */
function DomainsSection({ privacy, canManage }: { privacy: O365PrivacyFieldsFragment; canManage: boolean }) {
  const { tenantId } = useMe();
  const queryClient = useQueryClient();
  const [domains, setDomains] = useState(privacy.allowedDomains);
  const [own, setOwn] = useState(privacy.ownDomain ?? '');
  const [subjects, setSubjects] = useState(privacy.includeSubjects);
  const save = useMutation({
    mutationFn: () =>
      updateO365Privacy(privacy.connectorId, { allowedDomains: domains, ownDomain: own.trim() || null, includeSubjects: subjects }),
    onSuccess: async () => {
      notifySuccess('Privacy settings saved');
      await queryClient.invalidateQueries({ queryKey: keys.connector(tenantId, privacy.connectorId) });
    },
    onError: notifyError,
  });
  return (
    <Stack gap="xs">
      <Title order={5}>What is read</Title>
      <TagsInput
        label="Allowed domains"
        description="Only messages and meetings with someone at these domains are read, and only those people are stored. None: nothing is read."
        placeholder="acme.com"
        value={domains}
        onChange={setDomains}
        disabled={!canManage}
      />
      <TextInput
        label="Your own domain"
        description="Your colleagues are never stored (only counted), even if listed above."
        placeholder="yourcompany.com"
        value={own}
        onChange={(e) => setOwn(e.currentTarget.value)}
        disabled={!canManage}
      />
      <Switch
        label="Read subjects"
        description="Off by default: subjects often carry personal or confidential content."
        checked={subjects}
        onChange={(e) => setSubjects(e.currentTarget.checked)}
        disabled={!canManage}
      />
      <Text size="xs" c="dimmed">
        Changes apply to mail read from now on; run a full sync to apply them to mail already read.
      </Text>
      {canManage ? (
        <Button w="fit-content" loading={save.isPending} onClick={() => save.mutate()}>
          Save privacy settings
        </Button>
      ) : null}
    </Stack>
  );
}

/**
 * Office 365 privacy controls, from the tenant's privacy record (never the
 * connector's settings): no sync before the DPA is accepted; only allowed
 * domains are read (none: nothing); the own domain is never stored;
 * metadata only, never message bodies.
 */
export function O365Privacy({ connector }: { connector: ConnectorDetail }) {
  const { tenantId, canManage } = useMe();
  const { data: privacy, error } = useQuery(o365PrivacyQuery(tenantId, connector.id));
  if (error) return <Alert color="red">{error.message}</Alert>;
  if (!privacy) return <Text c="dimmed">Loading privacy settings…</Text>;
  return (
    <Card maw={760}>
      <Stack>
        <Title order={4}>Privacy</Title>
        <Text size="sm" c="dimmed">
          Only email and meeting metadata is read (who, when), never message bodies, previews, attachments or meeting descriptions.
        </Text>
        <DpaSection privacy={privacy} canManage={canManage} />
        <DomainsSection key={privacy.allowedDomains.join(',') + String(privacy.ownDomain)} privacy={privacy} canManage={canManage} />
      </Stack>
    </Card>
  );
}
