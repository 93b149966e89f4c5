import { Alert, Button, Card, Checkbox, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { notifyError, notifySuccess } from '../../components/notify';
import { updateSettings } from '../../queries/connector-config';
import { keys } from '../../queries/keys';
import { useMe } from '../auth/use-me';
import type { ConnectorDetail } from './types';

const Privacy = z.object({
  dpaAcceptedAt: z.string().nullish().catch(null),
  allowedDomains: z.array(z.string()).optional().catch(undefined),
  tenantDomain: z.string().optional().catch(undefined),
});

const privacyOf = (settings: unknown) => Privacy.catch({}).parse(settings);

/**
 * Office 365 privacy controls: no sync before the DPA is accepted; only
 * allow-listed domains are read (empty = most restrictive); the tenant's
 * own domain is always excluded. Metadata only, never message bodies.
 */
export function O365Privacy({ connector }: { connector: ConnectorDetail }) {
  const { tenantId, canAdminister } = useMe();
  const queryClient = useQueryClient();
  const initial = privacyOf(connector.settings);
  const [accepted, setAccepted] = useState(Boolean(initial.dpaAcceptedAt));
  const [domains, setDomains] = useState(initial.allowedDomains ?? []);
  const [own, setOwn] = useState(initial.tenantDomain ?? '');
  const save = useMutation({
    mutationFn: () =>
      updateSettings(connector.id, {
        dpaAcceptedAt: accepted ? (initial.dpaAcceptedAt ?? new Date().toISOString()) : null,
        allowedDomains: domains,
        tenantDomain: own.trim(),
      }),
    onSuccess: async () => {
      notifySuccess('Privacy settings saved');
      await queryClient.invalidateQueries({ queryKey: keys.connector(tenantId, connector.id) });
    },
    onError: notifyError,
  });
  return (
    <Card maw={720}>
      <Stack>
        <Title order={4}>Privacy</Title>
        <Text size="sm" c="dimmed">
          Only email metadata is read (sender, recipients, timestamps), never message bodies.
        </Text>
        {!accepted ? <Alert color="yellow">Syncing is blocked until the Data Processing Agreement is accepted.</Alert> : null}
        <Checkbox
          label="I accept the Data Processing Agreement on behalf of my company"
          checked={accepted}
          disabled={!canAdminister}
          onChange={(e) => setAccepted(e.currentTarget.checked)}
        />
        <TagsInput
          label="Allowed domains"
          description="Only mail with these domains is read. Empty is the most restrictive."
          value={domains}
          onChange={setDomains}
          disabled={!canAdminister}
        />
        <TextInput
          label="Your own domain"
          description="Always excluded."
          value={own}
          onChange={(e) => setOwn(e.currentTarget.value)}
          disabled={!canAdminister}
        />
        {canAdminister ? (
          <Button w="fit-content" loading={save.isPending} onClick={() => save.mutate()}>
            Save privacy settings
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}
